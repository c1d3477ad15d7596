package lockstep.timeline;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The CJK font shipped in this module, Lockstep Sans SC (a subset of Noto Sans S Chinese keeping all of GB 2312; see
 * {@code font/NOTICE.txt} beside it), so that Chinese never depends on the fonts a machine happens to have. Java2D
 * finds it by family name once {@link #family()} has registered it; the app hands {@link #open()} to JavaFX.
 */
public final class BundledFont {
    /** The family name, the same in Java2D, JavaFX and the SVG's font list. */
    public static final String FAMILY = "Lockstep Sans SC";
    private static final String RESOURCE = "font/LockstepSansSC-Regular.otf";

    private BundledFont() {}

    /** The family, registered with Java2D on the first call (the class loader's lock makes that happen once). */
    public static String family() {
        return Registered.FAMILY;
    }

    /** The font file, for a toolkit that loads fonts itself. The caller closes it. */
    public static InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the class path");
        }
        return in;
    }

    /** Holder: initialised, and so registered, on first use. */
    private static final class Registered {
        static final String FAMILY = register();
    }

    private static String register() {
        Font font;
        try (InputStream in = open()) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + RESOURCE + " is not a font", e);
        }
        if (!font.getFamily(Locale.ROOT).equals(FAMILY)) {
            throw new IllegalStateException("the bundled font's family is " + font.getFamily(Locale.ROOT)
                    + ", not " + FAMILY);
        }
        // False when a font of that name is registered already (installed by the user): the same font then.
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        return FAMILY;
    }
}
