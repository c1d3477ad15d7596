package lockstep.app.editor;

import javafx.scene.paint.Color;

/**
 * A thread shown at a line of the program: its label, its colour, and whether it runs the next step.
 *
 * @param line     the 1-based program line
 * @param label    the thread's name as shown
 * @param colour   the thread's colour
 * @param runsNext whether this thread runs the step about to run
 */
public record ThreadMarker(int line, String label, Color colour, boolean runsNext) {}
