package lockstep.app.explore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lockstep.sim.files.AtomicFiles;
import lockstep.app.i18n.I18n;

/** Writes the outcome table to a file, atomically: as CSV, or as a PNG picture. */
public final class OutcomeExport {
    private OutcomeExport() {}

    /** The table of the last search as CSV; false when there is none. */
    public static boolean writeCsv(Exploration exploration, Path target) throws IOException {
        if (!(exploration.finishedProperty().get() instanceof ExploreFinished.Done done)) {
            return false;
        }
        AtomicFiles.text(target, OutcomeCsv.write(done.result()));
        return true;
    }

    /** The table of the last search as a PNG picture in the app's language; false when there is none. */
    public static boolean writePicture(Exploration exploration, I18n i18n, Path target) throws IOException {
        if (!(exploration.finishedProperty().get() instanceof ExploreFinished.Done done)) {
            return false;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new OutcomePicture(done, i18n).draw(), "png", png);
        AtomicFiles.bytes(target, png.toByteArray());
        return true;
    }

    /** A file name for the export of the open scenario's outcomes: {@code <id>-outcomes.csv} or {@code .png}. */
    public static String suggestedName(Exploration exploration, String extension) {
        ExploreFinished last = exploration.finishedProperty().get();
        String id = last == null ? "lockstep" : last.request().document().scenario().id();
        return id + "-outcomes." + extension;
    }
}
