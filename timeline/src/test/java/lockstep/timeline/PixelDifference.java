package lockstep.timeline;

import java.awt.image.BufferedImage;

/**
 * How two pictures of the same size differ. JavaFX (the screen, through FXGraphics2D) and Java2D (an export)
 * rasterize the same drawing commands with different anti-aliasing: rectangles on whole pixels come out identical,
 * but the edges of glyphs and curves differ in shade and may shift by a fraction of a pixel. So besides counting
 * differing pixels this counts the pixels that neither picture explains: a pixel of one picture is explained when
 * the other has a pixel of nearly the same colour within {@link #SHIFT} pixels. A missing or moved bar, marker,
 * label or arrow leaves unexplained pixels; smoothing does not.
 */
public record PixelDifference(long pixels, long differing, long unexplained) {
    /** A channel difference up to this is a shade of anti-aliasing. */
    static final int TOLERANCE = 40;
    /** How far, in pixels, a glyph's edge may move between the two rasterizers. */
    static final int SHIFT = 1;

    public static PixelDifference of(BufferedImage a, BufferedImage b) {
        int w = a.getWidth();
        int h = a.getHeight();
        int[] pa = a.getRGB(0, 0, w, h, null, 0, w);
        int[] pb = b.getRGB(0, 0, w, h, null, 0, w);
        long differing = 0;
        long unexplained = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (distance(pa[i], pb[i]) == 0) {
                    continue;
                }
                differing++;
                if (!near(pa[i], pb, x, y, w, h) || !near(pb[i], pa, x, y, w, h)) {
                    unexplained++;
                }
            }
        }
        return new PixelDifference((long) w * h, differing, unexplained);
    }

    /** Whether {@code image} has a pixel close to {@code color} within {@link #SHIFT} of (x, y). */
    private static boolean near(int color, int[] image, int x, int y, int w, int h) {
        for (int dy = -SHIFT; dy <= SHIFT; dy++) {
            for (int dx = -SHIFT; dx <= SHIFT; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && distance(color, image[ny * w + nx]) <= TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int distance(int p, int q) {
        return Math.max(Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)),
                Math.max(Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff)), Math.abs((p & 0xff) - (q & 0xff))));
    }
}
