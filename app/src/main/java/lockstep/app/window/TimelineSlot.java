package lockstep.app.window;

import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.sim.trace.Grain;

/**
 * Where the timeline plugs into the window: the run to draw, the cursor, clicks that pick a step, zoom, theme and
 * language. The window talks to the timeline through this alone.
 */
public interface TimelineSlot {
    Node view();

    /** The run to draw; null for none. */
    void setRun(RunSession run);

    /**
     * The grain to draw the run at, and the run's groups when known (null while they are computed): at the operation
     * and line grains library internals fold into the operations, once the groups are known.
     */
    void setGrain(RunGrains grains, Grain grain);

    /** Moves the cursor to position {@code position} (steps run so far). */
    void setCursor(long position);

    /** The cursor's position. */
    long cursor();

    /** Told the position the user picks by clicking. */
    void setOnStepPicked(LongConsumer onPicked);

    void zoomIn();

    void zoomOut();

    void fitToWindow();

    void setTheme(Theme theme);

    void setLocale(Locale locale);

    /** How large the picture is drawn: 1 normally, larger in presentation mode (type, lanes, markers alike). */
    void setScale(double scale);

    /** The first and last-plus-one step shown now. */
    long[] visibleRange();
}
