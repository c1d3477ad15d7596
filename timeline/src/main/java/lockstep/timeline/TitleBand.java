package lockstep.timeline;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The title over an exported picture: one line, as large as fits the width; a title too long even at the smallest
 * size ends with an ellipsis rather than running off the edge. No title makes no band.
 */
final class TitleBand {
    static final int TITLE_SIZE = 24;
    private static final int MIN_SIZE = 14;
    private static final int SIDE_PADDING = 16;
    private static final int TOP_PADDING = 14;
    private static final int BOTTOM_PADDING = 10;

    private final String text;
    private final Font font;
    private final int height;

    private TitleBand(String text, Font font, int height) {
        this.text = text;
        this.font = font;
        this.height = height;
    }

    /** The band for {@code title} (none when null or blank) across a picture {@code width} pixels wide. */
    static TitleBand of(String title, int width, TimelineFonts fonts, TextMeasure measure) {
        if (title == null || title.isBlank()) {
            return new TitleBand("", null, 0);
        }
        String text = title.strip();
        double room = width - 2.0 * SIDE_PADDING;
        Font base = fonts.forText(fonts.bold(), text);
        Font font = base.deriveFont((float) TITLE_SIZE);
        for (int size = TITLE_SIZE; size > MIN_SIZE && measure.width(font, text) > room; size--) {
            font = base.deriveFont((float) size - 1);
        }
        String shown = measure.fit(font, text, room);
        int lineHeight = (int) Math.ceil(font.getSize2D() * 1.3);
        return new TitleBand(shown, font, TOP_PADDING + lineHeight + BOTTOM_PADDING);
    }

    /** The band's height; 0 without a title. */
    int height() {
        return height;
    }

    String text() {
        return text;
    }

    /** Paints the band across the top of a picture {@code width} pixels wide. */
    void paint(Graphics2D g, int width, TimelineTheme theme) {
        if (height == 0) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(theme.palette().background());
        g.fill(new java.awt.Rectangle(0, 0, width, height));
        g.setColor(theme.palette().text());
        g.setFont(font);
        g.drawString(text, (float) SIDE_PADDING, (float) (TOP_PADDING + TextMeasure.ascent(font)));
    }
}
