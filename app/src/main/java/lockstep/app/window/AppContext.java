package lockstep.app.window;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.stage.Window;
import lockstep.app.i18n.I18n;

/**
 * What the window is started with: where it keeps its files, and how it asks the user for files and answers (the
 * native dialogs, or a test's stand-ins).
 *
 * @param configFolder     settings, recent files and the recovery copy
 * @param chooser          file dialogs; null for the native ones
 * @param prompts          questions; null for alerts
 * @param openOnStart      a scenario id or file to open first; null for the last one opened (or the first bundled)
 */
public record AppContext(Path configFolder, Function<Window, Chooser> chooser,
                         java.util.function.BiFunction<Window, I18n, Prompts> prompts, String openOnStart) {
    public Chooser chooserFor(Window owner) {
        return chooser != null ? chooser.apply(owner) : new FxChooser(owner);
    }

    public Prompts promptsFor(Window owner, I18n i18n) {
        return prompts != null ? prompts.apply(owner, i18n) : new FxPrompts(owner, i18n);
    }
}
