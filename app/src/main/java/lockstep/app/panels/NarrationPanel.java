package lockstep.app.panels;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lockstep.app.i18n.CjkRuns;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.StepContext;
import lockstep.sim.RunStatus;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.trace.EventNarrator;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.TraceEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The current step in plain words: before the first step the scenario's title and summary as an introduction; then
 * the step just done in one sentence with its line of code; at the end how the run ended. Below, the scenario's
 * expectations as passed or failed.
 */
public final class NarrationPanel {
    private final Workspace workspace;
    private final PlaybackController playback;
    private final I18n i18n;
    private final Label heading = new Label();
    private final Label where = new Label();
    private final Label sentence = new Label();
    private final Label code = new Label();
    /** The scenario's note on the line of the step just done (a lesson's numbered walk), when it has one. */
    private final Label note = new Label();
    private final Label ending = new Label();
    private final Label expectationsHeading = new Label();
    private final VBox expectationRows = new VBox(4);
    private final VBox expectationsBox = new VBox(6, expectationsHeading, expectationRows);

    public NarrationPanel(Workspace workspace, PlaybackController playback, I18n i18n) {
        this.workspace = workspace;
        this.playback = playback;
        this.i18n = i18n;
    }

    public Node createView() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("narration.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");

        heading.setId("narration-heading");
        heading.getStyleClass().addAll(Styles.TITLE_3);
        heading.setWrapText(true);
        where.setId("narration-where");
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        sentence.setId("narration-text");
        sentence.getStyleClass().add("narration-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        code.setId("narration-code");
        code.getStyleClass().add("narration-code");
        code.setMaxWidth(Double.MAX_VALUE);
        CjkRuns.mark(sentence); // a program's Chinese string, quoted in English or in a monospaced line
        CjkRuns.mark(code);
        note.setId("narration-note");
        note.getStyleClass().add("narration-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        ending.setId("narration-ending");
        ending.getStyleClass().add("narration-ending");
        ending.setWrapText(true);
        ending.setMinHeight(Region.USE_PREF_SIZE);
        ending.setMaxWidth(Double.MAX_VALUE);

        expectationsHeading.getStyleClass().addAll(Styles.TEXT_BOLD);
        expectationsBox.setId("expectations");
        expectationsBox.getStyleClass().add("expectations");

        VBox body = new VBox(8, heading, where, sentence, code, note, ending, expectationsBox);
        body.setPadding(new Insets(4, 12, 12, 12));
        body.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox view = new VBox(6, title, scroll);
        VBox.setMargin(title, new Insets(10, 12, 0, 12));
        view.getStyleClass().add("narration-pane");
        initListeners();
        refresh();
        return view;
    }

    /** The note shown now, or null (for tests). */
    public String noteText() {
        return note.isVisible() ? note.getText() : null;
    }

    /** The sentence shown now (for tests). */
    public String sentenceText() {
        return sentence.getText();
    }

    private void initListeners() {
        playback.contextProperty().addListener((obs, old, now) -> refresh());
        playback.groupProperty().addListener((obs, old, now) -> refresh());
        playback.sessionProperty().addListener((obs, old, now) -> refresh());
        workspace.expectationsProperty().addListener((obs, old, now) -> refresh());
        workspace.documentProperty().addListener((obs, old, now) -> refresh());
        workspace.failureProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        StepContext context = playback.contextProperty().get();
        RunSession run = playback.session();
        String language = i18n.language();
        show(where, null);
        show(code, null);
        show(note, null);
        show(ending, null);
        ending.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.WARNING, Styles.ACCENT);
        if (workspace.failureProperty().get() != null) {
            heading.setText(i18n.get("narration.failure.title"));
            sentence.setText(workspace.failureProperty().get());
            refreshExpectations();
            return;
        }
        if (run == null || context == null || context.position() == 0) {
            var doc = workspace.document();
            heading.setText(doc == null ? i18n.get("narration.welcome.title")
                    : doc.scenario().title().in(language));
            String summary = doc == null ? i18n.get("narration.welcome.text") : doc.scenario().summary().in(language);
            sentence.setText(summary.isBlank() ? i18n.get("narration.intro.none") : summary);
            if (doc != null) {
                show(where, i18n.get("narration.intro.hint"));
            }
        } else {
            Step done = context.done();
            long position = context.position();
            heading.setText(i18n.get("narration.step", group(position), group(run.steps())));
            if (done == null) {
                sentence.setText(i18n.get("narration.computing"));
            } else {
                sentence.setText(StepNarration.sentence(done, i18n));
                tellGroup();
                String runner = done.task() == null ? done.threadName() : done.threadName() + " · " + done.task();
                String thread = run.severalProcesses()
                        ? i18n.get("narration.thread.process", runner, done.pid()) : runner;
                show(where, done.line() >= 1 ? i18n.get("narration.where", thread, done.line(),
                        String.format(Locale.ROOT, "%.6f", done.timeNanos() / 1e9)) : thread);
                String line = StepNarration.lineText(run.programText(), done.line());
                if (!line.isEmpty()) {
                    show(code, String.format("%4d │ %s", done.line(), line));
                }
                var doc = workspace.document();
                var lineNote = doc == null || done.isLibraryCode() ? null : doc.scenario().notes().get(done.line());
                if (lineNote != null) {
                    show(note, lineNote.in(language));
                }
            }
            if (position >= run.steps()) {
                showEnding(run);
            }
        }
        refreshExpectations();
    }

    /** At the operation or line grain, the group the step just done ends: its number and what the program did. */
    private void tellGroup() {
        Operation done = playback.groupProperty().get();
        RunGrains grains = playback.grainsProperty().get();
        Operations groups = grains == null ? null : grains.at(playback.grainProperty().get());
        if (done == null || groups == null) {
            return;
        }
        String counter = playback.grainProperty().get() == Grain.LINE ? "narration.group.line" : "narration.group.operation";
        heading.setText(i18n.get(counter, group(groups.indexEndingAtOrAfter(done.last()) + 1), group(groups.size())));
        sentence.setText(StepNarration.sentence(done, i18n));
    }

    private void showEnding(RunSession run) {
        String text;
        String style;
        if (run.awaitingChoice()) {
            text = i18n.get("ending.manual");
            style = Styles.ACCENT;
        } else {
            RunStatus status = run.result().status();
            switch (status) {
                case COMPLETED -> {
                    text = i18n.get("ending.completed", group(run.steps()),
                            String.format(Locale.ROOT, "%.6f", run.result().timeSeconds()));
                    style = Styles.SUCCESS;
                }
                case DEADLOCK -> {
                    text = i18n.get("ending.deadlock", deadlockSentence(run));
                    style = Styles.DANGER;
                }
                case STEP_LIMIT -> {
                    text = i18n.get("ending.step_limit", group(run.steps()));
                    style = Styles.WARNING;
                }
                case INTERNAL_ERROR -> {
                    text = i18n.get("ending.internal_error", run.result().error());
                    style = Styles.DANGER;
                }
                default -> {
                    text = i18n.get("ending.error", run.result().error() == null ? "" : run.result().error());
                    style = Styles.DANGER;
                }
            }
        }
        show(ending, text);
        ending.getStyleClass().add(style);
    }

    private String deadlockSentence(RunSession run) {
        List<TraceEvent> events = run.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof TraceEvent.Deadlocked) {
                return NarrationRenderer.forLanguage(i18n.language())
                        .render(EventNarrator.narrate(events.get(i), run.result().trace()));
            }
        }
        return run.result().error() == null ? "" : run.result().error();
    }

    private void refreshExpectations() {
        var doc = workspace.document();
        List<ExpectationResult> results = workspace.expectationsProperty().get();
        int expected = doc == null ? 0 : doc.scenario().expect().size();
        RunSession run = playback.session();
        boolean show = expected > 0 && run != null && !run.awaitingChoice();
        expectationsBox.setVisible(show);
        expectationsBox.setManaged(show);
        if (!show) {
            return;
        }
        expectationRows.getChildren().clear();
        if (results == null || results.isEmpty()) {
            expectationsHeading.setText(i18n.get("expect.title.checking", expected));
            return;
        }
        long passed = results.stream().filter(ExpectationResult::passed).count();
        expectationsHeading.setText(i18n.get("expect.title", passed, results.size()));
        for (ExpectationResult r : results) {
            FontIcon icon = new FontIcon(r.passed() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE);
            icon.getStyleClass().add(r.passed() ? "expect-pass" : "expect-fail");
            Label description = new Label(r.description());
            description.getStyleClass().add("expect-description");
            CjkRuns.mark(description);
            description.setWrapText(true);
            description.setMinHeight(Region.USE_PREF_SIZE);
            Label detail = new Label(NarrationRenderer.forLanguage(i18n.language()).render(r.told()));
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            CjkRuns.mark(detail);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, description, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().addAll("expect-row", r.passed() ? "passed" : "failed");
            Tooltip.install(row, new Tooltip(i18n.get(r.passed() ? "expect.passed" : "expect.failed")));
            expectationRows.getChildren().add(row);
        }
    }

    private static void show(Label label, String text) {
        label.setText(text);
        boolean visible = text != null && !text.isEmpty();
        label.setVisible(visible);
        label.setManaged(visible);
    }

    private String group(long n) {
        return NumberFormat.getIntegerInstance(i18n.locale()).format(n);
    }
}
