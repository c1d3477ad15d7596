/**
 * What the app keeps between runs, under the user's configuration folder ({@code $XDG_CONFIG_HOME/lockstep} or
 * {@code ~/.config/lockstep}; the {@code lockstep.config.dir} system property overrides it, which tests use):
 * settings ({@link lockstep.app.config.UserSettings}), recent files ({@link lockstep.app.config.RecentFiles}) and
 * the recovery copy of unsaved edits ({@link lockstep.app.config.RecoveryStore}). Every file is written atomically
 * ({@link lockstep.sim.files.AtomicFiles}).
 */
package lockstep.app.config;
