package lockstep.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.ThreadState;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.ThreadHandle;
import org.junit.jupiter.api.Test;

/** The timer queue: earliest first, ties by kind then thread id, stale entries dropped. */
class TimerQueueTest {
    private final SimProcess process = new SimProcess(1000, 0);

    private SimThread sleeper(int id, long wakeAt) {
        SimThread t = new SimThread(id, "T" + id, process, false);
        t.state = ThreadState.SLEEPING;
        t.wakeAtNanos = wakeAt;
        return t;
    }

    private SimThread waiter(int id, long deadline) {
        SimThread t = new SimThread(id, "T" + id, process, false);
        t.state = ThreadState.WAITING;
        t.blocker = new Blocker() {
            @Override
            public boolean ready(ThreadHandle w) {
                return false;
            }

            @Override
            public PyObject complete(ThreadHandle w) {
                return PyNone.NONE;
            }

            @Override
            public PyObject timedOut(ThreadHandle w) {
                return PyNone.NONE;
            }

            @Override
            public String waitsFor() {
                return "nothing";
            }
        };
        t.blockDeadlineNanos = deadline;
        return t;
    }

    private static List<String> names(List<TimerQueue.Entry> entries) {
        return entries.stream().map(e -> e.thread().name + (e.deadline() ? " deadline " : " wake ") + e.atNanos())
                .toList();
    }

    @Test
    void dueEntriesComeEarliestFirstThenWakeUpsBeforeDeadlinesThenByThreadId() {
        TimerQueue queue = new TimerQueue();
        SimThread late = sleeper(1, 300);
        SimThread third = sleeper(7, 100);
        SimThread first = sleeper(2, 100);
        SimThread timed = waiter(3, 100);
        SimThread early = waiter(9, 50);
        for (SimThread t : List.of(late, third, first)) {
            queue.wakeAt(t);
        }
        queue.deadlineAt(timed);
        queue.deadlineAt(early);
        assertEquals(50, queue.earliest());
        assertEquals(List.of("T9 deadline 50", "T2 wake 100", "T7 wake 100", "T3 deadline 100"),
                names(queue.takeDue(100)));
        assertEquals(300, queue.earliest());
    }

    @Test
    void anEntryWhoseThreadNoLongerWaitsUntilThatTimeIsDropped() {
        TimerQueue queue = new TimerQueue();
        SimThread woken = sleeper(1, 100);
        SimThread again = sleeper(2, 100);
        SimThread ended = waiter(3, 150);
        queue.wakeAt(woken);
        queue.wakeAt(again);
        queue.deadlineAt(ended);
        woken.state = ThreadState.RUNNABLE; // a signal woke it early
        again.wakeAtNanos = 400; // it slept again, until later
        queue.wakeAt(again);
        ended.blocker = null; // its wait ended
        ended.blockDeadlineNanos = -1;
        assertEquals(400, queue.earliest());
        assertEquals(List.of(), names(queue.takeDue(399)));
        assertEquals(List.of("T2 wake 400"), names(queue.takeDue(400)));
        assertEquals(Long.MAX_VALUE, queue.earliest());
    }

    @Test
    void aWaitThatEndsEarlyDropsItsDeadlineAtOnce() {
        TimerQueue queue = new TimerQueue();
        SimThread woken = waiter(1, 1_000);
        SimThread other = waiter(2, 1_000);
        queue.deadlineAt(woken);
        queue.deadlineAt(other);
        queue.dropDeadline(woken);
        woken.blocker = null;
        woken.blockDeadlineNanos = -1;
        assertEquals(List.of("T2 deadline 1000"), names(queue.takeDue(1_000)));
        assertEquals(Long.MAX_VALUE, queue.earliest());
    }

    @Test
    void theNextTimerAfterNowPassesOverADeadlineAlreadyGone() {
        TimerQueue queue = new TimerQueue();
        SimThread ready = waiter(1, 100); // its object is ready, but it cannot run yet: the deadline stays
        SimThread computing = sleeper(2, 2_000);
        computing.state = ThreadState.RUNNING;
        computing.computing = true;
        queue.deadlineAt(ready);
        queue.wakeAt(computing);
        assertEquals(100, queue.earliest());
        assertEquals(2_000, queue.earliestAfter(100));
        assertEquals(100, queue.earliestAfter(99));
    }
}
