package lockstep.timeline;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Text widths from Java2D's font metrics, whatever the target: the screen (FXGraphics2D), a PNG and an SVG lay
 * text out from the same numbers, so their layouts agree to the pixel. Widths are cached: lane and object names
 * repeat on every redraw.
 */
final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final int CACHE_LIMIT = 20_000;

    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double width(Font font, String text) {
        Map<String, Double> byText = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double width = byText.get(text);
        if (width == null) {
            width = font.getStringBounds(text, CONTEXT).getWidth();
            if (byText.size() > CACHE_LIMIT) {
                byText.clear();
            }
            byText.put(text, width);
        }
        return width;
    }

    /** The height above the baseline of capital letters, to centre text on a line. */
    static double ascent(Font font) {
        return font.getLineMetrics("Hg", CONTEXT).getAscent();
    }

    /** {@code text}, cut with an ellipsis to fit {@code maxWidth}; empty when not even that fits. */
    String fit(Font font, String text, double maxWidth) {
        if (width(font, text) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(font, text.substring(0, mid) + ellipsis) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo) + ellipsis;
    }
}
