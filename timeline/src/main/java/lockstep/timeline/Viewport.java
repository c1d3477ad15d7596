package lockstep.timeline;

/**
 * Which steps the plot shows: the step at its left edge and how many steps its width holds, for a plot of a given
 * width in pixels. Zoom keeps the step under the pointer in place; pan moves by pixels; both stay within the run,
 * and a step is never wider than {@link #MAX_PIXELS_PER_STEP}. The x axis is steps (see the package description).
 */
public final class Viewport {
    /** The closest zoom: one step this many pixels wide. */
    public static final double MAX_PIXELS_PER_STEP = 64;
    /** Each zoom-in or zoom-out command changes the scale by this factor. */
    public static final double ZOOM_STEP = 1.25;

    private final long totalSteps;
    private double paddingPixels;
    private double plotWidth;
    private double first;
    private double span;

    /** A viewport fitted to the whole run. */
    public Viewport(long totalSteps, double plotWidth) {
        this.totalSteps = Math.max(1, totalSteps);
        this.plotWidth = Math.max(1, plotWidth);
        fit();
    }

    /** A viewport showing {@code range}. */
    public Viewport(long totalSteps, double plotWidth, StepRange range) {
        this(totalSteps, plotWidth);
        show(range);
    }

    /**
     * Room after the last step, in pixels at any zoom, that {@link #fit()} and panning allow: a deadlock's cycle is
     * drawn there.
     */
    public void setEndPadding(double pixels) {
        paddingPixels = Math.max(0, Math.min(plotWidth / 2, pixels));
        clamp();
    }

    /** Fits the whole run, and the padding after it, in the plot. */
    public void fit() {
        first = 0;
        span = maxSpan();
        clamp();
    }

    /** Shows exactly {@code range} (within the zoom limit). */
    public void show(StepRange range) {
        first = range.from();
        span = Math.max(range.span(), minSpan());
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) around {@code anchorX}, a position in the plot in pixels: the step
     * there stays there.
     */
    public void zoom(double factor, double anchorX) {
        double anchorStep = stepAt(anchorX);
        span = Math.max(minSpan(), Math.min(maxSpan(), span / factor));
        first = anchorStep - anchorX / pixelsPerStep();
        clamp();
    }

    /** Moves the view by {@code dx} pixels: a positive {@code dx} (dragging right) shows earlier steps. */
    public void pan(double dx) {
        first -= dx / pixelsPerStep();
        clamp();
    }

    /** Centres the view on {@code step} if it is out of sight, keeping the scale. */
    public void reveal(double step) {
        if (step < first || step > first + span) {
            first = step - span / 2;
            clamp();
        }
    }

    /** A new plot width keeps the left edge and the scale's range: the same steps, stretched. */
    public void setPlotWidth(double width) {
        plotWidth = Math.max(1, width);
        span = Math.max(span, minSpan());
        clamp();
    }

    public double plotWidth() {
        return plotWidth;
    }

    public double pixelsPerStep() {
        return plotWidth / span;
    }

    /** The x of a step boundary, in pixels from the plot's left edge. */
    public double xOf(double step) {
        return (step - first) * plotWidth / span;
    }

    /** The (fractional) step at {@code x} pixels from the plot's left edge. */
    public double stepAt(double x) {
        return first + x * span / plotWidth;
    }

    public StepRange visible() {
        return new StepRange(first, first + span);
    }

    public long totalSteps() {
        return totalSteps;
    }

    private double minSpan() {
        return plotWidth / MAX_PIXELS_PER_STEP;
    }

    /** The whole run with the padding after it: {@code total} steps over {@code plotWidth - padding} pixels. */
    private double maxSpan() {
        double padding = Math.min(paddingPixels, plotWidth / 2);
        return Math.max(totalSteps * plotWidth / (plotWidth - padding), minSpan());
    }

    /** Keeps the view within the run: never before step 0 nor past the end and its padding. */
    private void clamp() {
        span = Math.min(span, maxSpan());
        double last = totalSteps + Math.min(paddingPixels, plotWidth / 2) * span / plotWidth;
        if (first + span > last) {
            first = last - span;
        }
        if (first < 0) {
            first = 0;
        }
    }
}
