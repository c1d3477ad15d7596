package lockstep.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import lockstep.timeline.BundledFont;
import lockstep.timeline.ChineseGlyphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX draws Chinese with the bundled font: every Han character of the window's texts is ink of its own, neither
 * blank, nor the box JavaFX draws for a character no font here has, nor another character's. The build runs this
 * again with the system's CJK fonts hidden (the surefire execution {@code without-system-cjk-fonts}).
 */
@ExtendWith(ApplicationExtension.class)
class CjkFontsTest {
    private static final int SIZE = 32;

    @Test
    void javaFxDrawsEveryChineseTextOfTheWindowWithAGlyphOfItsOwn() throws Exception {
        assertEquals(BundledFont.FAMILY, CjkFonts.family());
        ResourceBundle bundle = ResourceBundle.getBundle("lockstep.app.messages", Locale.SIMPLIFIED_CHINESE);
        List<String> texts = Collections.list(bundle.getKeys()).stream().map(bundle::getString).toList();
        List<Integer> han = ChineseGlyphs.hanOf(texts);
        assertTrue(han.size() > 300, "the window's texts are in Chinese: " + han.size());
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> problems(han)).get(60, TimeUnit.SECONDS);
        assertEquals(List.of(), problems);
    }

    /** A label whose text has Chinese (a program's string, in English) takes the bundled font by the stylesheet. */
    @Test
    void aLabelTakesTheBundledFontWhileItsTextHasChinese() throws Exception {
        CjkFonts.family();
        List<String> families = WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label("'Lockstep'");
            CjkRuns.mark(label);
            StackPane root = new StackPane(label);
            Scene scene = new Scene(root);
            scene.getStylesheets().add(CjkFontsTest.class.getResource("/lockstep/app/theme/app.css").toExternalForm());
            List<String> seen = new ArrayList<>();
            for (String text : List.of("'Lockstep'", "'你好，Lockstep！'", "'Lockstep'")) {
                label.setText(text);
                root.applyCss();
                seen.add(label.getFont().getFamily());
            }
            return seen;
        }).get(10, TimeUnit.SECONDS);
        assertNotEquals(BundledFont.FAMILY, families.get(0));
        assertEquals(List.of(families.get(0), BundledFont.FAMILY, families.get(0)), families);
    }

    private static List<String> problems(List<Integer> han) {
        Font font = Font.font(BundledFont.FAMILY, SIZE);
        List<String> problems = new ArrayList<>();
        if (!font.getName().equals("Lockstep Sans SC Regular")) {
            problems.add("JavaFX gives " + font.getName() + " for " + BundledFont.FAMILY);
        }
        int[] blank = ink(font, "");
        // U+20000, a Han character beyond GB 2312 that the bundled font lacks.
        int[] box = ink(font, "\uD840\uDC00");
        Map<Integer, Integer> drawnAs = new HashMap<>();
        for (int c : han) {
            String ch = Character.toString(c);
            int[] ink = ink(font, ch);
            Integer twin = drawnAs.putIfAbsent(Arrays.hashCode(ink), c);
            if (Arrays.equals(ink, blank)) {
                problems.add(ch + " leaves no ink");
            } else if (Arrays.equals(ink, box)) {
                problems.add(ch + " is drawn as a box");
            } else if (twin != null) {
                problems.add(ch + " is drawn as " + Character.toString(twin));
            }
        }
        return problems;
    }

    /** {@code text} drawn black on a white square. */
    private static int[] ink(Font font, String text) {
        Text glyphs = new Text(SIZE / 4.0, SIZE * 1.25, text);
        glyphs.setFont(font);
        Group square = new Group(new Rectangle(2 * SIZE, 2 * SIZE, Color.WHITE), glyphs);
        square.setClip(new Rectangle(2 * SIZE, 2 * SIZE));
        WritableImage image = square.snapshot(new SnapshotParameters(), null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }
}
