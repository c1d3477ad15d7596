package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom and pan arithmetic of the step axis. */
class ViewportTest {
    private static final double EPS = 1e-9;

    @Test
    void fitShowsTheWholeRun() {
        Viewport v = new Viewport(10_000, 1000);
        assertEquals(new StepRange(0, 10_000), v.visible());
        assertEquals(0.1, v.pixelsPerStep(), EPS);
        assertEquals(500, v.xOf(5000), EPS);
        assertEquals(5000, v.stepAt(500), EPS);
    }

    @Test
    void endPaddingLeavesThatManyPixelsAfterTheLastStep() {
        Viewport v = new Viewport(10_000, 1000);
        v.setEndPadding(100);
        v.fit();
        assertEquals(900, v.xOf(10_000), 1e-6);
        v.zoom(4, 500);
        v.pan(-1e9);
        assertEquals(900, v.xOf(10_000), 1e-6, "panning to the end stops with the padding in view");
    }

    @Test
    void zoomKeepsTheStepUnderThePointerInPlace() {
        Viewport v = new Viewport(10_000, 1000);
        double anchor = 730;
        double step = v.stepAt(anchor);
        v.zoom(3, anchor);
        assertEquals(step, v.stepAt(anchor), 1e-6);
        assertEquals(10_000 / 3.0, v.visible().span(), 1e-6);
        v.zoom(1 / 1.5, anchor);
        assertEquals(step, v.stepAt(anchor), 1e-6);
        assertEquals(10_000 / 2.0, v.visible().span(), 1e-6);
    }

    @Test
    void zoomStopsWhenAStepIsAtItsWidest() {
        Viewport v = new Viewport(10_000, 1000);
        for (int i = 0; i < 100; i++) {
            v.zoom(2, 400);
        }
        assertEquals(Viewport.MAX_PIXELS_PER_STEP, v.pixelsPerStep(), 1e-9);
    }

    @Test
    void zoomOutStopsAtTheWholeRun() {
        Viewport v = new Viewport(10_000, 1000);
        v.zoom(0.01, 200);
        assertEquals(new StepRange(0, 10_000), v.visible());
    }

    @Test
    void panMovesByPixelsAndStopsAtTheEnds() {
        Viewport v = new Viewport(10_000, 1000);
        v.zoom(10, 0);
        assertEquals(new StepRange(0, 1000), v.visible());
        v.pan(-250);
        assertEquals(250, v.visible().from(), 1e-9, "dragging left shows later steps");
        v.pan(100);
        assertEquals(150, v.visible().from(), 1e-9);
        v.pan(10_000);
        assertEquals(0, v.visible().from(), 1e-9);
        v.pan(-1e9);
        assertEquals(10_000, v.visible().to(), 1e-9);
    }

    @Test
    void showIsExactAndRevealCentresAStepOutOfSight() {
        Viewport v = new Viewport(10_000, 1000);
        v.show(new StepRange(1234.5, 2234.5));
        assertEquals(new StepRange(1234.5, 2234.5), v.visible());
        v.reveal(2000);
        assertEquals(1234.5, v.visible().from(), 1e-9, "a visible step does not move the view");
        v.reveal(8000);
        assertEquals(7500, v.visible().from(), 1e-9);
    }

    @Test
    void aWiderPlotShowsTheSameSteps() {
        Viewport v = new Viewport(10_000, 1000);
        v.show(new StepRange(100, 600));
        v.setPlotWidth(2000);
        assertEquals(new StepRange(100, 600), v.visible());
        assertEquals(4, v.pixelsPerStep(), EPS);
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new StepRange(5, 5));
        assertTrue(new StepRange(0, 0.5).span() > 0);
    }
}
