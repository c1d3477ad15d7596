package lockstep.app.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Marks Chinese, Japanese and Korean text for the bundled CJK font: runs of such characters in a text area with the
 * style class {@value #STYLE_CLASS}, and a label that has any with the pseudo-class {@code :cjk}; the stylesheet draws
 * both in the bundled font. A monospaced family, or the English window's font, has no such glyphs, and JavaFX borrows
 * them only from the system's fonts, so on a machine without a CJK font a Chinese string in a program, its output or
 * a value would be boxes.
 */
public final class CjkRuns {
    /** The style class of a run of CJK characters. */
    public static final String STYLE_CLASS = "cjk";
    private static final PseudoClass CJK = PseudoClass.getPseudoClass(STYLE_CLASS);

    private CjkRuns() {}

    /** {@code spans} (the styles of {@code text}) with {@value #STYLE_CLASS} added over every run of CJK characters. */
    public static StyleSpans<Collection<String>> over(StyleSpans<Collection<String>> spans, String text) {
        StyleSpansBuilder<Collection<String>> runs = new StyleSpansBuilder<>();
        int start = 0;
        boolean inRun = false;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isCjk(c) != inRun) {
                runs.add(inRun ? List.of(STYLE_CLASS) : List.of(), i - start);
                start = i;
                inRun = !inRun;
            }
            i += Character.charCount(c);
        }
        runs.add(inRun ? List.of(STYLE_CLASS) : List.of(), text.length() - start);
        return spans.overlay(runs.create(), (style, run) -> {
            if (run.isEmpty()) {
                return style;
            }
            List<String> both = new ArrayList<>(style);
            both.add(STYLE_CLASS);
            return both;
        });
    }

    /** Keeps {@code label}'s {@code :cjk} pseudo-class on while its text has a CJK character. */
    public static void mark(Labeled label) {
        label.textProperty().addListener((obs, old, now) -> label.pseudoClassStateChanged(CJK, hasCjk(now)));
        label.pseudoClassStateChanged(CJK, hasCjk(label.getText()));
    }

    /** Whether {@code text} has a CJK character. */
    public static boolean hasCjk(String text) {
        return text != null && text.codePoints().anyMatch(CjkRuns::isCjk);
    }

    /** Whether {@code codePoint} is written in a CJK script or is CJK punctuation or a full-width form. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }
}
