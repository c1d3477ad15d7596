package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The deadlock after fork, found exactly when the fork can fall while another thread holds the lock.
 */
class ForkDeadlockTest {
    /** A thread runs {@code work} while the main thread forks a child that takes the lock. */
    static String forkWhile(String work) {
        return """
                import os
                import threading
                lock = threading.Lock()
                def work():
                    WORK
                x = threading.Thread(target=work)
                x.start()
                pid = os.fork()
                if pid == 0:
                    with lock:
                        print("child got the lock")
                    os._exit(0)
                else:
                    x.join()
                    os.waitpid(pid, 0)
                    print("parent done")
                """.replace("WORK", work);
    }

    private static List<RunStatus> statuses(String source) throws Exception {
        ExploreResult r = Explorer.explore(Simulator.compile("fork.py", source), RunOptions.defaults(),
                ExploreOptions.defaults(), ExploreMonitor.NONE);
        assertTrue(r.complete(), r.stopReason()::jsonName);
        return r.outcomes().stream().map(Outcome::status).toList();
    }

    @Test
    void aForkWhileAnotherThreadHoldsTheLockCanDeadlockTheChild() throws Exception {
        List<RunStatus> held = statuses(forkWhile("with lock:\n        pass"));
        assertTrue(held.contains(RunStatus.DEADLOCK), held::toString);
        assertTrue(held.contains(RunStatus.COMPLETED), held::toString);
        List<RunStatus> never = statuses(forkWhile("pass"));
        assertFalse(never.contains(RunStatus.DEADLOCK), never::toString);
        assertEquals(List.of(RunStatus.COMPLETED), never.stream().distinct().toList());
    }
}
