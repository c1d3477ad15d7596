package lockstep.timeline;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fonts of a timeline picture, by family name so that Java2D, JavaFX (through FXGraphics2D) and SVG viewers
 * all find the same one. Chinese needs a CJK family named explicitly (with the JDK's logical fonts it shows as
 * boxes): always the {@link BundledFont}, so that a Chinese picture is the same whatever fonts a machine has. Other
 * text uses the first installed of {@link #LATIN_FAMILIES} (the bundled font where none is), and the bundled font
 * for any label its glyphs lack (a thread named in Chinese).
 */
public final class TimelineFonts {
    /**
     * Families with Chinese glyphs, in order of preference: the bundled one (registered before any lookup, so always
     * installed), then what an SVG viewer without it may have.
     */
    public static final List<String> CJK_FAMILIES =
            List.of(BundledFont.FAMILY, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");
    /** Families for Latin text, in order of preference. */
    public static final List<String> LATIN_FAMILIES =
            List.of("DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans");

    public static final int LABEL_SIZE = 13;
    public static final int SMALL_SIZE = 11;

    private static volatile Set<String> installed;

    private final Font label;
    private final Font bold;
    private final Font small;
    private final Font smallBold;
    private final String fallbackFamily;

    private TimelineFonts(String family, String fallbackFamily, int boldStyle) {
        this.label = new Font(family, Font.PLAIN, LABEL_SIZE);
        this.bold = new Font(family, boldStyle, LABEL_SIZE);
        this.small = new Font(family, Font.PLAIN, SMALL_SIZE);
        this.smallBold = new Font(family, boldStyle, SMALL_SIZE);
        this.fallbackFamily = fallbackFamily;
    }

    /**
     * The fonts for a language: a CJK family for Chinese, a Latin one otherwise. Chinese headings are not bold:
     * CJK families often have no bold face, and Java2D and JavaFX embolden a regular one differently, which would
     * make the screen and an export differ.
     */
    public static TimelineFonts forLocale(Locale locale) {
        String cjk = BundledFont.family();
        if (locale.getLanguage().equals(Locale.CHINESE.getLanguage())) {
            return new TimelineFonts(cjk, cjk, Font.PLAIN);
        }
        return new TimelineFonts(firstInstalled(LATIN_FAMILIES, cjk), cjk, Font.BOLD);
    }

    /** The first of {@code families} installed here, or {@code otherwise}. */
    public static String firstInstalled(List<String> families, String otherwise) {
        Set<String> names = installed();
        for (String family : families) {
            if (names.contains(family)) {
                return family;
            }
        }
        return otherwise;
    }

    private static Set<String> installed() {
        Set<String> names = installed;
        if (names == null) {
            BundledFont.family();
            names = new TreeSet<>(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)));
            installed = names;
        }
        return names;
    }

    public Font label() {
        return label;
    }

    public Font bold() {
        return bold;
    }

    public Font small() {
        return small;
    }

    public Font smallBold() {
        return smallBold;
    }

    /** {@code font}, or the same style in the CJK family when {@code font} lacks a glyph of {@code text}. */
    public Font forText(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0 || font.getFamily(Locale.ROOT).equals(fallbackFamily)) {
            return font;
        }
        return new Font(fallbackFamily, font.getStyle(), font.getSize());
    }
}
