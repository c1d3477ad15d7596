package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code os.fork}: memory and lock state copied, only the calling thread, the deadlock that follows. */
class ForkTest {
    private static final String FORK_WHILE_HELD = "import os, threading, time\nlock = threading.Lock()\n"
            + "def hold():\n    with lock:\n        time.sleep(1)\n"
            + "x = threading.Thread(target=hold, name='X')\nx.start()\ntime.sleep(0.1)\npid = os.fork()\n"
            + "if pid == 0:\n    with lock:\n        print('child got it')\n    os._exit(0)\n"
            + "os.waitpid(pid, 0)\n";

    @Test
    void aForkWhereTheSimulatorsOwnWorkIsUnderwayIsRefusedByName() {
        // The child would resume without the class being made or the list sorted (it printed a function's
        // attribute error, or the run stopped with a Java exception); it is refused in the parent instead.
        for (String program : List.of("import os\nclass B:\n    x = os.fork()\nprint(B.x)\n",
                "import os\nclass B:\n    x = os.fork()\n    print(y)\n",
                "import os\nprint(sorted([3, 1], key=lambda v: os.fork()))\n")) {
            RunResult r = Runs.run(program);
            assertEquals(RunStatus.ERROR, r.status(), program);
            assertEquals("RuntimeError: os.fork() inside a class body, an import, or a function a built-in calls (a "
                    + "sort key, a metaclass) is outside the scenario language", Runs.lastLine(r.error()), program);
            assertEquals(List.of(), r.output(), program);
        }
    }

    @Test
    void aLockHeldByAnotherThreadAtTheForkIsOrphanedInTheChild() {
        RunResult r = Runs.run(FORK_WHILE_HELD);
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertEquals(List.of(), r.deadlock().cycle());
        assertEquals(2, r.deadlock().waiting().size(), r.deadlock().toString());
        lockstep.sim.analysis.Deadlock.Waiting child = r.deadlock().waiting().get(1);
        assertEquals("MainThread (process 1001)", child.thread());
        assertEquals("lock", child.object());
        assertEquals("X", child.holder());
        assertTrue(child.orphaned());
    }

    @Test
    void registerAtForkTakingTheLockAroundTheForkFixesIt() {
        String fixed = FORK_WHILE_HELD.replace("lock = threading.Lock()\n", "lock = threading.Lock()\n"
                + "os.register_at_fork(before=lock.acquire, after_in_parent=lock.release, "
                + "after_in_child=lock.release)\n");
        RunResult r = Runs.run(fixed);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("child got it\n", r.outputText());
    }

    @Test
    void theChildHasOnlyTheForkingThread() {
        RunResult r = Runs.run("import os, threading, time\ndef idle():\n    time.sleep(1)\n"
                + "threading.Thread(target=idle).start()\npid = os.fork()\nif pid == 0:\n"
                + "    print(threading.active_count(), threading.current_thread().name)\n    os._exit(0)\n"
                + "os.waitpid(pid, 0)\nprint(threading.active_count())\n");
        assertEquals("1 MainThread\n2\n", r.outputText());
    }

    /**
     * Under many random schedules a worker takes and releases the lock while the main thread forks: the child
     * deadlocks exactly when the copied lock was held at the fork.
     */
    @Test
    void theForkDeadlockHappensInEveryScheduleThatForksWhileTheLockIsHeldAndInNoOther() {
        String program = "import os, threading\nlock = threading.Lock()\n"
                + "def work():\n    for i in range(20):\n        with lock:\n            pass\n"
                + "t = threading.Thread(target=work)\nt.start()\npid = os.fork()\nif pid == 0:\n"
                + "    print('held' if lock.locked() else 'free', flush=True)\n    with lock:\n        pass\n"
                + "    os._exit(0)\nt.join()\n";
        int held = 0;
        int free = 0;
        for (long seed = 0; seed < 40; seed++) {
            RunResult r = Runs.run(program, RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM).withSeed(seed));
            boolean wasHeld = r.outputText().startsWith("held");
            assertEquals(wasHeld ? RunStatus.DEADLOCK : RunStatus.COMPLETED, r.status(), "seed " + seed);
            if (wasHeld) {
                held++;
            } else {
                free++;
            }
        }
        assertTrue(held > 0 && free > 0, held + " held, " + free + " free");
    }

    @Test
    void pidsAndExitStatus() {
        RunResult r = Runs.run("import os\nparent = os.getpid()\npid = os.fork()\nif pid == 0:\n"
                + "    assert os.getppid() == parent\n    os._exit(5)\nwho, status = os.wait()\n"
                + "ok = who == pid and status == 5 << 8 and pid != parent\ntry:\n    os.wait()\n"
                + "except ChildProcessError as e:\n    message = str(e)\n");
        assertEquals(true, r.globals().get("ok"));
        assertEquals("[Errno 10] No child processes", r.globals().get("message"));
    }
}
