/**
 * The timeline: a lane per thread grouped by process (asyncio tasks inside their thread, a lane per core and for each
 * process's GIL when they apply), coloured by state, with markers, arrows, races and the deadlock cycle.
 *
 * <p>Three layers with clean seams. {@link lockstep.timeline.TimelineLayout} turns a run's trace into a
 * {@link lockstep.timeline.TimelineModel} once (pure: no JavaFX, no AWT, testable without a toolkit), and
 * {@link lockstep.timeline.Viewport} and {@link lockstep.timeline.TimelineGeometry} map steps and lanes to
 * pixels and back. {@link lockstep.timeline.TimelinePainter} draws a model on any {@code java.awt.Graphics2D}:
 * a JavaFX canvas through FXGraphics2D (the app's {@code lockstep.app.timeline.TimelineView}), a {@code BufferedImage} for PNG
 * and JFreeSVG for SVG ({@link lockstep.timeline.TimelineExporter}), so every target shows the same picture.
 * This module knows nothing of JavaFX (the app's view sits on top of it); the export path runs headless.
 *
 * <p>The x axis is the step: stepping, the cursor and click-to-jump are all in steps, and unlike virtual time it
 * has no empty stretches while every thread sleeps and no ties between the cores of one tick. The axis also shows
 * the virtual time at each tick, and marks where the clock jumps.
 */
package lockstep.timeline;
