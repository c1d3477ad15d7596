package lockstep.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lockstep.sim.scenario.BundledScenarios;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/** Turns the SCENARIO argument into a scenario: an existing file first, then a bundled scenario's id. */
final class ScenarioResolver {
    private ScenarioResolver() {}

    static Scenario resolve(String argument) throws ScenarioError {
        ClassLoader loader = ScenarioResolver.class.getClassLoader();
        Optional<Path> path = path(argument);
        if (path.isPresent() && Files.exists(path.get())) {
            return ScenarioLoader.load(path.get());
        }
        if (!looksLikeFile(argument)) {
            List<Scenario> bundled = BundledScenarios.loadAll(loader);
            for (Scenario scenario : bundled) {
                if (scenario.id().equals(argument)) {
                    return scenario;
                }
            }
            List<String> ids = bundled.stream().map(Scenario::id).toList();
            throw ScenarioError.ofFile(argument, "no such file, and no bundled scenario has this id (bundled: "
                    + String.join(", ", ids) + ")");
        }
        throw ScenarioError.ofFile(argument, "no such file");
    }

    private static Optional<Path> path(String argument) {
        try {
            return Optional.of(Path.of(argument));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A name with a folder or a scenario file ending is meant as a file, never as a bundled id. */
    private static boolean looksLikeFile(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return argument.contains("/") || argument.contains("\\")
                || ScenarioLoader.EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** A scenario loaded and its program compiled. */
    record Compiled(Scenario scenario, lockstep.sim.Program program) {}

    /**
     * Resolves and compiles {@code argument}; on a problem prints it (file, line and column) to {@code err} and
     * returns null, for the caller to exit with status 1.
     */
    static Compiled compile(String argument, java.io.PrintWriter err) {
        try {
            return compile(argument, List.of(), err);
        } catch (ConstantOverride.Refused e) {
            throw new IllegalStateException("no override to refuse", e);
        }
    }

    /**
     * Resolves {@code argument}, applies {@code overrides} ({@code --set}) to its program and compiles it, printing a
     * problem to {@code err} and returning null as {@link #compile(String, java.io.PrintWriter)} does; an override
     * the program has no assignment for is {@link ConstantOverride.Refused}, for a usage error.
     */
    static Compiled compile(String argument, List<ConstantOverride> overrides, java.io.PrintWriter err)
            throws ConstantOverride.Refused {
        try {
            Scenario scenario = resolve(argument);
            for (ConstantOverride override : overrides) {
                scenario = override.applyTo(scenario);
            }
            return new Compiled(scenario, scenario.compile());
        } catch (ScenarioError | lockstep.sim.lang.ProgramError e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
