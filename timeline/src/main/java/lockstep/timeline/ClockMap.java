package lockstep.timeline;

import java.util.Arrays;

/**
 * Step boundaries to virtual time. Anchors are the moments the trace dates exactly — where each segment starts,
 * where each event happened — and between two anchors the clock runs at most one step cost per step (exactly that on
 * one core; slower when several cores share a tick) and never past the next anchor. Also where the clock jumps
 * further than the steps between two anchors explain (everyone asleep, CPU work), which the step axis would hide.
 */
public final class ClockMap {
    private final long[] steps;
    private final long[] nanos;
    private final long stepNanos;
    private final long[] jumpSteps;
    private final long[] jumpNanos;

    /** Anchors in step order: {@code nanos[i]} is the time at step boundary {@code steps[i]}. */
    ClockMap(long[] steps, long[] nanos, long stepNanos) {
        this.steps = steps;
        this.nanos = nanos;
        this.stepNanos = stepNanos;
        int jumps = 0;
        long[] js = new long[8];
        long[] jn = new long[8];
        for (int i = 1; i < steps.length; i++) {
            long gap = nanos[i] - nanos[i - 1] - (steps[i] - steps[i - 1]) * stepNanos;
            if (gap > 0) {
                if (jumps > 0 && js[jumps - 1] == steps[i]) {
                    jn[jumps - 1] += gap;
                    continue;
                }
                if (jumps == js.length) {
                    js = Arrays.copyOf(js, jumps * 2);
                    jn = Arrays.copyOf(jn, jumps * 2);
                }
                js[jumps] = steps[i];
                jn[jumps] = gap;
                jumps++;
            }
        }
        jumpSteps = Arrays.copyOf(js, jumps);
        jumpNanos = Arrays.copyOf(jn, jumps);
    }

    /** The virtual time at a step boundary. */
    public long nanosAt(long step) {
        if (steps.length == 0) {
            return 0;
        }
        // The last anchor at or before the step: at a boundary with several, the latest time.
        int lo = 0;
        int hi = steps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = lo - 1;
        if (i < 0) {
            return nanos[0];
        }
        long time = nanos[i] + (step - steps[i]) * stepNanos;
        return i + 1 < steps.length ? Math.min(time, nanos[i + 1]) : time;
    }

    public int jumpCount() {
        return jumpSteps.length;
    }

    /** The step boundary at which the clock is found to have jumped. */
    public long jumpStep(int i) {
        return jumpSteps[i];
    }

    /** By how much, in nanoseconds. */
    public long jumpNanos(int i) {
        return jumpNanos[i];
    }

    /** The index of the first jump at or after {@code step}. */
    public int firstJumpAtOrAfter(double step) {
        int lo = 0;
        int hi = jumpSteps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (jumpSteps[mid] >= step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
