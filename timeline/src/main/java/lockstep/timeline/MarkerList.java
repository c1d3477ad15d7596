package lockstep.timeline;

import java.util.Arrays;

/** A lane's markers in step order, in primitive arrays, with binary search for the first visible one. */
public final class MarkerList {
    private long[] steps = new long[8];
    private byte[] kinds = new byte[8];
    private int[] labels = new int[8];
    private int size;
    /** The indexes of the rare markers, which are drawn even where markers crowd. */
    private int[] rare = new int[0];
    private int rareCount;

    /** Adds a marker at a step boundary; markers must come in step order. Returns its index. */
    int add(long step, MarkerKind kind, int label) {
        if (size == steps.length) {
            int capacity = size * 2;
            steps = Arrays.copyOf(steps, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            labels = Arrays.copyOf(labels, capacity);
        }
        steps[size] = step;
        kinds[size] = (byte) kind.ordinal();
        labels[size] = label;
        if (kind.rare()) {
            if (rareCount == rare.length) {
                rare = Arrays.copyOf(rare, Math.max(4, rareCount * 2));
            }
            rare[rareCount++] = size;
        }
        return size++;
    }

    /** Changes what a marker means once later events tell more: a release that turned out to wake a waiter. */
    void setKind(int index, MarkerKind kind) {
        kinds[index] = (byte) kind.ordinal();
    }

    public int size() {
        return size;
    }

    public long step(int i) {
        return steps[i];
    }

    public MarkerKind kind(int i) {
        return MarkerKind.values()[kinds[i]];
    }

    public int label(int i) {
        return labels[i];
    }

    public int rareCount() {
        return rareCount;
    }

    /** The marker index of the {@code i}-th rare marker. */
    public int rare(int i) {
        return rare[i];
    }

    /** The position among rare markers of the first one at or after {@code step}, or {@link #rareCount()}. */
    public int firstRareAtOrAfter(double step) {
        int lo = 0;
        int hi = rareCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[rare[mid]] >= step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The index of the first marker at or after {@code step}, or {@link #size()}. */
    public int firstAtOrAfter(double step) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] >= step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
