package lockstep.app.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.inspect.Inspector;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Under the GIL policy, each process shows a GIL row: who holds it, who waits for it, or that it is free. */
@ExtendWith(ApplicationExtension.class)
class GilRowTest {
    private static final String CRUNCH = "import threading\ndef crunch():\n    total = 0\n"
            + "    for i in range(3000):\n        total += i\n"
            + "ts = [threading.Thread(target=crunch) for _ in range(2)]\n"
            + "for t in ts: t.start()\nfor t in ts: t.join()\n";
    private static final RunOptions GIL = RunOptions.defaults().withPolicy(SchedulingPolicy.GIL)
            .withSwitchInterval(0.0005);

    private ObjectsPanel panel;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        panel = new ObjectsPanel(Pictures.COLORS);
        stage.setScene(new Scene((Parent) panel.createView(), 560, 700));
        stage.show();
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

    private Node gilRow(FxRobot robot) {
        return robot.lookup(".object-row").match(n -> "1000/gil".equals(n.getUserData())).query();
    }

    @Test
    void theHolderAndTheWaiterAtAHandOffThenFreeAtTheEnd(FxRobot robot) throws Exception {
        Program program = Simulator.compile("prog.py", CRUNCH);
        RunResult run = Simulator.run(program, GIL);
        TraceEvent.GilHandedOver turn = run.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.GilHandedOver g && g.reason() == TraceEvent.GilReason.INTERVAL
                        && g.from() == 2 && g.thread() == 3)
                .map(e -> (TraceEvent.GilHandedOver) e).findFirst().orElseThrow();
        Snapshot at;
        Snapshot before;
        Snapshot end;
        try (Inspector inspector = new Inspector(program, GIL)) {
            before = inspector.snapshotAt(turn.step() - 1);
            at = inspector.snapshotAt(turn.step());
            end = inspector.snapshotAt(run.steps());
        }
        robot.interact(() -> panel.show(at, before));
        Node row = gilRow(robot);
        assertEquals(List.of("GIL", "held by", "Thread-2 (crunch)", "waiting for it:", "Thread-1 (crunch)"),
                texts(row));
        assertTrue(row.getStyleClass().contains("changed"), "the holder changed in this step");
        assertEquals(List.of("GIL"), texts(robot.lookup(".section-title").match(n -> texts(n).contains("GIL"))
                .query()));

        robot.interact(() -> panel.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("GIL", "持有者", "Thread-2 (crunch)", "等待获得：", "Thread-1 (crunch)"),
                texts(gilRow(robot)));
        robot.interact(() -> {
            panel.setLocale(Locale.ENGLISH);
            panel.show(end, end);
        });
        assertEquals(List.of("GIL", "free: no thread runs Python"), texts(gilRow(robot)));
    }

    @Test
    void withoutTheGilPolicyThereIsNoGilRow(FxRobot robot) throws Exception {
        Program program = Simulator.compile("prog.py", CRUNCH);
        Snapshot picture;
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            picture = inspector.snapshotAt(500);
        }
        robot.interact(() -> panel.show(picture, picture));
        assertTrue(robot.lookup(".object-row").match(n -> "1000/gil".equals(n.getUserData())).tryQuery().isEmpty());
    }
}
