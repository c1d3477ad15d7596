package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import org.junit.jupiter.api.Test;

/** gevent's greenlets get lanes inside the thread that runs their hub, as asyncio tasks do. */
class GreenletLanesTest {
    @Test
    void eachGreenletIsATaskLaneOfTheMainThreadWaitingWhileItSleeps() {
        RunResult run = Runs.program("""
                import gevent
                def nap(seconds):
                    gevent.sleep(seconds)
                    return seconds
                a = gevent.spawn(nap, 2)
                b = gevent.spawn(nap, 1)
                gevent.joinall([a, b])
                print(a.value + b.value)
                """, RunOptions.defaults());
        assertEquals("3\n", run.outputText());
        TimelineModel model = TimelineModel.of(run);
        assertEquals(List.of("MainThread", "Greenlet-0", "Greenlet-1"), TimelineLayoutTest.names(model));
        Lane a = model.lanes().get(1);
        Lane b = model.lanes().get(2);
        assertEquals(List.of(LaneKind.TASK, LaneKind.TASK), List.of(a.kind(), b.kind()));
        assertEquals(0, a.parentLane());
        long last = model.totalSteps() - 1;
        assertEquals(BarState.DONE, a.bars().stateAt(last));
        assertEquals(BarState.DONE, b.bars().stateAt(last));
        boolean waited = false;
        for (int i = 0; i < a.bars().size(); i++) {
            if (a.bars().state(i) == BarState.WAITING) {
                waited = true;
                assertEquals("sleep(2)", model.label(a.bars().label(i)), "what the greenlet waits for");
            }
        }
        assertEquals(true, waited, "Greenlet-0 waits while it sleeps");
    }
}
