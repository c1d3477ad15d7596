package lockstep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Explorer;
import lockstep.sim.explore.Outcome;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.trace.Grain;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep explore SCENARIO}: search the program's schedules and print its outcomes with their counts. */
@Command(name = "explore",
        sortOptions = false,
        description = {
            "Explores the schedules of a scenario's program at the operation grain and prints each distinct outcome "
                    + "(output, final globals, status) with how many interleavings reach it and an example "
                    + "schedule, then the totals and whether the search was complete.",
            "Exit status: 0 when the search ran (whatever it found), 1 when the scenario cannot be found, read, "
                    + "loaded or compiled or the schedule cannot be saved, 2 for a usage error."
        },
        footer = {"", "Examples:",
            "  lockstep explore lost-update --set N=2          # every outcome, with how many interleavings",
            "  lockstep explore lost-update --set N=3 --mode dpor --json",
            "  lockstep explore lock-order-deadlock --stop-at-first-deadlock",
            "  lockstep explore lost-update --set N=2 --save-schedule bad.txt --outcome 2",
            "  lockstep run lost-update --set N=2 --schedule bad.txt --trace   # replay what explore found",
            "  lockstep explore condition-producers --mode pct --runs 1000 --depth 2 --seed 1"})
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (.yaml, .yml, .json, or a plain .py program) or the id of a bundled "
                    + "scenario.")
    String scenario;

    @Option(names = "--mode", paramLabel = "states|dpor|all|pct|random", defaultValue = "states",
            converter = ModeConverter.class,
            description = "How to search: states (every trace, equal states merged; the default), dpor (one "
                    + "execution per trace, no state stored), all (every interleaving, for checking), pct or random "
                    + "(--runs sampled runs).")
    ExploreMode mode;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Stop after S seconds of wall time.")
    Double maxSeconds;

    @Option(names = "--max-executions", paramLabel = "N", description = "Stop after N executions.")
    Long maxExecutions;

    @Option(names = "--max-states", paramLabel = "N",
            description = "Store at most N states, then stop (default: " + ExploreOptions.DEFAULT_MAX_STATES + ").")
    Long maxStates;

    @Option(names = "--preemption-bound", paramLabel = "K",
            description = "At most K preemptions per schedule (most bugs need 2 or fewer).")
    Integer preemptionBound;

    @Option(names = "--cores", paramLabel = "N",
            description = "Search on N threads (default 1); counts and outcomes do not depend on it.")
    Integer cores;

    @Option(names = "--policy", paramLabel = "gil",
            description = "gil: switch only where CPython's GIL can be dropped (default: every operation, unless "
                    + "the scenario's policy is gil).")
    String policy;

    @Option(names = "--grain", paramLabel = "operation|micro-op", defaultValue = "operation",
            converter = GrainConverter.class,
            description = "Where threads may switch: between operations (the default) or between micro-ops.")
    Grain grain;

    @Option(names = "--runs", paramLabel = "R", description = "With --mode pct or random: how many runs (default: "
            + "1000).")
    Integer runs;

    @Option(names = "--depth", paramLabel = "d", description = "With --mode pct: the bug depth searched for (default: "
            + "3).")
    Integer depth;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of random and of the sampling modes' choices (default: the scenario's, or 0).")
    Long seed;

    @Option(names = "--stop-at-first-deadlock", description = "Stop as soon as one schedule deadlocks.")
    boolean stopAtFirstDeadlock;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "A run stops with status step-limit after N steps (default: the scenario's, or "
                    + RunOptions.DEFAULT_MAX_STEPS + ").")
    Long maxSteps;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Replace the value of the program's first top-level assignment NAME = ... by the Python "
                    + "expression VALUE (repeatable), e.g. --set N=3.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "Language of the report (default: ${DEFAULT-VALUE}).")
    RunCommand.Language language;

    @Option(names = "--json", description = "Print one JSON object: outcomes, interleavings, executions, states, "
            + "complete, stopReason, seconds, estimate, pctBound.")
    boolean json;

    @Option(names = "--save-schedule", paramLabel = "FILE",
            description = "Save the example schedule of the first outcome (or of --outcome K) to FILE, to replay "
                    + "with lockstep run --schedule.")
    Path saveSchedule;

    @Option(names = "--outcome", paramLabel = "K", description = "With --save-schedule: the outcome, numbered as "
            + "printed (default: 1, the most frequent).")
    Integer outcome;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        ExploreOptions explore = exploreOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioResolver.Compiled compiled;
        try {
            compiled = ScenarioResolver.compile(scenario, ConstantOverride.parseAll(sets), err);
        } catch (ConstantOverride.Refused e) {
            throw usage(e.getMessage());
        }
        if (compiled == null) {
            return 1;
        }
        Program program = compiled.program();
        RunOptions run = runOptions(compiled.scenario());
        explore = explore.withGilSwitchesOnly(run.policy() == SchedulingPolicy.GIL);
        ReportTexts texts = new ReportTexts(language.name());
        boolean showProgress = !json && System.console() != null;
        SearchMonitor monitor = new SearchMonitor(System::nanoTime, maxSeconds, showProgress ? err : null, texts);
        ExploreResult result = Explorer.explore(program, run, explore, monitor);
        double seconds = monitor.seconds();
        monitor.finish();
        if (json) {
            out.println(ExploreJsonReport.write(result, seconds));
        } else {
            new ExploreTextReport(language.name(), explore, maxSeconds).print(result, seconds, out);
        }
        out.flush();
        return saveSchedule == null ? 0 : save(result, texts, out, err);
    }

    /** The search's options from the command line, every option checked first: a bad value is a usage error. */
    private ExploreOptions exploreOptions() {
        ExploreOptions options = ExploreOptions.defaults().withMode(mode).withGrain(grain)
                .withStopAtFirstDeadlock(stopAtFirstDeadlock);
        if (policy != null && !policy.equals("gil")) {
            throw usage("--policy for explore can only be gil (the explorer makes every other choice itself); was '"
                    + policy + "'");
        }
        if (cores != null && (cores < 1 || cores > 64)) {
            throw usage("--cores must be from 1 to 64");
        }
        if (cores != null) {
            options = options.withWorkers(cores);
        }
        if (maxSteps != null) {
            atLeast("--max-steps", maxSteps, 1);
        }
        if (maxSeconds != null && !(maxSeconds > 0)) {
            throw usage("--max-seconds must be above 0");
        }
        if (maxExecutions != null) {
            options = options.withMaxExecutions(atLeast("--max-executions", maxExecutions, 1));
        }
        if (maxStates != null) {
            options = options.withMaxStates(atLeast("--max-states", maxStates, 1));
        }
        if (preemptionBound != null) {
            if (!mode.exhaustive()) {
                throw usage("--preemption-bound bounds a systematic search (--mode states, dpor or all), not --mode "
                        + mode.cliName());
            }
            options = options.withPreemptionBound((int) atLeast("--preemption-bound", preemptionBound, 0));
        }
        if (runs != null) {
            if (mode.exhaustive()) {
                throw usage("--runs is for --mode pct or random");
            }
            options = options.withRuns((int) atLeast("--runs", runs, 1));
        }
        if (depth != null) {
            if (mode != ExploreMode.PCT) {
                throw usage("--depth is for --mode pct");
            }
            options = options.withDepth((int) atLeast("--depth", depth, 1));
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (outcome != null) {
            if (saveSchedule == null) {
                throw usage("--outcome chooses the schedule to save: it needs --save-schedule FILE");
            }
            atLeast("--outcome", outcome, 1);
        }
        return options;
    }

    /**
     * The scenario's run options with this command's seed, step limit and policy (checked already). Every explored
     * schedule runs one operation at a time, so the program sees one core; {@code --cores} is the search's.
     */
    private RunOptions runOptions(Scenario loaded) {
        RunOptions options = loaded.runOptions(RunOptions.defaults());
        if (policy != null) {
            options = options.withPolicy(SchedulingPolicy.GIL);
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (maxSteps != null) {
            options = options.withMaxSteps(maxSteps);
        }
        return options;
    }

    /** Writes the chosen outcome's shortest schedule; 1 when there is no such outcome or the file cannot be written. */
    private int save(ExploreResult result, ReportTexts texts, PrintWriter out, PrintWriter err) {
        List<Outcome> outcomes = ExploreTextReport.mostFrequentFirst(result.outcomes());
        int chosen = outcome == null ? 1 : outcome;
        if (chosen > outcomes.size()) {
            err.println("lockstep: --outcome " + chosen + ": the search found " + outcomes.size()
                    + (outcomes.size() == 1 ? " outcome" : " outcomes") + "; no schedule saved");
            return 1;
        }
        try {
            lockstep.sim.files.AtomicFiles.text(saveSchedule, outcomes.get(chosen - 1).shortest().toText());
        } catch (IOException e) {
            err.println("lockstep: cannot save the schedule to " + saveSchedule + ": " + e.getMessage());
            return 1;
        }
        if (!json) {
            out.println(texts.text("explore.saved", chosen, saveSchedule));
            out.flush();
        }
        return 0;
    }

    private long atLeast(String option, long value, long min) {
        if (value < min) {
            throw usage(option + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Reads {@code states}, {@code dpor}, {@code all}, {@code pct} or {@code random}. */
    static final class ModeConverter implements CommandLine.ITypeConverter<ExploreMode> {
        @Override
        public ExploreMode convert(String value) {
            for (ExploreMode m : ExploreMode.values()) {
                if (m.cliName().equals(value)) {
                    return m;
                }
            }
            throw new CommandLine.TypeConversionException("expected states, dpor, all, pct or random but was '"
                    + value + "'");
        }
    }

    /** Reads {@code operation} or {@code micro-op}: the explorer chooses between those, never between lines. */
    static final class GrainConverter implements CommandLine.ITypeConverter<Grain> {
        @Override
        public Grain convert(String value) {
            Grain grain = Grain.ofLabel(value);
            if (grain == null || grain == Grain.LINE) {
                throw new CommandLine.TypeConversionException("expected operation or micro-op but was '" + value
                        + "'");
            }
            return grain;
        }
    }
}
