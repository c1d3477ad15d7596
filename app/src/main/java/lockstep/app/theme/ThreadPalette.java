package lockstep.app.theme;

import javafx.scene.paint.Color;

/**
 * The colour of each thread, by its order of appearance, the same in every view. Mid-tone colours that read on
 * light, dark and high-contrast backgrounds alike (Tableau 10); they repeat after ten threads.
 */
public final class ThreadPalette {
    private static final Color[] COLOURS = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
        Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#bab0ac"),
    };

    private ThreadPalette() {}

    public static Color colour(int threadIndex) {
        return COLOURS[Math.floorMod(threadIndex, COLOURS.length)];
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
