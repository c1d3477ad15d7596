package lockstep.app.theme;

import javafx.scene.paint.Color;
import lockstep.timeline.TimelineTheme;

/**
 * The colour of each thread by its colour index, the same in every view: the timeline's thread colours (Tableau
 * 10, mid-tones that read on light and dark grounds alike), repeating after ten threads.
 */
public final class ThreadPalette {
    private ThreadPalette() {}

    public static Color colour(int colourIndex) {
        java.awt.Color c = TimelineTheme.LIGHT.thread(colourIndex);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance > 0.55 ? Color.BLACK : Color.WHITE;
    }

    /** A colour as CSS text, {@code #rrggbb}. */
    public static String css(Color colour) {
        return String.format("#%02x%02x%02x", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }
}
