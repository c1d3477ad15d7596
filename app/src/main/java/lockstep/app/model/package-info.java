/**
 * The window's models, properties and commands without any view: the {@link lockstep.app.model.Workspace} (the
 * open document, the edited program, the scheduler settings, simulation, manual mode) and the
 * {@link lockstep.app.model.PlaybackController} (the cursor over the run, play and pause, speed, jumps to events)
 * that every panel follows.
 */
package lockstep.app.model;
