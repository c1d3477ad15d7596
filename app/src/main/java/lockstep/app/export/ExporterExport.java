package lockstep.app.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import java.util.function.Supplier;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.timeline.PageShape;
import lockstep.timeline.TimelineExporter;
import lockstep.timeline.TimelineModel;
import lockstep.app.timeline.TimelineView;

/**
 * File → Export through the timeline's {@link TimelineExporter}: the same painter as the screen, at the view's size,
 * for the whole run or exactly the range the view shows, in any theme and language, as a strip or a page, with a
 * title and the playhead when asked for, at the grain asked for (library internals folded at the operation and line
 * grains); PNG at 1×, 2× or 4×, or SVG.
 */
public final class ExporterExport implements TimelineExport {
    private final TimelineView view;
    private final Supplier<RunGrains> grains;

    /** An exporter that draws every event, whatever the grain asked for. */
    public ExporterExport(TimelineView view) {
        this(view, () -> null);
    }

    /**
     * An exporter that draws the request's grain from the shown run's groups ({@code grains}, null while they are
     * computed: then every event is drawn).
     */
    public ExporterExport(TimelineView view, Supplier<RunGrains> grains) {
        this.view = view;
        this.grains = grains;
    }

    /** The run laid out at the request's grain, when its groups are known; every event otherwise. */
    private TimelineModel model(RunSession run, Request request) {
        RunGrains known = grains.get();
        return known != null && known.session() == run ? known.timeline(request.grain()) : run.timeline();
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
        return SwingFXUtils.toFXImage(TimelineExporter.image(model(run, request), settings(request).withScale(1)), null);
    }

    @Override
    public void write(RunSession run, Request request, Path target) throws IOException {
        TimelineExporter.write(model(run, request), settings(request),
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
                .withCursor(request.playhead() ? request.cursor() : -1)
                .withGrain(request.grain());
        return request.visibleOnly() ? settings : settings.withRange(null);
    }
}
