package lockstep.timeline;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether a font draws the Han characters of some texts as glyphs of their own rather than as its missing-glyph box:
 * each character maps to a glyph other than the missing one, and drawn alone it leaves ink that differs from the
 * missing glyph's and from every other character's. A font without Chinese fails all of these; one that draws every
 * character as the same box fails the last.
 */
public final class ChineseGlyphs {
    private static final int SIZE = 32;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private ChineseGlyphs() {}

    /** The Han characters of {@code texts}, each once, in code point order. */
    public static List<Integer> hanOf(Collection<String> texts) {
        TreeSet<Integer> han = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .forEach(han::add);
        }
        return new ArrayList<>(han);
    }

    /** What is wrong with {@code font}'s drawing of the Han characters of {@code texts}; empty when nothing is. */
    public static List<String> problems(Font font, Collection<String> texts) {
        Font sized = font.deriveFont(Font.PLAIN, SIZE);
        int missing = sized.getMissingGlyphCode();
        int[] box = ink(sized.createGlyphVector(CONTEXT, new int[] {missing}));
        Map<Integer, Integer> drawnAs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int c : hanOf(texts)) {
            String ch = Character.toString(c);
            GlyphVector glyphs = sized.createGlyphVector(CONTEXT, ch);
            int[] ink = ink(glyphs);
            Integer twin = drawnAs.putIfAbsent(Arrays.hashCode(ink), c);
            if (!sized.canDisplay(c) || glyphs.getGlyphCode(0) == missing) {
                problems.add(ch + " has no glyph in " + font.getFontName());
            } else if (Arrays.stream(ink).allMatch(p -> p == Color.WHITE.getRGB())) {
                problems.add(ch + " leaves no ink in " + font.getFontName());
            } else if (Arrays.equals(ink, box)) {
                problems.add(ch + " is drawn as the missing glyph of " + font.getFontName());
            } else if (twin != null) {
                problems.add(ch + " is drawn as " + Character.toString(twin) + " in " + font.getFontName());
            }
        }
        return problems;
    }

    /** The pixels of {@code glyphs} drawn black on white. */
    private static int[] ink(GlyphVector glyphs) {
        BufferedImage image = new BufferedImage(2 * SIZE, 2 * SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.drawGlyphVector(glyphs, SIZE / 4f, SIZE * 1.25f);
        } finally {
            g.dispose();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
