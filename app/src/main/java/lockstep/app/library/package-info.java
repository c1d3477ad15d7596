/**
 * The scenario library: every bundled scenario grouped by {@link lockstep.app.library.Topic}, searchable by title
 * (in either language), id and tags, with titles in the current language
 * ({@link lockstep.app.library.ScenarioLibrary}).
 */
package lockstep.app.library;
