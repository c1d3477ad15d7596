package lockstep.sim.runtime.format;

/** Repeats a fill code point; refuses results past the default memory budget with MemoryError. */
final class Padding {
    private Padding() {
    }

    /**
     * 256 Mi characters, the run's default memory budget: a width taken from the arguments ({@code '%*d'}) is not
     * seen by the run's budget before formatting, so the padding itself refuses more.
     */
    private static final long LIMIT = 256L * 1024 * 1024;

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
