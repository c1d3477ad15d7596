package lockstep.app.panels;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.simulation.ManualThread;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.StepContext;
import lockstep.app.simulation.ThreadKey;
import lockstep.app.theme.ThreadPalette;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.TraceEvent;

/**
 * The threads of the run at the cursor, each in its colour with what it is doing, its operation (at the micro-op
 * grain its next micro-op) and, once the inspector's picture of the step has come, the values it read from shared
 * state and holds. In manual mode every thread is a button with its key (its number in creation order, for the
 * whole run); one that cannot run now is greyed, with why.
 */
public final class ThreadsPanel {
    private final Workspace workspace;
    private final PlaybackController playback;
    private final I18n i18n;
    private final VBox rows = new VBox(2);
    private final Label manualHint = new Label();
    /** Why the last press ran nothing; empty after a press that ran. */
    private final Label manualMessage = new Label();
    private final VBox choices = new VBox(6);
    /** The inspector's picture of the machine, for held values and micro-ops; null until one comes. */
    private Snapshot picture;

    public ThreadsPanel(Workspace workspace, PlaybackController playback, I18n i18n) {
        this.workspace = workspace;
        this.playback = playback;
        this.i18n = i18n;
    }

    public Node createView() {
        rows.setId("threads-list");
        manualHint.setWrapText(true);
        manualHint.setMinHeight(Region.USE_PREF_SIZE);
        manualHint.getStyleClass().addAll(Styles.TEXT_SMALL);
        manualMessage.setId("manual-message");
        manualMessage.setWrapText(true);
        manualMessage.setMinHeight(Region.USE_PREF_SIZE);
        manualMessage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        choices.setId("manual-choices");
        choices.getStyleClass().add("manual-choices");
        choices.setPadding(new Insets(10));
        VBox body = new VBox(10, choices, rows);
        body.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        initListeners();
        refresh();
        return scroll;
    }

    private void initListeners() {
        playback.contextProperty().addListener((obs, old, now) -> refresh());
        playback.sessionProperty().addListener((obs, old, now) -> refresh());
        playback.grainProperty().addListener((obs, old, now) -> refresh());
        playback.grainsProperty().addListener((obs, old, now) -> refresh());
        workspace.manualProperty().addListener((obs, old, now) -> refresh());
        playback.grainProperty().addListener((obs, old, now) -> refresh());
        workspace.manualThreads().addListener((ListChangeListener<ManualThread>) c -> refresh());
        workspace.manualRefusalProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        refreshChoices();
        rows.getChildren().clear();
        RunSession run = playback.session();
        StepContext context = playback.contextProperty().get();
        if (run == null) {
            return;
        }
        long position = playback.position();
        ThreadKey runsNext = position < run.steps() ? run.threadOfStep(position) : null;
        for (ThreadKey thread : run.threads()) {
            if (!run.alive(thread, position) && !run.ended(thread, position)) {
                continue;
            }
            Circle dot = new Circle(6, ThreadPalette.colour(thread.colour()));
            Label name = new Label(thread.label(run.severalProcesses()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label state = new Label(i18n.get(stateKey(run, thread, position, runsNext)));
            state.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Integer line = context == null ? null : context.threadLines().get(thread);
            Label at = new Label(line == null || line < 1 ? "" : i18n.get("threads.line", line));
            at.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, dot, name, state, spacer, at);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 8, 4, 8));
            row.getStyleClass().add("thread-row");
            if (thread.equals(runsNext)) {
                row.getStyleClass().add("runs-next");
            }
            if (run.ended(thread, position)) {
                row.getStyleClass().add("ended");
            }
            rows.getChildren().add(details(row, thread.id(), doing(run, thread, position), pictured(thread, position)));
        }
    }

    /** Shows what the threads hold in {@code newPicture} (the cursor's step; null: nothing known). */
    public void showPicture(Snapshot newPicture) {
        this.picture = newPicture;
        refresh();
    }

    /** The picture when it is of {@code position}: pictures arrive after the cursor moves, from a background run. */
    private ThreadInfo pictured(ThreadKey thread, long position) {
        boolean current = picture != null && (picture.step() == position
                || picture.finished() && position >= picture.step());
        return current ? ThreadHoldings.find(picture, thread.id()) : null;
    }

    /**
     * What the thread does at the cursor: its operation (in progress or next), or at the micro-op grain its next
     * micro-op from the picture; empty when nothing is known or left.
     */
    private String doing(RunSession run, ThreadKey thread, long position) {
        if (playback.grainProperty().get() == Grain.MICRO_OP) {
            ThreadInfo info = pictured(thread, position);
            return info == null ? "" : ThreadHoldings.next(info, i18n);
        }
        RunGrains grains = playback.grainsProperty().get();
        Operation op = grains == null || grains.session() != run ? null
                : grains.operations().pendingOf(thread.id(), position);
        return op == null ? "" : ThreadHoldings.operation(op, position, i18n);
    }

    /** The row's second part: what the thread does and the values it holds. */
    private Node details(HBox row, int threadId, String doing, ThreadInfo info) {
        if (info == null && doing.isEmpty()) {
            return row;
        }
        VBox box = new VBox(1, row);
        box.getStyleClass().add("thread-details");
        if (!doing.isEmpty()) {
            Label op = new Label(doing);
            op.setId("doing-" + threadId);
            op.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            op.setWrapText(true);
            op.setPadding(new Insets(0, 8, 0, 28));
            box.getChildren().add(op);
        }
        for (String held : info == null ? List.<String>of() : ThreadHoldings.held(info, i18n)) {
            Label line = new Label(held);
            line.setId("held-" + info.id());
            line.getStyleClass().addAll(Styles.TEXT_SMALL, "held-value");
            line.setWrapText(true);
            line.setPadding(new Insets(0, 8, 2, 28));
            line.setTooltip(new javafx.scene.control.Tooltip(i18n.get("threads.held.tip")));
            box.getChildren().add(line);
        }
        return box;
    }

    private void refreshChoices() {
        choices.getChildren().clear();
        boolean manual = workspace.manualProperty().get();
        choices.setVisible(manual);
        choices.setManaged(manual);
        if (!manual) {
            return;
        }
        RunSession run = playback.session();
        List<ManualThread> threads = workspace.manualThreads();
        boolean awaiting = run != null && run.awaitingChoice() && playback.position() >= run.steps();
        boolean canChoose = run != null && run.manual() && threads.stream().anyMatch(ManualThread::canRun);
        Label title = new Label(i18n.get("manual.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        manualHint.setText(i18n.get(!canChoose ? "manual.hint.none" : awaiting ? "manual.hint" : "manual.hint.branch",
                i18n.get("grain." + playback.grainProperty().get().name().toLowerCase(java.util.Locale.ROOT))));
        choices.getChildren().addAll(title, manualHint);
        if (workspace.manualRefusalProperty().get() != null) {
            manualMessage.setText(ManualTexts.refusal(workspace.manualRefusalProperty().get(), threads, i18n));
            choices.getChildren().add(manualMessage);
        }
        for (ManualThread thread : threads) {
            choices.getChildren().add(choiceRow(run, thread, threads));
        }
    }

    /** A thread's button, with its key; greyed with why when it cannot run now. */
    private Node choiceRow(RunSession run, ManualThread thread, List<ManualThread> threads) {
        int index = run == null ? -1 : colourOf(run, thread.key());
        Label key = new Label(Integer.toString(thread.key()));
        key.getStyleClass().add("key-cap");
        Circle dot = new Circle(6, ThreadPalette.colour(index < 0 ? thread.key() - 1 : index));
        Button button = new Button(thread.name() + (run != null && run.severalProcesses() ? " · " + thread.pid() : ""),
                new HBox(6, key, dot));
        button.setId("pick-" + thread.key());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setFocusTraversable(false);
        button.getStyleClass().add("pick-thread");
        button.setDisable(!thread.canRun());
        button.setOnAction(e -> workspace.pickKey(thread.key()));
        if (thread.canRun()) {
            return button;
        }
        Label why = new Label(ManualTexts.whyNot(thread, threads, i18n));
        why.setId("why-" + thread.key());
        why.setWrapText(true);
        why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        why.setPadding(new Insets(0, 8, 0, 28));
        return new VBox(2, button, why);
    }

    /** The colour index of thread {@code id}, or -1. */
    private static int colourOf(RunSession run, int id) {
        for (ThreadKey thread : run.threads()) {
            if (thread.id() == id) {
                return thread.colour();
            }
        }
        return -1;
    }

    /** What a thread is doing at the cursor, from the trace: running next, waiting, sleeping, ready or done. */
    static String stateKey(RunSession run, ThreadKey thread, long position, ThreadKey runsNext) {
        if (run.ended(thread, position)) {
            return "thread.state.done";
        }
        if (thread.equals(runsNext)) {
            return "thread.state.next";
        }
        long last = run.lastStepBefore(thread, position);
        List<TraceEvent> events = run.events();
        // The thread's newest event since its last step (an event is seen at the position after its step).
        for (int i = run.eventCountAt(position) - 1; i >= 0; i--) {
            TraceEvent e = events.get(i);
            if (e.step() <= last) {
                break;
            }
            if (e.thread() != thread.id()) {
                continue;
            }
            if (e instanceof TraceEvent.Blocked || e instanceof TraceEvent.Deadlocked) {
                return "thread.state.waiting";
            }
            return e instanceof TraceEvent.Slept ? "thread.state.sleeping" : "thread.state.ready";
        }
        return position >= run.steps() && run.result().status() == lockstep.sim.RunStatus.DEADLOCK
                ? "thread.state.waiting" : "thread.state.ready";
    }
}
