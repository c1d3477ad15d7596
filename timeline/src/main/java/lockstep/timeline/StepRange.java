package lockstep.timeline;

/**
 * A range of the step axis, {@code from} to {@code to}: fractional, because zooming around a point rarely lands on
 * whole steps, and an export of the visible range must show exactly what the screen shows.
 */
public record StepRange(double from, double to) {
    public StepRange {
        if (!(to > from)) {
            throw new IllegalArgumentException("a step range must end after it starts: " + from + " to " + to);
        }
    }

    public double span() {
        return to - from;
    }
}
