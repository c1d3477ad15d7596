package lockstep.timeline;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Run in a JVM of its own by {@link ChineseWithoutSystemFontsTest}: exports the Chinese picture of a scenario to the
 * file named by its first argument, and prints every font family here that can display Chinese, one a line.
 */
public final class ChineseExportProbe {
    private ChineseExportProbe() {}

    public static void main(String[] args) throws IOException {
        ChineseWithoutSystemFontsTest.export(Path.of(args[0]));
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            if (new Font(family, Font.PLAIN, 13).canDisplay('中')) {
                System.out.println(family);
            }
        }
    }
}
