package lockstep.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {
    /** Each styled stretch as {@code style:text}. */
    private static List<String> styled(String text) {
        StyleSpans<Collection<String>> spans = PythonHighlighter.highlight(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        assertEquals(text.length(), at, "the spans cover the text");
        return out;
    }

    @Test
    void keywordsStringsCommentsNumbersAndNamesAreStyled() {
        assertEquals(List.of("keyword:def", "defname:add", "keyword:global", "keyword:for", "keyword:in",
                        "builtin:range", "number:10", "number:1", "comment:# one more", "builtin:print",
                        "string:f\"x = {x}\"", "string:'ok'"),
                styled("def add():\n    global x\n    for i in range(10):\n        x += 1  # one more\n"
                        + "print(f\"x = {x}\", 'ok')\n"));
    }

    @Test
    void wordsInsideNamesAndStringsAreNotKeywords() {
        assertEquals(List.of("string:\"if else\""), styled("format_if = \"if else\"\n"));
        assertEquals(List.of("number:0x1F", "number:2.5e3"), styled("a1 = 0x1F + 2.5e3\n"));
    }

    @Test
    void anUnclosedStringOrTripleQuoteRunsToItsEndWithoutFailing() {
        assertEquals(List.of("string:\"open"), styled("\"open\nx"));
        assertEquals(List.of("string:'''doc\nstill'''"), styled("'''doc\nstill'''"));
        assertEquals(List.of(), styled(""));
    }
}
