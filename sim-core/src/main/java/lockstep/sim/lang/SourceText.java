package lockstep.sim.lang;

/** Prepares source text the way CPython's string tokenizer sees it. */
final class SourceText {
    private SourceText() {}

    /**
     * The source as code points: without a leading byte-order mark, with {@code \r\n} and {@code \r} turned into
     * {@code \n}, and ending with {@code \n} (CPython adds one when missing). Columns are then code-point indices.
     */
    static int[] codePoints(String fileName, String source) throws ProgramError {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        int[] raw = text.codePoints().toArray();
        int[] out = new int[raw.length + 1];
        int n = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i];
            if (c == 0) {
                throw new ProgramError(fileName, line, n - lineStart + 1,
                        "SyntaxError: source code string cannot contain null bytes");
            }
            if (c == '\r') {
                c = '\n';
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
            }
            out[n++] = c;
            if (c == '\n') {
                line++;
                lineStart = n;
            }
        }
        if (n == 0 || out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
