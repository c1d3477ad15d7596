package lockstep.timeline;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import lockstep.sim.files.AtomicFiles;
import lockstep.sim.trace.Grain;
import org.jfree.svg.SVGGraphics2D;

/**
 * Timeline pictures for files: PNG at a scale (1×, 2×, 4×: the same picture with more pixels) and SVG, of the
 * whole run or a range of steps, at a size, theme and language, as a strip or a slide-shaped page (16:9, 4:3), with
 * a title or none, and the playhead only when asked for ({@link ExportPage} places the parts). Drawn by the same
 * {@link TimelinePainter} as the screen, with Java2D only, so it works without a display and starts no JavaFX
 * toolkit. Files are written atomically: a reader sees the old file or the new one, never half of one.
 */
public final class TimelineExporter {
    /** The largest picture, in pixels, an export makes: beyond it a PNG would exhaust memory. */
    public static final long MAX_PIXELS = 120_000_000L;
    public static final double MAX_SCALE = 4;

    /** The file formats. */
    public enum Format {
        PNG, SVG;

        /** The format named {@code png} or {@code svg} (any case), or null. */
        public static Format byName(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * What to draw and how.
     *
     * @param width      the picture's width in (unscaled) pixels
     * @param height     its height; 0 for the height that shows every lane (a page's height follows from its shape)
     * @param scale      pixels per unscaled pixel in a PNG (1 to {@link #MAX_SCALE}); an SVG ignores it
     * @param range      the steps to show; null for the whole run
     * @param cursorStep the playhead's step boundary; negative (the default) for none
     * @param title      the words over the timeline; null or blank for none
     * @param shape      the strip, or a slide-shaped page
     * @param grain      the grain the picture shows: the caller lays the model out at it ({@link TimelineModel#of(
     *                   lockstep.sim.RunResult, lockstep.sim.trace.Operations)}), library internals folded into the
     *                   operations at the operation and line grains
     */
    public record Settings(int width, int height, double scale, TimelineTheme theme, Locale locale, StepRange range,
                           long cursorStep, String title, PageShape shape, Grain grain) {
        public Settings {
            if (grain == null) {
                grain = Grain.MICRO_OP;
            }
            if (width < 200 || width > 16_384) {
                throw new IllegalArgumentException("the width must be from 200 to 16384 pixels, was " + width);
            }
            if (height != 0 && (height < 120 || height > 16_384)) {
                throw new IllegalArgumentException("the height must be from 120 to 16384 pixels, was " + height);
            }
            if (!(scale >= 1 && scale <= MAX_SCALE)) {
                throw new IllegalArgumentException("the scale must be from 1 to " + (int) MAX_SCALE + ", was " + scale);
            }
            if (shape == null) {
                shape = PageShape.STRIP;
            }
            if (shape.isPage() && height != 0) {
                throw new IllegalArgumentException("a " + shape.id() + " page's height follows from its width");
            }
            if (shape.isPage() && shape.heightFor(width) < 120) {
                throw new IllegalArgumentException("a " + shape.id() + " page " + width + " pixels wide would be "
                        + "less than 120 pixels tall");
            }
        }

        /** Every event drawn: what exports were before grains. */
        public Settings(int width, int height, double scale, TimelineTheme theme, Locale locale, StepRange range,
                        long cursorStep, String title, PageShape shape) {
            this(width, height, scale, theme, locale, range, cursorStep, title, shape, Grain.MICRO_OP);
        }

        /** A strip without a title of every event: what exports were before pages, titles and grains. */
        public Settings(int width, int height, double scale, TimelineTheme theme, Locale locale, StepRange range,
                        long cursorStep) {
            this(width, height, scale, theme, locale, range, cursorStep, null, PageShape.STRIP, Grain.MICRO_OP);
        }

        /** 1600 pixels wide, as tall as the lanes need, 1×, light, English, the whole run, no cursor, no title. */
        public static Settings defaults() {
            return new Settings(1600, 0, 1, TimelineTheme.LIGHT, Locale.ENGLISH, null, -1);
        }

        public Settings withSize(int newWidth, int newHeight) {
            return new Settings(newWidth, newHeight, scale, theme, locale, range, cursorStep, title, shape, grain);
        }

        public Settings withScale(double newScale) {
            return new Settings(width, height, newScale, theme, locale, range, cursorStep, title, shape, grain);
        }

        public Settings withTheme(TimelineTheme newTheme) {
            return new Settings(width, height, scale, newTheme, locale, range, cursorStep, title, shape, grain);
        }

        public Settings withLocale(Locale newLocale) {
            return new Settings(width, height, scale, theme, newLocale, range, cursorStep, title, shape, grain);
        }

        public Settings withRange(StepRange newRange) {
            return new Settings(width, height, scale, theme, locale, newRange, cursorStep, title, shape, grain);
        }

        /** With the playhead at step boundary {@code step}; a negative step leaves it out. */
        public Settings withCursor(long step) {
            return new Settings(width, height, scale, theme, locale, range, step, title, shape, grain);
        }

        /** With {@code newTitle} over the timeline; null or blank for none. */
        public Settings withTitle(String newTitle) {
            return new Settings(width, height, scale, theme, locale, range, cursorStep, newTitle, shape, grain);
        }

        /** In {@code newShape}; a page's height follows from the width, so a page drops a height asked for. */
        public Settings withShape(PageShape newShape) {
            return new Settings(width, newShape.isPage() ? 0 : height, scale, theme, locale, range, cursorStep,
                    title, newShape, grain);
        }

        /** At {@code newGrain}: the model drawn must be laid out at it. */
        public Settings withGrain(Grain newGrain) {
            return new Settings(width, height, scale, theme, locale, range, cursorStep, title, shape, newGrain);
        }
    }

    private TimelineExporter() {}

    /** The picture as an image of {@code width × scale} by {@code height × scale} pixels. */
    public static BufferedImage image(TimelineModel model, Settings settings) {
        TimelinePainter painter = new TimelinePainter(settings.theme(), settings.locale());
        ExportPage page = ExportPage.plan(painter, model, settings);
        long w = (long) Math.ceil(page.width() * settings.scale());
        long h = (long) Math.ceil(page.height() * settings.scale());
        if (w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("the picture would be " + w + " × " + h + " pixels, more than "
                    + MAX_PIXELS + "; choose a smaller size or scale");
        }
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(settings.scale(), settings.scale());
            page.paint(g, painter, model, settings);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as an SVG document. */
    public static String svg(TimelineModel model, Settings settings) {
        TimelinePainter painter = new TimelinePainter(settings.theme(), settings.locale());
        ExportPage page = ExportPage.plan(painter, model, settings);
        SVGGraphics2D g = new SVGGraphics2D(page.width(), page.height());
        // Fixed ids, so that the same timeline gives the same file; fallback families for viewers that lack ours.
        g.setDefsKeyPrefix("timeline-");
        g.setFontFunction(TimelineExporter::cssFontFamilies);
        page.paint(g, painter, model, settings);
        return g.getSVGDocument();
    }

    /** A family and the installed-elsewhere alternatives after it, as CSS: {@code "DejaVu Sans", Arial, sans-serif}. */
    private static String cssFontFamilies(String family) {
        java.util.List<String> families = new java.util.ArrayList<>();
        families.add(family);
        java.util.List<String> alternatives = TimelineFonts.CJK_FAMILIES.contains(family)
                ? TimelineFonts.CJK_FAMILIES : TimelineFonts.LATIN_FAMILIES;
        for (String alternative : alternatives) {
            if (!families.contains(alternative)) {
                families.add(alternative);
            }
        }
        StringBuilder css = new StringBuilder();
        for (String f : families) {
            css.append('"').append(f).append("\", ");
        }
        return css.append("sans-serif").toString();
    }

    /** Writes the picture to {@code target} atomically. */
    public static void write(TimelineModel model, Settings settings, Format format, Path target) throws IOException {
        if (format == Format.PNG) {
            BufferedImage image = image(model, settings);
            AtomicFiles.write(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer is available");
                }
            });
        } else {
            byte[] svg = svg(model, settings).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.bytes(target, svg);
        }
    }

    /** The viewport an export uses: the range asked for, or the whole run. */
    public static Viewport viewport(TimelinePainter painter, TimelineModel model, TimelineGeometry geometry,
                                    StepRange range) {
        Viewport viewport = new Viewport(model.totalSteps(), geometry.plotWidth());
        viewport.setEndPadding(painter.endPadding(model));
        if (range == null) {
            viewport.fit();
        } else {
            viewport.show(range);
        }
        return viewport;
    }
}
