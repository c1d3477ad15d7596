package lockstep.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.i18n.I18n;
import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.StopReason;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The outcome table's picture: every row, at its own width and twice its size, in either language. */
class OutcomePictureTest {
    private static ExploreFinished.Done done(ExploreResult result) throws Exception {
        String program = "title = 1\n";
        ScenarioDocument doc = ScenarioDocument.bundled(ScenarioLoader.load("lost.py", program), "lost.py", program);
        return new ExploreFinished.Done(new ExploreRequest(doc, program, RunOptions.defaults(),
                ExploreOptions.defaults()), result);
    }

    @Test
    void everyRowIsDrawnWhateverTheLanguage() throws Exception {
        ExploreResult result = Outcomes.result(StopReason.EXHAUSTED, Outcomes.lostUpdate(5, 7, 10_826),
                Outcomes.lostUpdate(5, 6, 9_826), Outcomes.lostUpdate(5, 8, 6_682), Outcomes.lostUpdate(5, 2, 2),
                Outcomes.deadlock(3, "Thread-1 → lock a → Thread-2 → lock b → Thread-1"));
        Path out = Path.of("target", "explore-pictures");
        Files.createDirectories(out);
        int height = -1;
        for (I18n i18n : new I18n[] {new I18n(I18n.ENGLISH), new I18n(I18n.CHINESE)}) {
            BufferedImage image = new OutcomePicture(done(result), i18n).draw();
            ImageIO.write(image, "png", out.resolve("outcomes-" + i18n.language() + ".png").toFile());
            assertEquals(OutcomePicture.WIDTH * OutcomePicture.SCALE, image.getWidth());
            // The title, three notes of one line each, the heading and five rows.
            assertEquals((24 + 30 + 3 * 20 + 14 + 26 * 6 + 24) * OutcomePicture.SCALE, image.getHeight(),
                    i18n.language());
            height = image.getHeight();
            // The bar of the most frequent outcome (31%) is drawn in the accent colour.
            int barY = (24 + 30 + 3 * 20 + 14 + 26 + 13) * OutcomePicture.SCALE;
            int barX = (24 + 110 + 6 + 10) * OutcomePicture.SCALE;
            assertEquals(0x0969da, image.getRGB(barX, barY) & 0xffffff);
            assertNotEquals(0x0969da, image.getRGB((24 + 110 + 6 + 60) * OutcomePicture.SCALE, barY) & 0xffffff);
        }
        assertNotEquals(-1, height);
    }
}
