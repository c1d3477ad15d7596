/**
 * The JavaFX app: {@link lockstep.app.LockstepApp} opens the {@link lockstep.app.window.MainWindow};
 * {@link lockstep.app.AppLauncher} starts it from the class path. The window's parts live in the sub-packages:
 * models ({@code model}), simulation off the JavaFX thread ({@code simulation}), the views ({@code library},
 * {@code editor}, {@code panels}, {@code controls}, {@code export}), look and language ({@code theme},
 * {@code i18n}), and what is kept between runs ({@code config}, {@code document}).
 */
package lockstep.app;
