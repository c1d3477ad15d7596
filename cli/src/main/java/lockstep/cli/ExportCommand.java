package lockstep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lockstep.timeline.PageShape;
import lockstep.timeline.StepRange;
import lockstep.timeline.TimelineExporter;
import lockstep.timeline.TimelineModel;
import lockstep.timeline.TimelineTheme;
import lockstep.timeline.tracefile.TraceFormat;
import lockstep.timeline.tracefile.TraceItem;
import lockstep.timeline.tracefile.TracePlan;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lockstep export SCENARIO --format png|svg --out FILE}: simulates once and writes the timeline as a picture,
 * drawn as the app draws it: a strip or a 16:9 or 4:3 page, under the scenario's title (or another, or none), with
 * the playhead only when {@code --playhead} asks for it, at a grain: the operation grain (the default) and the line
 * grain fold library internals into the program's operations, the micro-op grain draws every event. Works without a
 * display: it draws with Java2D only and starts no JavaFX toolkit. {@code --format perfetto} and {@code chrome-json}
 * write the run as a trace file instead ({@link lockstep.timeline.tracefile.TraceFormat}), for ui.perfetto.dev and
 * chrome://tracing: the picture's options do not apply, the grain chooses what the slices of the operations are.
 */
@Command(name = "export",
        sortOptions = false,
        description = {
            "Simulates a scenario once and writes its timeline as a PNG or SVG picture, as the app draws it, or the "
                    + "run as a trace file to open in Perfetto (ui.perfetto.dev) or chrome://tracing. Needs no "
                    + "display.",
            "Exit status: 0 when the picture or trace file was written, 1 when the scenario cannot be found, read, "
                    + "loaded or compiled or the file cannot be written, 2 for a usage error."
        },
        footer = {"", "Examples:",
            "  lockstep export lost-update --format png --out lost-update.png",
            "  lockstep export lock-order-deadlock --format png --out deadlock.png --scale 2 --shape 16:9",
            "  lockstep export work-tasks --format svg --out tasks.svg --lang zh --theme dark",
            "  lockstep export lost-update --format png --out part.png --from 100 --to 400 --grain micro-op",
            "  lockstep export fork-deadlock --format perfetto --out run.pftrace   # open in ui.perfetto.dev",
            "  lockstep export work-tasks --format chrome-json --out run.json     # or in chrome://tracing"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "png|svg|perfetto|chrome-json",
            description = "png or svg: a picture; perfetto: a Perfetto trace (protobuf TrackEvent, .pftrace); "
                    + "chrome-json: the Chrome Trace Event Format (JSON). A trace file has a track per process, "
                    + "thread and task, slices for the states and operations, instants, flows for the hand-offs and "
                    + "counters, in virtual time; the picture's options do not apply to it.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write it (replaced atomically if it exists).")
    Path out;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "PNG only: pixels per point, from 1 to 4 (2 and 4 for sharp slides) (default: "
                    + "${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--theme", paramLabel = "light|dark|contrast", defaultValue = "light",
            description = "Colours (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "Language of the labels and the legend (default: ${DEFAULT-VALUE}).")
    RunCommand.Language language;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600",
            description = "Width in points, from 200 to 16384 (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "H",
            description = "Height in points, from 120 to 16384 (default: as tall as every lane needs).")
    Integer height;

    @Option(names = "--from", paramLabel = "STEP", description = "First step shown (default: 0).")
    Long from;

    @Option(names = "--to", paramLabel = "STEP", description = "Last step shown (default: the end of the run).")
    Long to;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The title over the timeline (default: the scenario's title in the language of --lang).")
    String title;

    @Option(names = "--no-title", description = "No title over the timeline.")
    boolean noTitle;

    @Option(names = "--shape", paramLabel = "strip|16:9|4:3", defaultValue = "strip",
            description = "strip: as tall as the lanes need; 16:9 or 4:3: a slide-shaped page of that shape at the "
                    + "width, the timeline scaled to fit under the title (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--grain", paramLabel = "operation|line|micro-op", defaultValue = "operation",
            converter = RunCommand.GrainConverter.class,
            description = "operation or line: what the program did, the events on a library's own locks folded "
                    + "into the operations that ran them, and the operations' (or lines') ends ticked on the lanes; "
                    + "micro-op: every event (default: ${DEFAULT-VALUE}).")
    Grain grain;

    @Option(names = "--playhead", paramLabel = "STEP",
            description = "Draw the playhead at step STEP (default: no playhead).")
    Long playhead;

    @CommandLine.Mixin
    SimulationOptions simulation;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        // Nothing here needs a display; saying so keeps Java2D from looking for one.
        System.setProperty("java.awt.headless", "true");
        TimelineExporter.Format picture = TimelineExporter.Format.byName(format);
        TraceFormat traceFormat = TraceFormat.byName(format);
        if (picture == null && traceFormat == null) {
            throw usage("--format must be png, svg, perfetto or chrome-json; was '" + format + "'");
        }
        if (traceFormat != null) {
            return exportTrace(traceFormat);
        }
        TimelineTheme colours = TimelineTheme.byName(theme);
        if (colours == null) {
            throw usage("--theme must be light, dark or contrast; was '" + theme + "'");
        }
        if (!(scale >= 1 && scale <= TimelineExporter.MAX_SCALE)) {
            throw usage("--scale must be from 1 to 4, was " + scale);
        }
        if (width < 200 || width > 16_384) {
            throw usage("--width must be from 200 to 16384, was " + width);
        }
        if (height != null && (height < 120 || height > 16_384)) {
            throw usage("--height must be from 120 to 16384, was " + height);
        }
        PageShape page = PageShape.byName(shape);
        if (page == null) {
            throw usage("--shape must be strip, 16:9 or 4:3; was '" + shape + "'");
        }
        if (page.isPage() && height != null) {
            throw usage("--height is for the strip: a " + page.id() + " page's height follows from --width");
        }
        if (page.isPage() && page.heightFor(width) < 120) {
            throw usage("--width " + width + " makes a " + page.id() + " page too small");
        }
        if (title != null && noTitle) {
            throw usage("--title and --no-title exclude each other");
        }
        if (playhead != null && playhead < 0) {
            throw usage("--playhead must be a step, 0 or more; was " + playhead);
        }
        if ((from != null && from < 0) || (to != null && to < 1) || (from != null && to != null && to <= from)) {
            throw usage("--from and --to must give a range of steps: 0 <= from < to");
        }
        PrintWriter err = spec.commandLine().getErr();
        SimulationOptions.Prepared prepared = simulation.prepare(err);
        if (prepared == null) {
            return 1;
        }
        // One run: at a coarse grain it groups its steps as it goes, and the layout folds by those groups.
        Operations.Recorder groups = grain == Grain.MICRO_OP ? null : Operations.recorder(grain);
        RunResult result = Simulator.run(prepared.program(),
                groups == null ? prepared.options() : prepared.options().withStepListener(groups));
        TimelineModel model = TimelineModel.of(result, groups == null ? null : groups.finish(result.trace()));
        StepRange range = null;
        if (from != null || to != null) {
            long first = from == null ? 0 : from;
            long last = to == null ? model.totalSteps() : to;
            if (first >= model.totalSteps() || last <= first) {
                err.println("lockstep: the run has " + model.totalSteps() + " steps; --from " + first + " --to " + last
                        + " shows none of them");
                return 1;
            }
            range = new StepRange(first, last);
        }
        if (playhead != null && playhead > model.totalSteps()) {
            err.println("lockstep: the run has " + model.totalSteps() + " steps; --playhead " + playhead
                    + " is after its end");
            return 1;
        }
        Locale locale = language == RunCommand.Language.zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String shownTitle = noTitle ? null : title != null ? title : prepared.scenario().title().in(language.name());
        TimelineExporter.Settings settings = new TimelineExporter.Settings(width, height == null ? 0 : height,
                picture == TimelineExporter.Format.PNG ? scale : 1, colours, locale, range,
                playhead == null ? -1 : playhead, shownTitle, page, grain);
        try {
            TimelineExporter.write(model, settings, picture, out);
        } catch (IllegalArgumentException e) {
            err.println("lockstep: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("lockstep: cannot write " + out + ": " + describe(e));
            return 1;
        }
        spec.commandLine().getOut().println(out + ": " + model.lanes().size() + " lanes, "
                + (range == null ? "steps 0 to " + model.totalSteps()
                        : "steps " + (long) range.from() + " to " + (long) range.to()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The run as a trace file: its operations (or line steps) recorded as it runs, laid out at the grain (the
     * micro-op grain unfolds every event and keeps the operations as slices).
     */
    private Integer exportTrace(TraceFormat traceFormat) {
        if (from != null || to != null || playhead != null || height != null || title != null || noTitle) {
            throw usage("--from, --to, --playhead, --height and the title are for pictures, not a "
                    + traceFormat.id() + " trace");
        }
        PrintWriter err = spec.commandLine().getErr();
        SimulationOptions.Prepared prepared = simulation.prepare(err);
        if (prepared == null) {
            return 1;
        }
        Operations.Recorder groups = Operations.recorder(grain == Grain.MICRO_OP ? Grain.OPERATION : grain);
        RunResult result = Simulator.run(prepared.program(), prepared.options().withStepListener(groups));
        Operations operations = groups.finish(result.trace());
        TimelineModel model = TimelineModel.of(result, grain == Grain.MICRO_OP ? null : operations);
        TracePlan plan = TracePlan.of(result, model, operations);
        try {
            traceFormat.write(plan, out);
        } catch (IOException e) {
            err.println("lockstep: cannot write " + out + ": " + describe(e));
            return 1;
        }
        spec.commandLine().getOut().println(out + ": " + plan.tracks().size() + " tracks, "
                + plan.count(TraceItem.Slice.class) + " slices, " + plan.count(TraceItem.Instant.class)
                + " instants, " + plan.flows() + " flows, " + plan.count(TraceItem.CounterValue.class)
                + " counter values");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
