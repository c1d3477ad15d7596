package lockstep.timeline;

import java.awt.Color;
import java.util.Locale;

/**
 * The timeline's palettes: light and dark (after GitHub's Primer colours, as AtlantaFX's Primer themes use), and a
 * high-contrast one for projectors (black ground, saturated colours, thicker lines). States keep the same meaning
 * in every theme: green runs, amber is ready, orange is blocked on a lock, purple waits for a signal, blue sleeps;
 * red is kept for problems: races and deadlocks.
 */
public enum TimelineTheme {
    LIGHT(new Palette(
            rgb(0xffffff), rgb(0xf6f8fa), rgb(0xeaeef2), rgb(0xf6f8fa), rgb(0xd0d7de), rgb(0xeaeef2),
            rgb(0x1f2328), rgb(0x656d76),
            new Color[] {rgb(0x2da44e), rgb(0xd4a72c), rgb(0xe16f24), rgb(0x8250df), rgb(0x218bff), rgb(0xafb8c1)},
            rgb(0xcf222e), rgb(0xa40e26), rgb(0xbf3989),
            new Color[] {rgb(0x57606a), rgb(0x8250df), rgb(0x0969da), rgb(0x0969da), rgb(0x8c959f), rgb(0x1a7f37), rgb(0x9a6700)},
            ThreadColors.LIGHT, 1f)),
    DARK(new Palette(
            rgb(0x0d1117), rgb(0x161b22), rgb(0x21262d), rgb(0x11161d), rgb(0x30363d), rgb(0x1c2128),
            rgb(0xe6edf3), rgb(0x8d96a0),
            new Color[] {rgb(0x3fb950), rgb(0xd29922), rgb(0xf0883e), rgb(0xa371f7), rgb(0x58a6ff), rgb(0x484f58)},
            rgb(0xff7b72), rgb(0xf85149), rgb(0xf778ba),
            new Color[] {rgb(0xc9d1d9), rgb(0xbc8cff), rgb(0x79c0ff), rgb(0x79c0ff), rgb(0x6e7681), rgb(0x56d364), rgb(0xe3b341)},
            ThreadColors.DARK, 1f)),
    HIGH_CONTRAST(new Palette(
            rgb(0x000000), rgb(0x000000), rgb(0x1f1f1f), rgb(0x000000), rgb(0xffffff), rgb(0x333333),
            rgb(0xffffff), rgb(0xe0e0e0),
            new Color[] {rgb(0x00e676), rgb(0xffea00), rgb(0xff9100), rgb(0xea80fc), rgb(0x40c4ff), rgb(0x9e9e9e)},
            rgb(0xff1744), rgb(0xff1744), rgb(0x18ffff),
            new Color[] {rgb(0xffffff), rgb(0xea80fc), rgb(0x40c4ff), rgb(0x40c4ff), rgb(0xbdbdbd), rgb(0x00e676), rgb(0xffd600)},
            ThreadColors.DARK, 1.5f));

    /**
     * Every colour the painter uses.
     *
     * @param background  the picture's ground
     * @param gutter      behind the lane labels
     * @param header      behind a group's heading
     * @param laneStripe  every other lane, faintly
     * @param rule        lines between areas, tick marks
     * @param grid        vertical lines at the axis ticks
     * @param text        labels and markers
     * @param mutedText   secondary labels (times, headings' details)
     * @param states      a colour per {@link BarState}, by ordinal
     * @param race        races
     * @param deadlock    the deadlock cycle
     * @param cursor      the cursor
     * @param arrows      a colour per {@link ArrowKind}, by ordinal
     * @param threads     a colour per thread (by its order of birth, cycling), for core and GIL bars and swatches
     * @param lineScale   how much thicker lines are drawn
     */
    public record Palette(Color background, Color gutter, Color header, Color laneStripe, Color rule, Color grid,
                          Color text, Color mutedText, Color[] states, Color race, Color deadlock, Color cursor,
                          Color[] arrows, Color[] threads, float lineScale) {}

    private final Palette palette;

    TimelineTheme(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    public Color state(BarState state) {
        return palette.states()[state.ordinal()];
    }

    public Color arrow(ArrowKind kind) {
        return palette.arrows()[kind.ordinal()];
    }

    /** The colour of the thread with this colour index (its order of birth), the same in every view. */
    public Color thread(int colorIndex) {
        Color[] colors = palette.threads();
        return colors[Math.floorMod(colorIndex, colors.length)];
    }

    /** Black or white, whichever reads better on {@code ground}. */
    public static Color textOn(Color ground) {
        double luminance = (0.299 * ground.getRed() + 0.587 * ground.getGreen() + 0.114 * ground.getBlue()) / 255;
        return luminance > 0.6 ? new Color(0x1f2328) : Color.WHITE;
    }

    /** The theme named on the command line: {@code light}, {@code dark} or {@code contrast}; null for others. */
    public static TimelineTheme byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            case "contrast", "high-contrast" -> HIGH_CONTRAST;
            default -> null;
        };
    }

    /** Thread colours (Tableau 10, and a lighter set for dark grounds), in a holder the constants can refer to. */
    private static final class ThreadColors {
        static final Color[] LIGHT = {rgb(0x4e79a7), rgb(0xf28e2b), rgb(0x59a14f), rgb(0xe15759),
            rgb(0x76b7b2), rgb(0xb07aa1), rgb(0xedc948), rgb(0x9c755f), rgb(0xff9da7), rgb(0x79706e)};
        static final Color[] DARK = {rgb(0x6fa8dc), rgb(0xffa94d), rgb(0x8ce99a), rgb(0xff8787),
            rgb(0x66d9e8), rgb(0xd0a9f5), rgb(0xffe066), rgb(0xc9a68a), rgb(0xffc9d6), rgb(0xced4da)};
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
