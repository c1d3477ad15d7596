/**
 * The panels beside the program, each following the {@link lockstep.app.model.PlaybackController}: the narration of
 * the current step with the scenario's introduction and the verdicts on its expectations
 * ({@link lockstep.app.panels.NarrationPanel}), the threads and, in manual mode, the choice of the next one
 * ({@link lockstep.app.panels.ThreadsPanel}), and what the program has printed so far
 * ({@link lockstep.app.panels.OutputPanel}).
 */
package lockstep.app.panels;
