/**
 * The JavaFX app. For now a placeholder window ({@link lockstep.app.LockstepApp}) that lists the bundled scenarios
 * and points to {@code lockstep run}; {@link lockstep.app.AppLauncher} starts it from the class path.
 */
package lockstep.app;
