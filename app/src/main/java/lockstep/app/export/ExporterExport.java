package lockstep.app.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import lockstep.app.simulation.RunSession;
import lockstep.timeline.PageShape;
import lockstep.timeline.TimelineExporter;
import lockstep.app.timeline.TimelineView;

/**
 * File → Export through the timeline's {@link TimelineExporter}: the same painter as the screen, at the view's size,
 * for the whole run or exactly the range the view shows, in any theme and language, as a strip or a page, with a
 * title and the playhead when asked for; PNG at 1×, 2× or 4×, or SVG.
 */
public final class ExporterExport implements TimelineExport {
    private final TimelineView view;

    public ExporterExport(TimelineView view) {
        this.view = view;
    }

    @Override
    public boolean supports(Format format) {
        return true;
    }

    @Override
    public boolean supportsOwnStyle() {
        return true;
    }

    @Override
    public Image preview(RunSession run, Request request) {
        return SwingFXUtils.toFXImage(TimelineExporter.image(run.timeline(), settings(request).withScale(1)), null);
    }

    @Override
    public void write(RunSession run, Request request, Path target) throws IOException {
        TimelineExporter.write(run.timeline(), settings(request),
                request.format() == Format.SVG ? TimelineExporter.Format.SVG : TimelineExporter.Format.PNG, target);
    }

    /**
     * The view's settings (its width, and its height for the strip; the visible range; the cursor) with the
     * request's choices. The playhead is left out unless the request asks for it.
     */
    TimelineExporter.Settings settings(Request request) {
        TimelineExporter.Settings settings = view.exportSettings()
                .withTheme(request.theme().timelineTheme())
                .withLocale(request.locale())
                .withScale(request.format() == Format.PNG ? request.scale() : 1)
                .withTitle(request.title())
                .withShape(request.shape() == null ? PageShape.STRIP : request.shape())
                .withCursor(request.playhead() ? request.cursor() : -1);
        return request.visibleOnly() ? settings : settings.withRange(null);
    }
}
