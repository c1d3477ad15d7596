package lockstep.cli;

/**
 * Just enough of Python's lexical rules to find where an assignment's value starts and where its logical line ends:
 * brackets, strings (with their escapes, triple-quoted too), comments, backslash continuations and {@code ;}.
 */
final class PythonLines {
    private PythonLines() {}

    /**
     * The index of the value in the assignment statement starting at {@code start} (the first non-blank after its
     * {@code =}), or -1 when the statement has no plain {@code =} at bracket depth 0.
     */
    static int assignmentValue(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(text, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '\n' && depth == 0 || c == '#') {
                return -1;
            } else if (c == '=' && depth == 0 && !comparison(text, i)) {
                int value = i + 1;
                while (value < text.length() && (text.charAt(value) == ' ' || text.charAt(value) == '\t')) {
                    value++;
                }
                return value;
            }
        }
        return -1;
    }

    /** The index just past the expression starting at {@code start}: before its comment, {@code ;} or line end. */
    static int logicalEnd(String text, int start) {
        int depth = 0;
        int end = start;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(text, i) - 1;
                end = i + 1;
            } else if (c == '#') {
                i = lineEnd(text, i) - 1; // a comment inside brackets ends at its line; outside, so does the value
                if (depth == 0) {
                    return end;
                }
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if ((c == '\n' || c == ';') && depth == 0) {
                return end;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
                if (!Character.isWhitespace(c)) {
                    end = i + 1;
                }
            }
        }
        return end;
    }

    /** {@code ==}, {@code <=}, {@code >=}, {@code !=} or an augmented {@code +=}: not an assignment's {@code =}. */
    private static boolean comparison(String text, int i) {
        boolean before = i > 0 && "=<>!+-*/%&|^@:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && text.charAt(i + 1) == '=';
        return before || after;
    }

    /** The index just past the string literal whose opening quote is at {@code open}. */
    private static int stringEnd(String text, int open) {
        char quote = text.charAt(open);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), open);
        String closing = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        for (int i = open + closing.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (text.startsWith(closing, i)) {
                return i + closing.length();
            } else if (c == '\n' && !triple) {
                return i;
            }
        }
        return text.length();
    }

    private static int lineEnd(String text, int i) {
        int newline = text.indexOf('\n', i);
        return newline < 0 ? text.length() : newline;
    }
}
