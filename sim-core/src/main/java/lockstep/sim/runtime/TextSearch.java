package lockstep.sim.runtime;

/**
 * Substring search in time linear in the text: Java's {@code indexOf} compares the needle again at every position,
 * so {@code 'a' * 10**5 + 'b' in 'a' * 10**7} would make 10**12 comparisons. Short searches keep Java's (fast,
 * vectorised) loop; long ones use Knuth-Morris-Pratt, which never looks at a character of the text twice.
 */
public final class TextSearch {
    private TextSearch() {}

    /** Needle lengths up to this, or searches whose worst case is below {@link #NAIVE_WORK}, stay with Java's loop. */
    private static final int SHORT_NEEDLE = 4;
    private static final long NAIVE_WORK = 10_000_000L;

    /** The first index of {@code sub} in {@code s} at or after {@code from}, or -1. */
    public static int indexOf(String s, String sub, int from) {
        int m = sub.length();
        int start = Math.max(0, from);
        if (m <= SHORT_NEEDLE || (long) m * (s.length() - start) <= NAIVE_WORK) {
            return s.indexOf(sub, start);
        }
        int[] fail = failure(sub, false);
        int matched = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            while (matched > 0 && sub.charAt(matched) != c) {
                matched = fail[matched - 1];
            }
            if (sub.charAt(matched) == c && ++matched == m) {
                return i - m + 1;
            }
        }
        return -1;
    }

    /** The last index of {@code sub} in {@code s} at or before {@code from}, or -1. */
    public static int lastIndexOf(String s, String sub, int from) {
        int m = sub.length();
        int last = Math.min(from, s.length() - m);
        if (last < 0) {
            return -1;
        }
        if (m <= SHORT_NEEDLE || (long) m * (last + 1) <= NAIVE_WORK) {
            return s.lastIndexOf(sub, last);
        }
        // KMP over both strings read backwards, from the end of the last window that may match.
        int[] fail = failure(sub, true);
        int matched = 0;
        for (int i = last + m - 1; i >= 0; i--) {
            char c = s.charAt(i);
            while (matched > 0 && sub.charAt(m - 1 - matched) != c) {
                matched = fail[matched - 1];
            }
            if (sub.charAt(m - 1 - matched) == c && ++matched == m) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code sub} occurs in {@code s}. */
    public static boolean contains(String s, String sub) {
        return indexOf(s, sub, 0) >= 0;
    }

    /** KMP's failure function of {@code p}, read backwards when {@code reversed}. */
    private static int[] failure(String p, boolean reversed) {
        int m = p.length();
        int[] fail = new int[m];
        int k = 0;
        for (int i = 1; i < m; i++) {
            char c = at(p, i, reversed);
            while (k > 0 && at(p, k, reversed) != c) {
                k = fail[k - 1];
            }
            if (at(p, k, reversed) == c) {
                k++;
            }
            fail[i] = k;
        }
        return fail;
    }

    private static char at(String p, int i, boolean reversed) {
        return reversed ? p.charAt(p.length() - 1 - i) : p.charAt(i);
    }
}
