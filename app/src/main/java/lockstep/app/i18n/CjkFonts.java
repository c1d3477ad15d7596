package lockstep.app.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import lockstep.timeline.BundledFont;

/**
 * The family that renders Simplified Chinese in the window: the timeline module's {@link BundledFont}, loaded into
 * JavaFX, since JavaFX's default font shows boxes for Chinese on a stock Linux. The app loads it at start, before any
 * scene is built; {@link #family()} loads it on first use too, for views made without the app (tests). The family
 * name is the one Java2D registers, so the timeline on screen (through FXGraphics2D) and its exports draw Chinese
 * with the same font.
 */
public final class CjkFonts {
    private CjkFonts() {}

    /** The bundled CJK family, loaded into JavaFX on the first call. */
    public static String family() {
        return Loaded.FAMILY;
    }

    /** Holder: initialised, and so loaded, once, on first use (the class loader's lock). */
    private static final class Loaded {
        static final String FAMILY = load();
    }

    private static String load() {
        Font font;
        try (InputStream in = BundledFont.open()) {
            font = Font.loadFont(in, Font.getDefault().getSize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font", e);
        }
        if (font == null || !font.getFamily().equals(BundledFont.FAMILY)) {
            throw new IllegalStateException("JavaFX did not load the bundled font " + BundledFont.FAMILY + ": " + font);
        }
        // Java2D too: the timeline's painter and the picture exports name the family.
        BundledFont.family();
        return font.getFamily();
    }
}
