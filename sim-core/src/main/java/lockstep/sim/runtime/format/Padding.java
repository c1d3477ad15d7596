package lockstep.sim.runtime.format;

/** Repeats a fill code point; refuses results Java cannot hold (CPython would raise MemoryError too). */
final class Padding {
    private Padding() {
    }

    private static final long LIMIT = Integer.MAX_VALUE - 16;

    static void fill(StringBuilder out, int codePoint, long count) {
        if (count <= 0) {
            return;
        }
        if (out.length() + count * Character.charCount(codePoint) > LIMIT) {
            throw new FormatError("MemoryError", "");
        }
        for (long i = 0; i < count; i++) {
            out.appendCodePoint(codePoint);
        }
    }
}
