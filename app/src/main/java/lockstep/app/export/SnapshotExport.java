package lockstep.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import lockstep.app.config.AtomicWrite;
import lockstep.app.simulation.RunSession;

/**
 * Exports the timeline as it is on screen, as a PNG at the chosen scale: a snapshot of the timeline's node. Stands
 * in until the timeline's own exporter (SVG, the whole run, any theme and language) is plugged in.
 */
public final class SnapshotExport implements TimelineExport {
    private final Node timeline;

    public SnapshotExport(Node timeline) {
        this.timeline = timeline;
    }

    @Override
    public boolean supports(Format format) {
        return format == Format.PNG;
    }

    @Override
    public boolean supportsOwnStyle() {
        return false;
    }

    @Override
    public Image preview(RunSession run, Request request) {
        return snapshot(1);
    }

    @Override
    public void write(RunSession run, Request request, Path target) throws IOException {
        if (request.format() != Format.PNG) {
            throw new IOException("only PNG can be exported from the screen");
        }
        WritableImage image = snapshot(Math.max(1, request.scale()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        AtomicWrite.bytes(target, png.toByteArray());
    }

    private WritableImage snapshot(int scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return timeline.snapshot(parameters, null);
    }
}
