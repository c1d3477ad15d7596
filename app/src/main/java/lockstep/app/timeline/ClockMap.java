package lockstep.app.timeline;

import java.util.Arrays;

/**
 * Step boundaries to virtual time, from the trace's segments: each segment starts at a known time and each step
 * costs the simulator's step cost. Also where the clock jumps between two steps, which the step axis would hide.
 */
public final class ClockMap {
    private final long[] firstSteps;
    private final long[] startNanos;
    private final long[] stepCounts;
    private final long stepNanos;
    private final long[] jumpSteps;
    private final long[] jumpNanos;

    ClockMap(long[] firstSteps, long[] startNanos, long[] stepCounts, long stepNanos) {
        this.firstSteps = firstSteps;
        this.startNanos = startNanos;
        this.stepCounts = stepCounts;
        this.stepNanos = stepNanos;
        int jumps = 0;
        long[] js = new long[8];
        long[] jn = new long[8];
        for (int i = 1; i < firstSteps.length; i++) {
            long previousEnd = startNanos[i - 1] + stepCounts[i - 1] * stepNanos;
            long gap = startNanos[i] - previousEnd;
            if (gap > 0) {
                if (jumps == js.length) {
                    js = Arrays.copyOf(js, jumps * 2);
                    jn = Arrays.copyOf(jn, jumps * 2);
                }
                js[jumps] = firstSteps[i];
                jn[jumps] = gap;
                jumps++;
            }
        }
        jumpSteps = Arrays.copyOf(js, jumps);
        jumpNanos = Arrays.copyOf(jn, jumps);
    }

    /** The virtual time at a step boundary: the start of the segment holding the step, plus the steps before it. */
    public long nanosAt(long step) {
        if (firstSteps.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(firstSteps, step);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return startNanos[i] + Math.min(Math.max(0, step - firstSteps[i]), stepCounts[i]) * stepNanos;
    }

    public int jumpCount() {
        return jumpSteps.length;
    }

    /** The step at which the clock is found to have jumped. */
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
