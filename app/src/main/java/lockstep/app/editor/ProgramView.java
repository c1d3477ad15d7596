package lockstep.app.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lockstep.app.i18n.CjkRuns;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.simulation.StepContext;
import lockstep.app.simulation.ThreadKey;
import lockstep.app.theme.ThreadPalette;
import lockstep.sim.lang.ProgramError;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The program, editable: syntax colouring, line numbers, each live thread's line marked in its colour with its
 * name, the line about to run emphasised, and a compile error marked at its line and column with its message under
 * the text. Follows the {@link Workspace} (the text, the error) and the {@link PlaybackController} (the markers).
 *
 * <p>The program is read, not edited, until the user asks to edit it — a double click in it, Enter while it has the
 * focus, or the pencil button — so that a click in the program leaves M, Space and the digits to the playback.
 * Esc, or the focus going elsewhere, ends editing. Presentation mode never edits.
 */
public final class ProgramView {
    static final String NEXT_LINE = "next-line";
    static final String ERROR_LINE = "error-line";

    private final Workspace workspace;
    private final PlaybackController playback;
    private final I18n i18n;
    private final CodeArea area = new CodeArea();
    private final ProgramGutter gutter = new ProgramGutter();
    private final Label errorLabel = new Label();
    private final HBox errorBar = new HBox(8);
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private boolean syncing;
    private int emphasised = -1;
    private int errorParagraph = -1;
    private List<ThreadMarker> shownMarkers = List.of();

    public ProgramView(Workspace workspace, PlaybackController playback, I18n i18n) {
        this.workspace = workspace;
        this.playback = playback;
        this.i18n = i18n;
    }

    public Node createView() {
        area.setId("program-area");
        area.getStyleClass().add("program-area");
        area.setParagraphGraphicFactory(gutter);
        area.setWrapText(false);

        FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        icon.getStyleClass().add("error-icon");
        errorLabel.setId("program-error");
        errorLabel.setWrapText(true);
        errorLabel.setOnMouseClicked(e -> moveCaretToError());
        errorBar.getChildren().addAll(icon, errorLabel);
        errorBar.getStyleClass().add("program-error-bar");
        errorBar.setId("program-error-bar");
        errorBar.setPadding(new Insets(6, 10, 6, 10));
        errorBar.setVisible(false);
        errorBar.setManaged(false);
        HBox.setHgrow(errorLabel, Priority.ALWAYS);

        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        BorderPane view = new BorderPane(new StackPane(scroll));
        view.setBottom(errorBar);
        view.getStyleClass().add("program-view");
        initListeners();
        setText(workspace.programTextProperty().get());
        return view;
    }

    public CodeArea area() {
        return area;
    }

    /** The markers shown now, for tests and the screenshot. */
    public List<ThreadMarker> markers() {
        return shownMarkers;
    }

    /** The 1-based line emphasised as about to run, or 0. */
    public int emphasisedLine() {
        return emphasised + 1;
    }

    /** The 1-based line marked with an error, or 0. */
    public int errorLine() {
        return errorParagraph + 1;
    }

    /** Whether the program takes typing now; only then do keys go to the text. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** In presentation mode the program is shown, not edited, so that every key drives the playback. */
    public void setPresentation(boolean on) {
        presentation.set(on);
        if (on) {
            editing.set(false);
        }
        area.setFocusTraversable(!on);
        gutter.setScale(on ? 1.25 : 1);
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(gutter);
    }

    /** Editing starts on a double click, Enter or the button, and ends on Esc or when the focus leaves. */
    private void initEditing() {
        area.setEditable(false);
        area.editableProperty().bind(editing.and(presentation.not()));
        editing.addListener((obs, was, now) -> {
            area.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("editing"), now);
            if (now && !presentation.get()) {
                area.requestFocus();
            }
        });
        editing.addListener((obs, was, now) -> {
            if (now && presentation.get()) {
                editing.set(false);
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !editing.get()) {
                editing.set(true);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !editing.get() && !presentation.get()) {
                editing.set(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && editing.get()) {
                editing.set(false);
            }
        });
        // The focus going to another node ends editing; the window losing the focus (a dialog, another app) does not.
        javafx.beans.value.ChangeListener<Node> focusOwner = (obs, old, now) -> {
            if (now != null && now != area) {
                editing.set(false);
            }
        };
        area.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusOwner);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focusOwner);
            }
        });
    }

    private void initListeners() {
        initEditing();
        area.multiPlainChanges().successionEnds(Duration.ofMillis(30))
                .subscribe(ignore -> area.setStyleSpans(0, styles(area.getText())));
        area.textProperty().addListener((obs, old, now) -> {
            gutter.setLineCount(area.getParagraphs().size());
            if (!syncing) {
                syncing = true;
                try {
                    workspace.programTextProperty().set(now);
                } finally {
                    syncing = false;
                }
                refreshMarkers();
            }
        });
        workspace.programTextProperty().addListener((obs, old, now) -> {
            if (!syncing && !now.equals(area.getText())) {
                setText(now);
            }
        });
        workspace.documentProperty().addListener((obs, old, now) -> area.getUndoManager().forgetHistory());
        workspace.compileErrorProperty().addListener((obs, old, now) -> showError(now));
        i18n.localeProperty().addListener((obs, old, now) -> showError(workspace.compileErrorProperty().get()));
        playback.contextProperty().addListener((obs, old, now) -> refreshMarkers());
    }

    /** The highlighting of {@code text}, with Chinese in the bundled CJK font (the area's font has no Chinese). */
    private static StyleSpans<Collection<String>> styles(String text) {
        return CjkRuns.over(PythonHighlighter.highlight(text), text);
    }

    private void setText(String text) {
        syncing = true;
        try {
            area.replaceText(text);
            area.setStyleSpans(0, styles(text));
            area.moveTo(0);
            area.getUndoManager().forgetHistory();
            area.showParagraphAtTop(0);
        } finally {
            syncing = false;
        }
        gutter.setLineCount(area.getParagraphs().size());
        emphasised = -1;
        errorParagraph = -1;
        refreshMarkers();
    }

    private void refreshMarkers() {
        StepContext context = playback.contextProperty().get();
        List<ThreadMarker> markers = new ArrayList<>();
        int next = -1;
        if (context != null && context.session().programText().equals(area.getText())) {
            ThreadKey runsNext = context.next() != null
                    ? context.session().threadOfStep(context.position()) : null;
            boolean withProcess = context.session().severalProcesses();
            for (Map.Entry<ThreadKey, Integer> e : context.threadLines().entrySet()) {
                int line = e.getValue();
                if (line >= 1 && line <= area.getParagraphs().size()) {
                    ThreadKey thread = e.getKey();
                    markers.add(new ThreadMarker(line, thread.label(withProcess),
                            ThreadPalette.colour(thread.colour()), thread.equals(runsNext)));
                }
            }
            if (context.next() != null && context.next().line() >= 1
                    && context.next().line() <= area.getParagraphs().size()) {
                next = context.next().line() - 1;
            }
        }
        shownMarkers = List.copyOf(markers);
        gutter.setMarkers(markers);
        setEmphasis(next);
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(gutter);
        if (next >= 0 && !isVisible(next)) {
            area.showParagraphInViewport(next);
        }
    }

    private boolean isVisible(int paragraph) {
        try {
            return paragraph >= area.firstVisibleParToAllParIndex() && paragraph <= area.lastVisibleParToAllParIndex();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private void setEmphasis(int paragraph) {
        if (paragraph == emphasised) {
            return;
        }
        if (emphasised >= 0 && emphasised < area.getParagraphs().size()) {
            area.setParagraphStyle(emphasised, styles(emphasised, NEXT_LINE, false));
        }
        emphasised = paragraph;
        if (paragraph >= 0) {
            area.setParagraphStyle(paragraph, styles(paragraph, NEXT_LINE, true));
        }
    }

    private Collection<String> styles(int paragraph, String style, boolean on) {
        List<String> now = new ArrayList<>(area.getParagraph(paragraph).getParagraphStyle());
        now.remove(style);
        if (on) {
            now.add(style);
        }
        return now;
    }

    private void showError(ProgramError error) {
        if (errorParagraph >= 0 && errorParagraph < area.getParagraphs().size()) {
            area.setParagraphStyle(errorParagraph, styles(errorParagraph, ERROR_LINE, false));
        }
        errorParagraph = -1;
        if (error == null) {
            gutter.setError(-1, null);
            errorBar.setVisible(false);
            errorBar.setManaged(false);
        } else {
            String text = i18n.get("editor.error", error.line(), error.col(), error.reason());
            gutter.setError(error.line(), text);
            errorLabel.setText(text);
            errorBar.setVisible(true);
            errorBar.setManaged(true);
            int paragraph = Math.min(Math.max(error.line(), 1), area.getParagraphs().size()) - 1;
            if (paragraph >= 0) {
                errorParagraph = paragraph;
                area.setParagraphStyle(paragraph, styles(paragraph, ERROR_LINE, true));
                int length = area.getParagraph(paragraph).length();
                int col = Math.min(Math.max(error.col() - 1, 0), length);
                int end = wordEnd(area.getParagraph(paragraph).getText(), col);
                if (end > col) {
                    List<String> classes = new ArrayList<>(area.getStyleAtPosition(paragraph, col + 1));
                    classes.add("error");
                    area.setStyle(paragraph, col, end, classes);
                }
            }
        }
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(gutter);
    }

    /** Where the token at {@code col} ends: the rest of a word, or one character. */
    private static int wordEnd(String line, int col) {
        if (col >= line.length()) {
            return col;
        }
        int end = col;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        return end == col ? col + 1 : end;
    }

    private void moveCaretToError() {
        ProgramError error = workspace.compileErrorProperty().get();
        if (error != null && error.line() >= 1 && error.line() <= area.getParagraphs().size()) {
            int paragraph = error.line() - 1;
            area.moveTo(paragraph, Math.min(Math.max(0, error.col() - 1), area.getParagraph(paragraph).length()));
            area.requestFollowCaret();
            area.requestFocus();
        }
    }
}
