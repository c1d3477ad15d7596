package lockstep.app;

import javafx.application.Application;

/**
 * Starts the app. A main class that is not an {@link Application} lets JavaFX start from a plain class path,
 * without a module path.
 */
public final class AppLauncher {
    private AppLauncher() {}

    public static void main(String[] args) {
        Application.launch(LockstepApp.class, args);
    }
}
