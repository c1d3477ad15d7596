package lockstep.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lockstep.app.editor.PythonHighlighter;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Runs of CJK characters get the style class that draws them in the bundled font, over the highlighting. */
class CjkRunsTest {
    @Test
    void everyRunOfChineseIsMarkedAndTheHighlightingKept() {
        String text = "print(\"你好，世界\")  # 说明 ok\nx = 1\n";
        StyleSpans<Collection<String>> highlighted = PythonHighlighter.highlight(text);
        StyleSpans<Collection<String>> styled = CjkRuns.over(highlighted, text);
        assertEquals(text.length(), styled.length());
        List<String> marked = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : styled) {
            if (span.getStyle().contains(CjkRuns.STYLE_CLASS)) {
                marked.add(text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        assertEquals(List.of("你好，世界", "说明"), marked);
        for (int i = 0; i < text.length(); i++) {
            Collection<String> before = styleAt(highlighted, i);
            Collection<String> after = new ArrayList<>(styleAt(styled, i));
            after.remove(CjkRuns.STYLE_CLASS);
            assertEquals(List.copyOf(before), List.copyOf(after), "the highlighting at " + i);
        }
    }

    @Test
    void latinTextIsLeftAloneAndCharactersBeyondTheBmpCount() {
        String text = "x = 1  # plain";
        StyleSpans<Collection<String>> highlighted = PythonHighlighter.highlight(text);
        assertEquals(highlighted, CjkRuns.over(highlighted, text));
        assertTrue(CjkRuns.isCjk(0x20000), "U+20000, a Han character beyond the BMP");
        assertTrue(CjkRuns.isCjk('。'));
        assertTrue(CjkRuns.isCjk('Ａ'), "full-width forms");
        assertFalse(CjkRuns.isCjk('A'));
        assertFalse(CjkRuns.isCjk('é'));
    }

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int index) {
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (index < at + span.getLength()) {
                return span.getStyle();
            }
            at += span.getLength();
        }
        throw new IndexOutOfBoundsException(index);
    }
}
