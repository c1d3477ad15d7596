/**
 * The timeline on screen: {@link lockstep.app.timeline.TimelineView}, a JavaFX canvas that draws the toolkit-free
 * timeline of {@code lockstep.timeline} through FXGraphics2D and adds the cursor, scrolling, zoom and hovering.
 */
package lockstep.app.timeline;
