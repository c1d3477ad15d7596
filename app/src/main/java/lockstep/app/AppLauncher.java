package lockstep.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import lockstep.cli.Main;

/**
 * The launcher's entry point: the command line, which opens the app when given no command. A main class that is not
 * an {@link Application} lets JavaFX start from a plain class path, without a module path.
 */
public final class AppLauncher {
    /**
     * JavaFX's logger, held so that its level sticks: it warns on every start from the class path ("Unsupported
     * JavaFX configuration"), which is how Lockstep runs on purpose.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private AppLauncher() {}

    public static void main(String[] args) {
        Main.run(args, () -> openWindow(args));
    }

    /** Opens the window and returns when it closes. */
    static void openWindow(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(LockstepApp.class, args);
    }
}
