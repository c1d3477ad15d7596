/**
 * Explore in the app: every schedule of the open program searched off the JavaFX thread ({@link
 * lockstep.app.explore.ExploreService}), the search's settings and findings as a model ({@link
 * lockstep.app.explore.Exploration}), and the panel that lists the outcomes with their counts and shares
 * ({@link lockstep.app.explore.ExplorePanel}); choosing an outcome replays its example schedule on the timeline.
 * The outcome table exports as CSV ({@link lockstep.app.explore.OutcomeCsv}) and as a picture drawn with Java2D
 * ({@link lockstep.app.explore.OutcomePicture}).
 */
package lockstep.app.explore;
