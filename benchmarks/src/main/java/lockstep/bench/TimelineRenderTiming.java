package lockstep.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lockstep.timeline.TimelineGeometry;
import lockstep.timeline.TimelineModel;
import lockstep.timeline.TimelinePainter;
import lockstep.timeline.TimelineTheme;
import lockstep.timeline.Viewport;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;

/**
 * The timeline's render benchmark: lays out a one-million-step trace once, then times redraws at 1920 × 1080 for a
 * sequence of zooms and pans, as a user browsing the timeline makes them. Each redraw paints the whole picture
 * (axis, lanes, bars, markers, arrows, legend) with the same {@link TimelinePainter} the window uses, here into a
 * {@code BufferedImage} with Java2D, so that it runs without a display. Prints the layout time and the median and
 * 95th percentile per redraw; the aim is a median of at most 16 ms (one frame at 60 Hz).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar lockstep.bench.TimelineRenderTiming [steps] [quantum]}
 */
public final class TimelineRenderTiming {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int WARMUP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 5;

    private TimelineRenderTiming() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long quantum = args.length > 1 ? Long.parseLong(args[1]) : 7;
        long t0 = System.nanoTime();
        RunResult run = Simulator.run(Programs.compile("contention.py"),
                RunOptions.defaults().withQuantum(quantum).withMaxSteps(steps));
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "trace: contention.py, quantum %d: %,d steps, %,d segments, %,d events "
                        + "(simulated in %.0f ms)%n", quantum, run.steps(), run.trace().segments().size(),
                run.trace().events().size(), (t1 - t0) / 1e6);

        long l0 = System.nanoTime();
        TimelineModel model = TimelineModel.of(run);
        long l1 = System.nanoTime();
        int bars = 0;
        int markers = 0;
        for (var lane : model.lanes()) {
            bars += lane.bars().size();
            markers += lane.markers().size();
        }
        System.out.printf(Locale.ROOT, "layout, once: %.0f ms (%d lanes, %,d bars, %,d markers, %,d arrows)%n",
                (l1 - l0) / 1e6, model.lanes().size(), bars, markers, model.arrows().size());
        double[] again = new double[5];
        for (int i = 0; i < again.length; i++) {
            long a0 = System.nanoTime();
            TimelineModel.of(run);
            again[i] = (System.nanoTime() - a0) / 1e6;
        }
        java.util.Arrays.sort(again);
        System.out.printf(Locale.ROOT, "layout again, once the JIT has compiled it: median of %d, %.0f ms%n",
                again.length, percentile(again, 50));

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        TimelinePainter painter = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH);
        TimelineGeometry geometry = painter.layout(model, WIDTH, HEIGHT);
        Viewport viewport = new Viewport(model.totalSteps(), geometry.plotWidth());
        viewport.setEndPadding(painter.endPadding(model));
        List<Runnable> moves = moves(viewport, geometry.plotWidth());

        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            browse(painter, model, geometry, viewport, image, moves, null);
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            browse(painter, model, geometry, viewport, image, moves, millis);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "redraw at %d x %d, painted by TimelinePainter into a BufferedImage "
                        + "(Java2D): %d redraws (zoom in and out around several points, pans both ways, fit)%n",
                WIDTH, HEIGHT, sorted.length);
        System.out.printf(Locale.ROOT, "  median %.2f ms, p95 %.2f ms, max %.2f ms (target: median <= 16 ms)%n",
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    /**
     * One browse through the trace: from the whole run, zoom in step by step around a point, pan along, zoom out,
     * zoom in elsewhere, pan back, fit.
     */
    private static List<Runnable> moves(Viewport v, int plotWidth) {
        List<Runnable> moves = new ArrayList<>();
        moves.add(v::fit);
        double[] anchors = {0.15, 0.5, 0.85};
        for (double anchor : anchors) {
            for (int i = 0; i < 30; i++) {
                moves.add(() -> v.zoom(Viewport.ZOOM_STEP, anchor * plotWidth));
            }
            for (int i = 0; i < 20; i++) {
                moves.add(() -> v.pan(-plotWidth / 7.0));
            }
            for (int i = 0; i < 20; i++) {
                moves.add(() -> v.pan(plotWidth / 5.0));
            }
            for (int i = 0; i < 30; i++) {
                moves.add(() -> v.zoom(1 / Viewport.ZOOM_STEP, anchor * plotWidth));
            }
            moves.add(v::fit);
        }
        return moves;
    }

    private static void browse(TimelinePainter painter, TimelineModel model, TimelineGeometry geometry,
                               Viewport viewport, BufferedImage image, List<Runnable> moves, List<Double> millis) {
        for (Runnable move : moves) {
            move.run();
            long start = System.nanoTime();
            Graphics2D g = image.createGraphics();
            try {
                painter.paint(g, model, geometry, viewport, model.totalSteps() / 2);
            } finally {
                g.dispose();
            }
            long end = System.nanoTime();
            if (millis != null) {
                millis.add((end - start) / 1e6);
            }
        }
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
