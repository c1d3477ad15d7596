package lockstep.app.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Python syntax colouring as style classes over the text: keywords, built-in names, strings (with prefixes and
 * triple quotes), comments, numbers, decorators-free definitions' names. A pure function of the text, so it is
 * tested without a toolkit; the colours are in the stylesheet.
 */
public final class PythonHighlighter {
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final List<String> BUILTINS = List.of("print", "len", "range", "enumerate", "zip", "sorted",
            "reversed", "min", "max", "sum", "abs", "round", "all", "any", "map", "filter", "int", "float", "str",
            "bool", "list", "tuple", "dict", "set", "isinstance", "type", "repr", "super", "self", "object",
            "Exception", "ValueError", "RuntimeError", "KeyError", "IndexError", "TypeError");

    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<STRING>(?i:[rbuf]{0,2})(?:\"\"\"[\\s\\S]*?(?:\"\"\"|$(?![\\s\\S]))"
                    + "|'''[\\s\\S]*?(?:'''|$(?![\\s\\S]))"
                    + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?))"
                    + "|(?<DEFNAME>(?<=\\bdef\\s{1,8}|\\bclass\\s{1,8})[A-Za-z_][A-Za-z_0-9]*)"
                    + "|(?<KEYWORD>\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<BUILTIN>\\b(?:" + String.join("|", BUILTINS) + ")\\b)"
                    + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"
                    + "|(?:\\d[\\d_]*)?\\.?\\d[\\d_]*(?:[eE][+-]?\\d+)?j?)\\b)");

    private static final List<String> GROUPS = List.of("COMMENT", "STRING", "DEFNAME", "KEYWORD", "BUILTIN", "NUMBER");

    private PythonHighlighter() {}

    /** The style class of each stretch of {@code text}: {@code keyword}, {@code string}, ... or none. */
    public static StyleSpans<Collection<String>> highlight(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = PATTERN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String style = null;
            for (String group : GROUPS) {
                if (matcher.group(group) != null) {
                    style = group.toLowerCase(java.util.Locale.ROOT);
                    break;
                }
            }
            if (style == null || matcher.end() == matcher.start()) {
                continue;
            }
            if (matcher.start() > last) {
                spans.add(List.of(), matcher.start() - last);
            }
            spans.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        if (text.length() > last || last == 0) {
            spans.add(List.of(), text.length() - last);
        }
        return spans.create();
    }
}
