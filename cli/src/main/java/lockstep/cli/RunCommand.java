package lockstep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.scenario.Expectations;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.LineNotes;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.StepListener;
import lockstep.sim.trace.TraceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lockstep run SCENARIO}: simulate once and print what the program printed and how the run ended. */
@Command(name = "run",
        sortOptions = false,
        description = {
            "Simulates a scenario once and prints the program's output, then a summary line.",
            "Exit status: 0 when the scenario ran (whatever its status), 1 when it cannot be found, read, loaded "
                    + "or compiled, 2 for a usage error."
        },
        footer = {"", "Examples:",
            "  lockstep run hello                              # a bundled scenario, by name",
            "  lockstep run my-program.py --trace              # every operation, with its thread and line",
            "  lockstep run increment --json --seed 7 --policy random",
            "  lockstep run lost-update --set N=3 --cores 2",
            "  lockstep run lost-update --save-schedule s.txt  # then: --schedule s.txt replays it",
            "  lockstep run hello --lang zh --events"})
final class RunCommand implements Callable<Integer> {
    /** Languages of the narration. */
    enum Language { en, zh }

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object: status, output, globals, time, steps, deadlock, "
            + "races, expectations, error, lost_updates.")
    boolean json;

    @Option(names = "--trace", description = "Print every step (time, thread, line, micro-op or range of micro-ops, "
            + "narration), then the output.")
    boolean trace;

    @Option(names = "--grain", paramLabel = "operation|line|micro-op", defaultValue = "operation",
            converter = GrainConverter.class,
            description = "How far one step of --trace goes: an operation (up to something another thread could "
                    + "observe or wait for; library calls are one operation), a line, or a micro-op "
                    + "(default: ${DEFAULT-VALUE}).")
    Grain grain;

    @Option(names = "--events", description = "Print the run's events (threads starting and ending, locks taken and "
            + "released, asyncio tasks yielding and resuming, the event loop's ready queue and timers), then the "
            + "output.")
    boolean events;

    @CommandLine.Mixin
    SimulationOptions simulation;

    @Option(names = "--save-schedule", paramLabel = "FILE",
            description = "Save the schedule this run followed to FILE, to replay it with --schedule.")
    java.nio.file.Path saveSchedule;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "Language of the narration in --trace and --events (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (json && (trace || events)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--json cannot be combined with " + (trace ? "--trace" : "--events"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulationOptions.Prepared prepared = simulation.prepare(err);
        if (prepared == null) {
            return 1;
        }
        Scenario loaded = prepared.scenario();
        Program program = prepared.program();
        RunOptions options = prepared.options();
        Operations.Recorder groups = null;
        if (trace && grain == Grain.MICRO_OP) {
            TraceText text = TraceText.forLanguage(language.name());
            out.println(text.header());
            options = options.withStepListener(new TracePrinter(text, out,
                    new LineNotes(loaded.notesIn(language.name()))));
        } else if (trace) {
            groups = Operations.recorder(grain);
            options = options.withStepListener(groups);
        }
        RunResult result;
        try {
            result = Simulator.run(program, options);
        } catch (TracePrinter.OutputClosed e) {
            return 0;
        }
        if (groups != null) {
            printGroups(groups.finish(result.trace()), new LineNotes(loaded.notesIn(language.name())), out);
        }
        if (saveSchedule != null) {
            try {
                lockstep.sim.files.AtomicFiles.text(saveSchedule, result.schedule().toText());
            } catch (java.io.IOException e) {
                err.println("lockstep: cannot save the schedule to " + saveSchedule + ": " + e.getMessage());
                return 1;
            }
        }
        if (events) {
            TraceText text = TraceText.forLanguage(language.name());
            out.println(text.header());
            LineNotes notes = new LineNotes(loaded.notesIn(language.name()));
            for (lockstep.sim.trace.TraceEvent e : result.trace().events()) {
                out.println(text.line(e, result.trace()));
                String note = notes.arrive(e.thread(), e.task(), e.line());
                if (note != null) {
                    out.println(text.note(note));
                }
            }
        }
        List<ExpectationResult> expectations = Expectations.check(loaded.expect(), result, program, options);
        if (json) {
            out.println(JsonReport.write(result, expectations));
        } else {
            TextReport.print(result, options, expectations, out, err, language.name());
        }
        out.flush();
        return 0;
    }

    /** The trace at the operation or line grain, printed once the run is over (an operation ends only then). */
    private void printGroups(Operations operations, LineNotes notes, PrintWriter out) {
        TraceText text = TraceText.forLanguage(language.name());
        out.println(text.header());
        for (Operation group : operations.all()) {
            out.println(text.line(group));
            String note = group.line() == 0 ? null : notes.arrive(group.thread(), group.task(), group.line());
            if (note != null) {
                out.println(text.note(note));
            }
        }
    }

    /** Reads {@code operation}, {@code line} or {@code micro-op}. */
    static final class GrainConverter implements CommandLine.ITypeConverter<Grain> {
        @Override
        public Grain convert(String value) {
            Grain grain = Grain.ofLabel(value);
            if (grain == null) {
                throw new CommandLine.TypeConversionException("expected operation, line or micro-op but was '"
                        + value + "'");
            }
            return grain;
        }
    }

    /** Prints each step as it runs; stops the run when nobody reads the output any more. */
    private static final class TracePrinter implements StepListener {
        /** Thrown through the simulator to end a run whose trace output was closed (as by {@code | head}). */
        static final class OutputClosed extends RuntimeException {
            private static final long serialVersionUID = 1L;

            OutputClosed() {
                super("the trace output was closed", null, false, false);
            }
        }

        private final TraceText text;
        private final PrintWriter out;
        private final LineNotes notes;
        private long printed;

        TracePrinter(TraceText text, PrintWriter out, LineNotes notes) {
            this.text = text;
            this.out = out;
            this.notes = notes;
        }

        @Override
        public void onStep(Step step) {
            out.println(text.line(step));
            String note = step.isLibraryCode() ? null : notes.arrive(step.thread(), step.task(), step.line());
            if (note != null) {
                out.println(text.note(note));
            }
            if (++printed % 4096 == 0 && out.checkError()) {
                throw new OutputClosed();
            }
        }
    }
}
