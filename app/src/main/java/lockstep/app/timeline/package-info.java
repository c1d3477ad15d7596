/**
 * The timeline: a lane per thread grouped by process (asyncio tasks inside their thread, a lane per core and for each
 * process's GIL when they apply), coloured by state, with markers, arrows, races and the deadlock cycle.
 *
 * <p>Three layers with clean seams. {@link lockstep.app.timeline.TimelineLayout} turns a run's trace into a
 * {@link lockstep.app.timeline.TimelineModel} once (pure: no JavaFX, no AWT, testable without a toolkit), and
 * {@link lockstep.app.timeline.Viewport} and {@link lockstep.app.timeline.TimelineGeometry} map steps and lanes to
 * pixels and back. {@link lockstep.app.timeline.TimelinePainter} draws a model on any {@code java.awt.Graphics2D}:
 * a JavaFX canvas through FXGraphics2D ({@link lockstep.app.timeline.TimelineView}), a {@code BufferedImage} for PNG
 * and JFreeSVG for SVG ({@link lockstep.app.timeline.TimelineExporter}), so every target shows the same picture.
 * Only {@code TimelineView} touches JavaFX; the export path runs headless without starting a toolkit.
 *
 * <p>The x axis is the step: stepping, the cursor and click-to-jump are all in steps, and unlike virtual time it
 * has no empty stretches while every thread sleeps and no ties between the cores of one tick. The axis also shows
 * the virtual time at each tick, and marks where the clock jumps.
 */
package lockstep.app.timeline;
