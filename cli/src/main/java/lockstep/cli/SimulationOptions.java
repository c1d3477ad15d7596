package lockstep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Schedule;
import lockstep.sim.files.FileProblem;
import lockstep.sim.files.TextFiles;
import lockstep.sim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What to simulate and how, shared by every command that runs a scenario ({@code run}, {@code export}): the SCENARIO
 * argument, and the seed, step limit, scheduler policy and its settings, a schedule to replay, each overriding the
 * scenario's own. {@link #prepare} is those commands' common prelude.
 */
final class SimulationOptions {
    /** A scenario loaded, its program compiled, and the run options these options make of it. */
    record Prepared(Scenario scenario, Program program, RunOptions options) {}

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (.yaml, .yml, .json, or a plain .py program) or the id of a bundled "
                    + "scenario.")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of random (default: the scenario's, or 0).")
    Long seed;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop after N steps with status step-limit (default: the scenario's, or "
                    + RunOptions.DEFAULT_MAX_STEPS + ").")
    Long maxSteps;

    @Option(names = "--policy", paramLabel = "rr|fifo|priority|random|gil|replay",
            description = "The scheduler (default: the scenario's, or rr): round-robin, first-in first-out, "
                    + "priority, seeded random before every step, or replay of --schedule.")
    String policy;

    @Option(names = "--quantum", paramLabel = "N",
            description = "Micro-ops a thread runs before round-robin switches (default: the scenario's, or "
                    + RunOptions.DEFAULT_QUANTUM_STEPS + ", CPython's 5 ms switch interval).")
    Long quantum;

    @Option(names = "--gil-model", paramLabel = "modern|classic",
            description = "With --policy gil: modern (CPython 3.10+, a switch only at calls and loop back-edges) or "
                    + "classic (a switch at any bytecode) (default: the scenario's, or modern).")
    String gilModel;

    @Option(names = "--switch-interval", paramLabel = "S",
            description = "With --policy gil: seconds a thread keeps the GIL while another waits (default: the "
                    + "scenario's, or 0.005, CPython's).")
    Double switchInterval;

    @Option(names = "--cores", paramLabel = "N",
            description = "Cores: up to N threads run in the same tick of virtual time (default: the scenario's, or 1).")
    Integer cores;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Replace the value of the program's first top-level assignment NAME = ... by the Python "
                    + "expression VALUE (repeatable), e.g. --set N=3.")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "Replay the schedule saved in FILE (implies --policy replay).")
    Path scheduleFile;

    /**
     * Checks these options, resolves and compiles the scenario and applies the options to it. A bad option is a
     * usage error (thrown); a scenario or schedule file that cannot be found, read, loaded or compiled is printed to
     * {@code err} (with file, line and column) and gives null, for the command to exit with status 1.
     */
    Prepared prepare(PrintWriter err) {
        validate();
        ScenarioResolver.Compiled compiled;
        try {
            compiled = ScenarioResolver.compile(scenario, ConstantOverride.parseAll(sets), err);
        } catch (ConstantOverride.Refused e) {
            throw usage(e.getMessage());
        }
        if (compiled == null) {
            return null;
        }
        try {
            return new Prepared(compiled.scenario(), compiled.program(), apply(compiled.scenario()));
        } catch (IllegalArgumentException e) {
            err.println("lockstep: " + e.getMessage());
            return null;
        }
    }

    /** Checks the values that picocli cannot; a bad one is a usage error. */
    private void validate() {
        if (maxSteps != null && maxSteps < 1) {
            throw usage("--max-steps must be at least 1, was " + maxSteps);
        }
    }

    /**
     * The scenario's run options with these options applied. A schedule file that cannot be read or parsed is an
     * {@link IllegalArgumentException} naming the file.
     */
    private RunOptions apply(Scenario scenario) {
        RunOptions options = scenario.runOptions(RunOptions.defaults());
        if (policy != null) {
            SchedulingPolicy p = SchedulingPolicy.byName(policy);
            if (p == null) {
                throw usage("--policy must be one of rr, fifo, priority, random, gil, replay; was '" + policy + "'");
            }
            if (p == SchedulingPolicy.REPLAY && scheduleFile == null) {
                throw usage("--policy replay needs --schedule FILE");
            }
            options = options.withPolicy(p);
        }
        if (quantum != null) {
            if (quantum < 1) {
                throw usage("--quantum must be at least 1");
            }
            options = options.withQuantum(quantum);
        }
        if (gilModel != null) {
            if (!gilModel.equals("modern") && !gilModel.equals("classic")) {
                throw usage("--gil-model must be modern or classic; was '" + gilModel + "'");
            }
            options = options.withGilClassic(gilModel.equals("classic"));
        }
        if (switchInterval != null) {
            if (!(switchInterval > 0)) {
                throw usage("--switch-interval must be above 0");
            }
            options = options.withSwitchInterval(switchInterval);
        }
        if (cores != null) {
            if (cores < 1 || cores > 64) {
                throw usage("--cores must be from 1 to 64");
            }
            options = options.withCores(cores);
        }
        if (scheduleFile != null) {
            String text;
            try {
                text = TextFiles.read(scheduleFile, Schedule.MAX_TEXT_BYTES);
            } catch (FileProblem e) {
                throw new IllegalArgumentException(scheduleFile + ": " + e.getMessage()
                        + (e.line() > 0 ? " (line " + e.line() + ", column " + e.col() + ")" : ""));
            }
            try {
                options = options.withSchedule(Schedule.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(scheduleFile + ":" + e.getMessage());
            }
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (maxSteps != null) {
            options = options.withMaxSteps(maxSteps);
        }
        return options;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
