package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where lanes are on the picture, and hit-testing a click back to a lane and a step. */
class TimelineGeometryTest {
    /** Two processes: A and B in 1000, the forked copy of A in 1001. */
    private static TimelineModel twoProcesses() {
        return new Traces()
                .run("A", 0, 500)
                .fork(250, "A", 1001)
                .run("B", 500, 300)
                .run(1001, "A", 0, 800, 200, 800_000)
                .model();
    }

    @Test
    void lanesSitUnderTheirGroupHeadings() {
        TimelineGeometry g = new TimelineGeometry(twoProcesses(), 1000, 400, 100, 40);
        int top = TimelineGeometry.AXIS_HEIGHT;
        assertEquals(top, g.headerY(0), 1e-9);
        assertEquals(top + 22, g.laneY(0), 1e-9);
        assertEquals(top + 22 + 36, g.laneY(1), 1e-9);
        assertEquals(top + 22 + 72, g.headerY(1), 1e-9);
        assertEquals(top + 22 + 72 + 22, g.laneY(2), 1e-9);
        assertEquals(2 * 22 + 3 * 36, g.contentHeight());
        assertEquals(g.contentHeight(), TimelineGeometry.contentHeight(twoProcesses()));
        assertEquals(100, g.plotLeft());
        assertEquals(1000 - 100 - TimelineGeometry.RIGHT_MARGIN, g.plotWidth());
    }

    @Test
    void aPointHitsTheLaneUnderItAndTheStepInItsColumn() {
        TimelineModel model = twoProcesses();
        TimelineGeometry g = new TimelineGeometry(model, 1000, 400, 100, 40);
        Viewport v = new Viewport(model.totalSteps(), g.plotWidth());
        double x = g.plotLeft() + v.xOf(420.7);
        Hit hit = g.hit(x, g.laneY(1) + 10, v);
        assertEquals(1, hit.lane());
        assertEquals(420, hit.step());
        assertEquals(421, hit.boundary(), "a click jumps to the nearest step boundary");
        assertTrue(hit.inPlot());
        assertEquals(2, g.hit(x, g.laneY(2) + 35, v).lane());
        assertEquals(-1, g.hit(x, g.headerY(1) + 5, v).lane(), "a heading is no lane");
        assertEquals(-1, g.hit(x, 5, v).lane(), "nor is the axis");
        assertTrue(g.hit(x, 5, v).inPlot(), "but a click on the axis still picks a step");
        assertEquals(-1, g.hit(x, 380, v).lane(), "nor the legend");
        assertFalse(g.hit(x, 380, v).inPlot());
        Hit label = g.hit(50, g.laneY(0) + 10, v);
        assertEquals(0, label.lane());
        assertFalse(label.inPlot(), "the lane labels are not the plot");
    }

    @Test
    void hitsAreClampedToTheRun() {
        TimelineModel model = twoProcesses();
        TimelineGeometry g = new TimelineGeometry(model, 1000, 400, 100, 40);
        Viewport v = new Viewport(model.totalSteps(), g.plotWidth());
        assertEquals(model.totalSteps(), g.hit(g.plotRight() - 0.01, 100, v).boundary());
        assertEquals(model.totalSteps() - 1, g.hit(g.plotRight() - 0.01, 100, v).step());
        assertEquals(0, g.hit(g.plotLeft(), 100, v).boundary());
    }

    @Test
    void scrollingMovesLanesUpWithinWhatThereIsToSee() {
        TimelineModel model = twoProcesses();
        TimelineGeometry g = new TimelineGeometry(model, 1000, 150, 100, 40);
        double visible = g.lanesBottom() - g.lanesTop();
        assertEquals(g.contentHeight() - visible, g.maxScrollY(), 1e-9);
        g.setScrollY(10_000);
        assertEquals(g.maxScrollY(), g.scrollY(), 1e-9);
        Viewport v = new Viewport(model.totalSteps(), g.plotWidth());
        assertEquals(2, g.hit(500, g.lanesBottom() - 1, v).lane(), "the last lane is at the bottom");
        g.setScrollY(-5);
        assertEquals(0, g.scrollY(), 1e-9);
    }
}
