package lockstep.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.Image;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.sim.trace.Grain;
import lockstep.timeline.PageShape;

/** Writes the timeline of a run as a picture; what File → Export calls. */
public interface TimelineExport {
    enum Format { PNG, SVG }

    /**
     * What to export.
     *
     * @param format       PNG or SVG
     * @param scale        1, 2 or 4 (PNG pixels per point)
     * @param visibleOnly  the range shown on screen, or the whole run
     * @param visibleRange the first and last-plus-one step shown on screen
     * @param cursor       the cursor's position
     * @param theme        the colours
     * @param locale       the language of the labels
     * @param title        the words over the timeline; null for none
     * @param shape        the strip, or a 16:9 or 4:3 page
     * @param playhead     whether the playhead is drawn at {@code cursor}
     * @param grain        operation or line: library internals folded into the operations (once the run's groups are
     *                     known); micro-op: every event
     */
    record Request(Format format, int scale, boolean visibleOnly, long[] visibleRange, long cursor, Theme theme,
                   Locale locale, String title, PageShape shape, boolean playhead, Grain grain) {
        public Request {
            if (grain == null) {
                grain = Grain.MICRO_OP;
            }
        }

        /** Every event drawn: what a request was before grains. */
        public Request(Format format, int scale, boolean visibleOnly, long[] visibleRange, long cursor, Theme theme,
                       Locale locale, String title, PageShape shape, boolean playhead) {
            this(format, scale, visibleOnly, visibleRange, cursor, theme, locale, title, shape, playhead,
                    Grain.MICRO_OP);
        }

        /** A strip without a title or playhead, of every event. */
        public Request(Format format, int scale, boolean visibleOnly, long[] visibleRange, long cursor, Theme theme,
                       Locale locale) {
            this(format, scale, visibleOnly, visibleRange, cursor, theme, locale, null, PageShape.STRIP, false);
        }
    }

    boolean supports(Format format);

    /** Whether theme and language can differ from the screen's. */
    boolean supportsOwnStyle();

    /** A picture of what {@link #write} would write (at scale 1). */
    Image preview(RunSession run, Request request);

    /** Writes the picture to {@code target} atomically. */
    void write(RunSession run, Request request, Path target) throws IOException;
}
