/**
 * The controls: the playback bar ({@link lockstep.app.controls.PlaybackBar}), the scheduler settings
 * ({@link lockstep.app.controls.SchedulerPanel}) and the keyboard shortcuts that reach every command
 * ({@link lockstep.app.controls.Shortcuts}).
 */
package lockstep.app.controls;
