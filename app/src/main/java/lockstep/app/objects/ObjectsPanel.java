package lockstep.app.objects;

import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import lockstep.sim.inspect.ProcessInfo;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.VariableHistory;

/**
 * The objects panel: for each process, its threads, locks (owner, count, waiters in order), conditions, semaphores,
 * events, barriers, queues (contents) and shared variables (with the last values before and who wrote them, when a
 * {@link VariableHistory} is given), with what changed since the previous picture highlighted: a changed row has
 * the style class {@code changed}, the part of it that changed (an owner, the waiters, a value) {@code changed-part}.
 * Threads are named as chips in their colour when a colour function (thread id to colour) is given.
 *
 * <p>Use on the JavaFX thread: {@link #createView()} once, then {@link #show} for every step. Pictures are made off
 * it, by an {@link lockstep.sim.inspect.Inspector}.
 */
public final class ObjectsPanel {
    private static final String STYLESHEET = "/lockstep/app/objects/objects.css";

    // Properties
    private IntFunction<Color> threadColors;
    private Texts texts = new Texts(Locale.ENGLISH);
    private Snapshot current;
    private Snapshot previous;
    private VariableHistory history;

    // Nodes
    private final BorderPane root = new BorderPane();
    private final Label stepLabel = new Label();
    private final VBox processes = new VBox();
    private final ScrollPane scroll = new ScrollPane(processes);

    /** A panel whose threads are shown in a neutral colour. */
    public ObjectsPanel() {
        this(null);
    }

    /** A panel showing each thread in {@code threadColors.apply(threadId)} (null: neutral). */
    public ObjectsPanel(IntFunction<Color> threadColors) {
        this.threadColors = threadColors;
    }

    /** The panel's node, built once. */
    public Node createView() {
        root.getStyleClass().add("objects-panel");
        root.getStylesheets().add(Objects.requireNonNull(ObjectsPanel.class.getResource(STYLESHEET)).toExternalForm());
        stepLabel.getStyleClass().add("step-label");
        stepLabel.setId("objects-step");
        processes.getStyleClass().add("processes");
        processes.setId("objects-processes");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setTop(stepLabel);
        root.setCenter(scroll);
        render();
        return root;
    }

    // Commands

    /**
     * Shows {@code current}, highlighting what differs from {@code previous} (null: nothing highlighted, as at the
     * first step or after a jump where a comparison would mislead).
     */
    public void show(Snapshot current, Snapshot previous) {
        this.current = current;
        this.previous = previous;
        render();
    }

    /** The history the variable rows take their earlier values from; null for none. */
    public void setHistory(VariableHistory history) {
        this.history = history;
        render();
    }

    /** The colour of each thread, by id (null, or null for an id: neutral). */
    public void setThreadColors(IntFunction<Color> threadColors) {
        this.threadColors = threadColors;
        render();
    }

    /** The language of the panel's text; English unless Chinese is asked for. */
    public void setLocale(Locale locale) {
        this.texts = new Texts(locale);
        render();
    }

    public Locale getLocale() {
        return texts.locale();
    }

    /** The picture shown, or null. */
    public Snapshot getSnapshot() {
        return current;
    }

    private void render() {
        processes.getChildren().clear();
        if (current == null) {
            stepLabel.setText(texts.get("panel.title"));
            Label empty = new Label(texts.get("panel.empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("muted");
            empty.setId("objects-empty");
            processes.getChildren().add(empty);
            return;
        }
        stepLabel.setText(texts.format(current.finished() ? "panel.finished" : "panel.step", current.step()));
        SnapshotChanges changes = SnapshotChanges.between(current, previous);
        ProcessView view = new ProcessView(texts, new ThreadChips(threadColors), changes, history, current);
        for (ProcessInfo p : current.processes()) {
            processes.getChildren().add(view.build(p));
        }
    }
}
