package lockstep.app.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The objects panel shown headless: its content, the highlighting of changes, thread colours, the language. */
@ExtendWith(ApplicationExtension.class)
class ObjectsPanelTest {
    private ObjectsPanel panel;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        panel = new ObjectsPanel(Pictures.COLORS);
        stage.setScene(new Scene((Parent) panel.createView(), 560, 700));
        stage.show();
    }

    private Node row(FxRobot robot, String key) {
        return robot.lookup(".object-row").match(n -> key.equals(n.getUserData())).query();
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }

    private static List<Node> withClass(Node node, String styleClass) {
        List<Node> out = new ArrayList<>();
        if (node.getStyleClass().contains(styleClass)) {
            out.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(withClass(child, styleClass));
            }
        }
        return out;
    }

    @Test
    void withoutAPictureItSaysWhatWillBeShown(FxRobot robot) {
        Label empty = robot.lookup("#objects-empty").queryAs(Label.class);
        assertTrue(empty.getText().startsWith("Run a program"), empty.getText());
        robot.interact(() -> panel.setLocale(Locale.SIMPLIFIED_CHINESE));
        String chinese = robot.lookup("#objects-empty").queryAs(Label.class).getText();
        assertTrue(chinese.startsWith("运行程序后"), chinese);
    }

    @Test
    void threadsThatShareANameKeepColoursOfTheirOwn(FxRobot robot) {
        Pictures.Pair pair = Pictures.atPrint("""
                import threading
                import time
                lock = threading.Lock()
                def work():
                    with lock:
                        time.sleep(1)
                a = threading.Thread(target=work, name="worker")
                b = threading.Thread(target=work, name="worker")
                a.start()
                b.start()
                time.sleep(0.5)
                print("look")
                a.join()
                b.join()
                """, "look");
        robot.interact(() -> panel.show(pair.current(), pair.previous()));

        List<Node> chips = withClass(row(robot, "1000/LockInfo/lock"), "thread-chip");
        assertEquals(List.of("worker", "worker"), chips.stream().map(Node::getUserData).toList());
        assertTrue(chips.get(0).getStyle().contains("#f28e2b"), chips.get(0).getStyle());
        assertTrue(chips.get(1).getStyle().contains("#e15759"), chips.get(1).getStyle());
    }

    @Test
    void locksShowTheirOwnerAndWaitersInTheThreadsColours(FxRobot robot) {
        Pictures.Pair pair = Pictures.atPrint(Pictures.EVERYTHING, "look");
        robot.interact(() -> {
            panel.setHistory(pair.history());
            panel.show(pair.current(), pair.previous());
        });

        Node lock = row(robot, "1000/LockInfo/lock");
        List<String> lockTexts = texts(lock);
        assertEquals("lock", lockTexts.get(0));
        assertTrue(lockTexts.containsAll(List.of("Lock", "held by", "T1", "waiting:", "T2")), lockTexts.toString());
        Node t1 = withClass(lock, "thread-chip").get(0);
        assertEquals("T1", t1.getUserData());
        assertTrue(t1.getStyle().contains("#f28e2b"), t1.getStyle());

        assertTrue(texts(row(robot, "1000/LockInfo/r")).containsAll(List.of("RLock", "T1", "2 times")));
        assertTrue(texts(row(robot, "1000/ConditionInfo/cv")).containsAll(List.of("lock free", "W1", "W2")));
        assertTrue(texts(row(robot, "1000/SemaphoreInfo/sem")).containsAll(List.of("value 0 of 1", "S2")));
        assertTrue(texts(row(robot, "1000/EventInfo/ev")).containsAll(List.of("not set", "E1")));
        assertTrue(texts(row(robot, "1000/BarrierInfo/gate")).containsAll(List.of("1 of 3 waiting", "B1")));
        assertTrue(texts(row(robot, "1000/QueueInfo/q")).containsAll(
                List.of("2 items · at most 4", "'job-1',", "('job', 2)", "2 tasks not done")));
        List<String> counter = texts(row(robot, "1000/variable/counter"));
        assertTrue(counter.containsAll(List.of("counter", "11", "set by", "MainThread")), counter.toString());
        assertTrue(counter.stream().anyMatch(t -> t.startsWith("before: 1 (T1, step ")), counter.toString());
        assertEquals("After step " + String.format(Locale.ENGLISH, "%,d", pair.current().step()),
                robot.lookup("#objects-step").queryAs(Label.class).getText());
    }

    /** When Task-2 yields at its sleep: the loop has its timer, Task-3 is ready, Task-2 waits for the sleep. */
    @Test
    void anEventLoopShowsItsReadyQueueTimersAndTasks(FxRobot robot) {
        Pictures.Pair pair = Pictures.atEvent("""
                import asyncio

                async def work(name, delay):
                    await asyncio.sleep(delay)

                async def main():
                    await asyncio.gather(work('a', 1), work('b', 2))

                asyncio.run(main())
                """, (e, trace) -> e instanceof TraceEvent.TaskYielded y && y.awaits().contains("sleep(1)"));
        robot.interact(() -> panel.show(pair.current(), pair.previous()));
        List<String> all = texts(robot.lookup("#objects-processes").query());
        assertTrue(all.contains("Event loop of MainThread"), all.toString());
        Node loop = row(robot, "1000/loop/MainThread");
        assertTrue(texts(loop).contains("Task-3"), texts(loop).toString());
        assertTrue(texts(loop).contains("Task-2 sleep(1) at 1.000 s"), texts(loop).toString());
        Node task2 = row(robot, "1000/task/Task-2");
        assertTrue(texts(task2).contains("awaits sleep(1)"), texts(task2).toString());
        robot.interact(() -> panel.setLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertTrue(texts(robot.lookup("#objects-processes").query()).contains("MainThread 的事件循环"));
    }

    /**
     * When Greenlet-1 runs: the hub has Greenlet-0's sleep among its timers, the main greenlet waits in join() while it
     * runs the hub, Greenlet-1 runs and Greenlet-0 waits for its sleep; in English and Chinese.
     */
    @Test
    void geventsHubShowsItsCallbacksTimersAndGreenlets(FxRobot robot) {
        Pictures.Pair pair = Pictures.atPrint("""
                import gevent

                def nap(name, seconds):
                    print(name, 'sleeps')
                    gevent.sleep(seconds)

                a = gevent.spawn(nap, 'a', 2)
                b = gevent.spawn(nap, 'b', 1)
                c = gevent.spawn(nap, 'c', 3)
                a.join()
                """, "b sleeps");
        robot.interact(() -> panel.show(pair.current(), pair.previous()));
        List<String> all = texts(robot.lookup("#objects-processes").query());
        assertTrue(all.contains("gevent hub of MainThread"), all.toString());
        List<String> hub = texts(row(robot, "1000/hub/MainThread"));
        assertTrue(hub.containsAll(List.of("callbacks:", "Greenlet-2", "timers:")), hub.toString());
        assertTrue(hub.stream().anyMatch(t -> t.startsWith("Greenlet-0 sleep(2) at 2.000 s")), hub.toString());
        assertTrue(texts(row(robot, "1000/greenlet/main")).containsAll(List.of("main greenlet", "waiting",
                "runs the hub while it waits for join(Greenlet-0)")), texts(row(robot, "1000/greenlet/main")).toString());
        assertTrue(texts(row(robot, "1000/greenlet/Greenlet-1")).containsAll(List.of("nap()", "running")));
        assertTrue(texts(row(robot, "1000/greenlet/Greenlet-0")).containsAll(List.of("waiting", "waits for sleep(2)")));
        assertTrue(texts(row(robot, "1000/greenlet/Greenlet-2")).contains("ready to run"));
        robot.interact(() -> panel.setLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertTrue(texts(robot.lookup("#objects-processes").query()).contains("MainThread 的 gevent 调度器（hub）"));
        assertTrue(texts(row(robot, "1000/greenlet/main")).containsAll(List.of("主 greenlet", "等待中",
                "等待 join(Greenlet-0)，期间运行调度器")), texts(row(robot, "1000/greenlet/main")).toString());
    }

    /** At the step where T2 blocks on the lock held by T1: the lock's waiters, T2 and the next to run changed. */
    @Test
    void whatChangedInTheStepIsHighlighted(FxRobot robot) {
        Pictures.Pair pair = Pictures.atEvent(Pictures.EVERYTHING,
                (e, trace) -> e instanceof TraceEvent.Blocked && trace.threadName(e.thread()).equals("T2"));
        robot.interact(() -> panel.show(pair.current(), pair.previous()));

        Node lock = row(robot, "1000/LockInfo/lock");
        assertTrue(lock.getStyleClass().contains("changed"));
        List<Node> parts = withClass(lock, "changed-part");
        assertEquals(1, parts.size());
        assertTrue(texts(parts.get(0)).containsAll(List.of("waiting:", "T2")), texts(parts.get(0)).toString());

        Node t2 = robot.lookup(".object-row").match(n -> n.getUserData() != null
                && texts(n).contains("T2") && n.getUserData().toString().startsWith("1000/thread/")).query();
        assertTrue(t2.getStyleClass().contains("changed"));
        assertTrue(texts(withClass(t2, "changed-part").get(0)).contains("blocked"));

        assertFalse(row(robot, "1000/LockInfo/r").getStyleClass().contains("changed"));
        assertFalse(row(robot, "1000/variable/counter").getStyleClass().contains("changed"));
        // The main thread, about to run the next step, changed from ready to running.
        assertEquals(List.of("1000/thread/1", "1000/thread/3", "1000/LockInfo/lock"),
                robot.lookup(".object-row.changed").queryAll().stream().map(Node::getUserData).toList());
        assertEquals(List.of("running"), texts(withClass(row(robot, "1000/thread/1"), "changed-part").get(0)));

        robot.interact(() -> panel.show(pair.current(), null));
        assertEquals(0, robot.lookup(".changed").queryAll().size(), "nothing is highlighted without a previous step");
    }

    @Test
    void aForkedChildsLockHeldByAThreadItDoesNotHaveIsShownAsNeverReleased(FxRobot robot) {
        Pictures.Pair pair = Pictures.atEnd(Pictures.FORK_DEADLOCK);
        robot.interact(() -> panel.show(pair.current(), pair.previous()));
        List<String> child = texts(row(robot, "1001/LockInfo/lock"));
        assertTrue(child.containsAll(List.of("held by", "X", "not in this process: never released", "MainThread")),
                child.toString());
        assertTrue(texts(robot.lookup(".process").nth(1).query()).contains("Process 1001 · child of 1000"));
        assertTrue(robot.lookup("#objects-step").queryAs(Label.class).getText().endsWith("the run is over"));
        assertTrue(texts(row(robot, "1000/thread/1")).contains("waits for process 1001"));

        // What the simulator describes rather than names is translated too.
        robot.interact(() -> panel.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(texts(row(robot, "1000/thread/1")).contains("等待 进程 1001"), texts(row(robot, "1000/thread/1"))
                .toString());
        assertTrue(texts(row(robot, "1001/LockInfo/lock")).contains("不在本进程中：永远不会释放"));
    }

    @Test
    void switchingToChineseTranslatesEveryString(FxRobot robot) {
        Pictures.Pair pair = Pictures.atPrint(Pictures.EVERYTHING, "look");
        robot.interact(() -> {
            panel.setHistory(pair.history());
            panel.show(pair.current(), pair.previous());
            panel.setLocale(Locale.SIMPLIFIED_CHINESE);
        });
        List<String> all = texts(robot.lookup("#objects-processes").query());
        assertTrue(all.containsAll(List.of("进程 1000", "线程", "锁", "条件变量", "信号量", "事件", "屏障", "队列",
                "共享变量", "持有者", "等待者：", "值 0，上限 1", "未设置", "3 个中有 1 个在等待", "锁空闲", "写入者")),
                all.toString());
        assertTrue(robot.lookup("#objects-step").queryAs(Label.class).getText().startsWith("第 "));
        assertEquals(Locale.SIMPLIFIED_CHINESE, panel.getLocale());

        robot.interact(() -> panel.setLocale(Locale.ENGLISH));
        assertTrue(texts(robot.lookup("#objects-processes").query()).contains("Shared variables"));
    }
}
