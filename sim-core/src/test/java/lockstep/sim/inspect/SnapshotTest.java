package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.ThreadState;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Pictures of small programs at chosen steps: threads, each kind of synchronization object, processes. */
class SnapshotTest {
    private static List<String> names(List<ThreadRef> threads) {
        return threads.stream().map(ThreadRef::name).toList();
    }

    @Test
    void aLockHeldByOneThreadWithTwoWaitingInTheOrderTheyCame() {
        String program = """
                import threading, time
                lock = threading.Lock()
                def hold():
                    with lock:
                        time.sleep(0.01)
                def want():
                    with lock:
                        pass
                t1 = threading.Thread(target=hold, name='T1')
                t2 = threading.Thread(target=want, name='T2')
                t3 = threading.Thread(target=want, name='T3')
                t1.start()
                time.sleep(0.001)
                t2.start()
                t3.start()
                for t in (t1, t2, t3):
                    t.join()
                """;
        Program compiled = Inspecting.compile(program);
        RunResult result = Simulator.run(compiled, RunOptions.defaults());
        long blocked = Inspecting.stepOf(result, e -> e instanceof TraceEvent.Blocked
                && result.trace().threadName(e.thread()).equals("T3"));
        try (Inspector inspector = new Inspector(compiled, RunOptions.defaults())) {
            Snapshot s = inspector.snapshotAt(blocked);
            LockInfo lock = (LockInfo) s.process(1000).object("lock");
            assertEquals("T1", lock.owner().name());
            assertEquals(1, lock.count());
            assertFalse(lock.ownerAbsent());
            assertEquals(List.of("T2", "T3"), names(lock.waiters()));

            ThreadInfo t3 = s.thread("T3");
            assertEquals(ThreadState.BLOCKED, t3.state());
            assertEquals("lock", t3.waitingFor().name());
            assertEquals("T1", t3.waitingFor().holder().name());
            assertEquals(7, t3.line());
            assertEquals("want", t3.function());
            assertEquals(ThreadState.SLEEPING, s.thread("T1").state());
            assertTrue(s.thread("T1").wakeAtNanos() > s.timeNanos());

            Snapshot before = inspector.snapshotAt(blocked - 1);
            assertEquals(List.of("T2"), names(((LockInfo) before.process(1000).object("lock")).waiters()));
        }
    }

    @Test
    void anRLockCountsHowOftenItsOwnerHoldsIt() {
        Snapshot s = Inspecting.afterPrint("""
                import threading
                r = threading.RLock()
                def deep(n):
                    with r:
                        if n:
                            deep(n - 1)
                        else:
                            print('deepest')
                deep(2)
                """, "deepest");
        LockInfo r = (LockInfo) s.process(1000).object("r");
        assertTrue(r.reentrant());
        assertEquals("MainThread", r.owner().name());
        assertEquals(3, r.count());
        List<FrameInfo> frames = s.thread("MainThread").frames();
        assertEquals(List.of("deep", "deep", "deep", "<module>"), frames.stream().map(FrameInfo::function).toList());
        assertEquals(List.of(8, 6, 6, 9), frames.stream().map(FrameInfo::line).toList());
    }

    @Test
    void aSemaphoresValueAndItsWaiter() {
        Snapshot s = Inspecting.afterPrint("""
                import threading, time
                sem = threading.Semaphore(2)
                pool = threading.BoundedSemaphore(1)
                def use():
                    with pool:
                        time.sleep(0.01)
                sem.acquire()
                a = threading.Thread(target=use, name='A')
                b = threading.Thread(target=use, name='B')
                a.start()
                b.start()
                time.sleep(0.001)
                print('now')
                """, "now");
        SemaphoreInfo sem = (SemaphoreInfo) s.process(1000).object("sem");
        assertEquals(1, sem.value());
        assertEquals(-1, sem.bound());
        assertEquals(List.of(), sem.waiters());
        SemaphoreInfo pool = (SemaphoreInfo) s.process(1000).object("pool");
        assertEquals(0, pool.value());
        assertEquals(1, pool.bound());
        assertEquals(List.of("B"), names(pool.waiters()));
        assertEquals(ThreadState.BLOCKED, s.thread("B").state());
        assertEquals("pool", s.thread("B").waitingFor().name());
    }

    @Test
    void aConditionsWaitersInTheOrderNotifyWakesThem() {
        String program = """
                import threading, time
                cv = threading.Condition()
                def waiter():
                    with cv:
                        cv.wait()
                for name in ('W1', 'W2', 'W3'):
                    threading.Thread(target=waiter, name=name).start()
                    time.sleep(0.001)
                print('all waiting')
                with cv:
                    cv.notify()
                print('one notified')
                with cv:
                    cv.notify_all()
                """;
        Snapshot all = Inspecting.afterPrint(program, "all waiting");
        ConditionInfo cv = (ConditionInfo) all.process(1000).object("cv");
        assertEquals(List.of("W1", "W2", "W3"), names(cv.waiters()));
        assertNull(cv.lockOwner());
        assertEquals(ThreadState.WAITING, all.thread("W2").state());
        assertEquals("cv", all.thread("W2").waitingFor().name());

        Snapshot one = Inspecting.afterPrint(program, "one notified");
        assertEquals(List.of("W2", "W3"), names(((ConditionInfo) one.process(1000).object("cv")).waiters()));
    }

    @Test
    void anEventSetOrClearAndABarrierFillingUp() {
        Snapshot s = Inspecting.afterPrint("""
                import threading, time
                ev = threading.Event()
                done = threading.Event()
                done.set()
                gate = threading.Barrier(3)
                def go():
                    ev.wait()
                    gate.wait()
                for name in ('A', 'B'):
                    threading.Thread(target=go, name=name).start()
                time.sleep(0.001)
                print('waiting')
                ev.set()
                time.sleep(0.001)
                print('at the barrier')
                gate.wait()
                """, "waiting");
        EventInfo ev = (EventInfo) s.process(1000).object("ev");
        assertFalse(ev.set());
        assertEquals(List.of("A", "B"), names(ev.waiters()));
        assertTrue(((EventInfo) s.process(1000).object("done")).set());
        BarrierInfo gate = (BarrierInfo) s.process(1000).object("gate");
        assertEquals(3, gate.parties());
        assertEquals(0, gate.waiting());
        assertEquals(BarrierInfo.Phase.FILLING, gate.phase());
    }

    @Test
    void aBarrierWithTwoOfThreeWaiting() {
        Snapshot s = Inspecting.afterPrint("""
                import threading, time
                gate = threading.Barrier(3)
                for name in ('A', 'B'):
                    threading.Thread(target=gate.wait, name=name).start()
                time.sleep(0.001)
                print('two there')
                gate.wait()
                """, "two there");
        BarrierInfo gate = (BarrierInfo) s.process(1000).object("gate");
        assertEquals(2, gate.waiting());
        assertEquals(List.of("A", "B"), names(gate.waiters()));
    }

    @Test
    void aQueuesContentsInTheOrderTheyComeOutAndWhoWaits() {
        Snapshot s = Inspecting.afterPrint("""
                import queue, threading, time
                q = queue.Queue(3)
                stack = queue.LifoQueue()
                empty = queue.Queue()
                def consume():
                    empty.get()
                threading.Thread(target=consume, name='C').start()
                q.put(1)
                q.put('two')
                q.put((3,))
                def produce():
                    q.put(4)
                threading.Thread(target=produce, name='P').start()
                stack.put('a')
                stack.put('b')
                time.sleep(0.001)
                print('filled')
                """, "filled");
        QueueInfo q = (QueueInfo) s.process(1000).object("q");
        assertEquals("queue.Queue", q.type());
        assertEquals(List.of("1", "'two'", "(3,)"), q.items());
        assertEquals(3, q.size());
        assertEquals(3, q.maxsize());
        assertEquals(3, q.unfinishedTasks());
        assertEquals(List.of("P"), names(q.putters()));
        assertEquals(List.of(), q.getters());
        QueueInfo stack = (QueueInfo) s.process(1000).object("stack");
        assertEquals("queue.LifoQueue", stack.type());
        assertEquals(List.of("'b'", "'a'"), stack.items());
        QueueInfo empty = (QueueInfo) s.process(1000).object("empty");
        assertEquals(List.of("C"), names(empty.getters()));
        assertEquals("empty", s.thread("C").waitingFor().name());
    }

    @Test
    void aMultiprocessingQueueHoldsCopiesSentByAnotherProcess() {
        Snapshot s = Inspecting.afterPrint("""
                import multiprocessing, time
                def send(q):
                    q.put([1, 2])
                    q.put('done')
                if __name__ == '__main__':
                    q = multiprocessing.Queue()
                    p = multiprocessing.Process(target=send, args=(q,))
                    p.start()
                    p.join()
                    print('sent')
                    print(q.get())
                """, "sent");
        assertEquals(2, s.processes().size());
        QueueInfo q = (QueueInfo) s.process(1000).object("q");
        assertEquals("multiprocessing.Queue", q.type());
        assertEquals(List.of("[1, 2]", "'done'"), q.items());
        assertFalse(s.process(1001).alive());
        assertEquals(1000, s.process(1001).parentPid());
    }

    @Test
    void aForkedChildsCopyOfALockIsHeldByAThreadItDoesNotHave() {
        Program program = Inspecting.compile("""
                import os, threading, time
                lock = threading.Lock()
                def hold():
                    with lock:
                        time.sleep(1)
                x = threading.Thread(target=hold, name='X')
                x.start()
                time.sleep(0.1)
                pid = os.fork()
                if pid == 0:
                    with lock:
                        print('child got it')
                    os._exit(0)
                os.waitpid(pid, 0)
                """);
        RunResult result = Simulator.run(program, RunOptions.defaults());
        assertEquals(RunStatus.DEADLOCK, result.status());
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            Snapshot end = inspector.snapshotAt(Long.MAX_VALUE);
            assertTrue(end.finished());
            assertEquals(result.steps(), end.step());
            assertEquals(List.of(1000, 1001), end.processes().stream().map(ProcessInfo::pid).toList());

            LockInfo parents = (LockInfo) end.process(1000).object("lock");
            assertNull(parents.owner(), "X has released the parent's lock by the end");
            assertEquals(List.of(), parents.waiters(), "the child waits on its own copy, which has the same key");
            LockInfo childs = (LockInfo) end.process(1001).object("lock");
            assertEquals("X", childs.owner().name());
            assertEquals(1000, childs.owner().pid());
            assertTrue(childs.ownerAbsent());
            assertEquals(List.of("MainThread"), names(childs.waiters()));

            ThreadInfo child = end.process(1001).threads().get(0);
            assertEquals(ThreadState.BLOCKED, child.state());
            assertEquals("lock", child.waitingFor().name());
            assertTrue(child.waitingFor().holderAbsent());
            // The child's globals are those its frames use: fork's 0 stored there after the fork shows.
            assertEquals("1001", end.process(1000).variable("pid"));
            assertEquals("0", end.process(1001).variable("pid"));
        }
    }

    @Test
    void sharedVariablesArePlainGlobalsAndPlainAttributesOfProgramObjects() {
        Snapshot s = Inspecting.afterPrint("""
                import threading
                class Account:
                    def __init__(self):
                        self.balance = 10
                        self.lock = threading.Lock()
                        self.owner = None
                acct = Account()
                x = 3
                names = ['a', "b"]
                table = {'k': (1, 2.5)}
                worker = threading.Thread(target=print)
                def f():
                    pass
                print('ready')
                """, "ready");
        ProcessInfo p = s.process(1000);
        assertEquals(List.of("acct.balance", "acct.owner", "x", "names", "table"),
                p.variables().stream().map(VariableInfo::name).toList());
        assertEquals("['a', 'b']", p.variable("names"));
        assertEquals("{'k': (1, 2.5)}", p.variable("table"));
        assertEquals("None", p.variable("acct.owner"));
        LockInfo lock = (LockInfo) p.object("acct.lock");
        assertNull(lock.owner());
        assertEquals(1, p.objects().size(), p.objects().toString());
    }

    @Test
    void locksInAListAreNamedByTheirIndexAndLocalsOfThreadsAreSearched() {
        Snapshot s = Inspecting.afterPrint("""
                import threading, time
                forks = [threading.Lock() for i in range(3)]
                def main():
                    mine = threading.Lock()
                    mine.acquire()
                    forks[1].acquire()
                    print('holding')
                main()
                """, "holding");
        ProcessInfo p = s.process(1000);
        assertEquals(List.of("forks[0]", "forks[1]", "forks[2]", "mine"),
                p.objects().stream().map(SyncInfo::name).toList());
        assertEquals("MainThread", ((LockInfo) p.object("forks[1]")).owner().name());
        assertNull(((LockInfo) p.object("forks[2]")).owner());
        assertEquals("MainThread", ((LockInfo) p.object("mine")).owner().name());
    }
}
