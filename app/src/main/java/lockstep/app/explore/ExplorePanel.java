package lockstep.app.explore;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lockstep.app.i18n.I18n;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.Outcome;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Explore panel: Explore and Cancel, the mode and "stop at the first deadlock"; the progress of the search under
 * way; the outcomes, most frequent first, with their counts, a bar of their share, status, a short form of what
 * they end with and their problem; a sentence on the chosen (or first) outcome, the totals and whether the search
 * was complete; the choice of schedule to replay, and the exports. Choosing a row replays its schedule.
 */
public final class ExplorePanel {
    /** The CSV and picture exports, which ask for a file: the window's. */
    public interface Exports {
        void exportOutcomesCsv();

        void exportOutcomesPicture();
    }

    private static final String STYLESHEET = "/lockstep/app/explore/explore.css";
    /** The width of a share bar at 100%. */
    private static final double BAR_WIDTH = 64;

    private final Exploration exploration;
    private final I18n i18n;
    private final Exports exports;
    private Button explore;
    private Button cancel;
    private ComboBox<ExploreMode> mode;
    private CheckBox firstDeadlock;
    private ProgressIndicator busy;
    private Label status;
    private TableView<Outcome> table;
    private Label summary;
    private Label totals;
    private Label completeness;
    private CheckBox leastPreempted;
    private Button csv;
    private Button picture;

    public ExplorePanel(Exploration exploration, I18n i18n, Exports exports) {
        this.exploration = exploration;
        this.i18n = i18n;
        this.exports = exports;
    }

    public Node createView() {
        explore = button("explore-run", MaterialDesignM.MAGNIFY_SCAN, "explore.run", "explore.run.tip");
        explore.getStyleClass().add(Styles.ACCENT);
        cancel = button("explore-cancel", MaterialDesignC.CLOSE_CIRCLE_OUTLINE, "explore.cancel", "explore.cancel.tip");
        mode = new ComboBox<>();
        mode.setId("explore-mode");
        mode.getItems().setAll(Exploration.MODES);
        mode.setButtonCell(new ModeCell());
        mode.setCellFactory(l -> new ModeCell());
        mode.setFocusTraversable(false);
        mode.setTooltip(tooltip("explore.mode.tip"));
        firstDeadlock = checkBox("explore-first-deadlock", "explore.first_deadlock");
        FlowPane controls = new FlowPane(8, 6, explore, cancel, mode, firstDeadlock);
        controls.setAlignment(Pos.CENTER_LEFT);

        busy = new ProgressIndicator();
        busy.setId("explore-busy");
        busy.setPrefSize(16, 16);
        busy.setMinSize(16, 16);
        status = wrapping("explore-status");
        HBox progress = new HBox(6, busy, status);
        progress.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        table = createTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        summary = wrapping("explore-summary");
        summary.getStyleClass().add("explore-summary");
        totals = wrapping("explore-totals");
        completeness = wrapping("explore-complete");
        completeness.getStyleClass().add(Styles.TEXT_MUTED);

        leastPreempted = checkBox("explore-least-preempted", "explore.least_preempted");
        leastPreempted.setTooltip(tooltip("explore.least_preempted.tip"));
        csv = button("explore-export-csv", MaterialDesignF.FILE_DELIMITED_OUTLINE, "explore.export.csv",
                "explore.export.csv.title");
        picture = button("explore-export-png", MaterialDesignF.FILE_IMAGE_OUTLINE, "explore.export.png",
                "explore.export.png.title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FlowPane bottom = new FlowPane(8, 6, leastPreempted, csv, picture);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(6, controls, progress, table, summary, totals, completeness, bottom);
        content.setPadding(new Insets(8));
        // In a short window the panel scrolls rather than crushing the table or cutting off the exports.
        ScrollPane root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setId("explore-panel");
        root.getStyleClass().addAll("explore-panel", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        root.getStylesheets().add(Objects.requireNonNull(ExplorePanel.class.getResource(STYLESHEET))
                .toExternalForm());
        initListeners();
        return root;
    }

    /** The table of outcomes (for tests). */
    public TableView<Outcome> table() {
        return table;
    }

    private TableView<Outcome> createTable() {
        TableView<Outcome> t = new TableView<>();
        t.setId("explore-outcomes");
        t.getStyleClass().addAll(Styles.DENSE, "explore-outcomes");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.setMinHeight(100);
        t.setTooltip(tooltip("explore.done"));
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text("explore.placeholder"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        t.setPlaceholder(placeholder);
        TableColumn<Outcome, Outcome> count = column("explore.column.count", 100,
                (o, all) -> OutcomeTexts.count(o.count(), i18n.locale()));
        count.getStyleClass().add("explore-count");
        TableColumn<Outcome, Outcome> share = new TableColumn<>();
        share.textProperty().bind(i18n.text("explore.column.share"));
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        share.setCellFactory(c -> new ShareCell());
        share.setMinWidth(BAR_WIDTH + 60);
        share.setPrefWidth(BAR_WIDTH + 70);
        share.setSortable(false);
        TableColumn<Outcome, Outcome> state = column("explore.column.status", 95,
                (o, all) -> OutcomeTexts.status(o.status(), i18n));
        TableColumn<Outcome, Outcome> outcome = column("explore.column.outcome", 120,
                (o, all) -> OutcomeTexts.shortForm(o, all, i18n));
        outcome.setPrefWidth(200);
        TableColumn<Outcome, Outcome> problem = column("explore.column.problem", 80,
                (o, all) -> OutcomeTexts.problem(o));
        problem.setPrefWidth(200);
        t.getColumns().setAll(List.of(count, share, state, outcome, problem));
        return t;
    }

    private void initListeners() {
        explore.setOnAction(e -> exploration.explore());
        cancel.setOnAction(e -> exploration.cancel());
        cancel.disableProperty().bind(exploration.runningProperty().not());
        busy.visibleProperty().bind(exploration.runningProperty());
        busy.managedProperty().bind(exploration.runningProperty());
        mode.valueProperty().bindBidirectional(exploration.modeProperty());
        firstDeadlock.selectedProperty().bindBidirectional(exploration.stopAtFirstDeadlockProperty());
        leastPreempted.selectedProperty().bindBidirectional(exploration.leastPreemptedProperty());
        csv.setOnAction(e -> exports.exportOutcomesCsv());
        picture.setOnAction(e -> exports.exportOutcomesPicture());
        csv.disableProperty().bind(exploration.finishedProperty().isNull());
        picture.disableProperty().bind(exploration.finishedProperty().isNull());
        exploration.finishedProperty().addListener((obs, old, now) -> {
            table.getItems().setAll(exploration.outcomes());
            update();
        });
        exploration.progressProperty().addListener((obs, old, now) -> update());
        exploration.runningProperty().addListener((obs, old, now) -> update());
        exploration.staleProperty().addListener((obs, old, now) -> update());
        exploration.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
            update();
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> exploration.choose(now));
        i18n.localeProperty().addListener((obs, old, now) -> {
            mode.setButtonCell(new ModeCell());
            mode.setCellFactory(l -> new ModeCell());
            table.refresh();
            update();
        });
        update();
    }

    /** Fills the status line and the sentences under the table from the model. */
    private void update() {
        String line = ExploreStatus.line(exploration, i18n);
        status.setText(line);
        status.getParent().setVisible(!line.isEmpty());
        status.getParent().setManaged(!line.isEmpty());
        ExploreFinished last = exploration.finishedProperty().get();
        if (last instanceof ExploreFinished.Done done && !done.result().outcomes().isEmpty()) {
            Outcome shown = exploration.chosenProperty().get() != null ? exploration.chosenProperty().get()
                    : done.result().outcomes().get(0);
            summary.setText(SearchTexts.summary(shown, done, i18n));
            totals.setText(SearchTexts.totals(done, i18n));
            completeness.setText(SearchTexts.completeness(done, i18n));
        } else {
            summary.setText("");
            totals.setText(last instanceof ExploreFinished.Done done ? SearchTexts.totals(done, i18n) : "");
            completeness.setText(last instanceof ExploreFinished.Done done
                    ? SearchTexts.completeness(done, i18n) : "");
        }
        for (Label l : List.of(summary, totals, completeness)) {
            l.setVisible(!l.getText().isEmpty());
            l.setManaged(!l.getText().isEmpty());
        }
    }

    private TableColumn<Outcome, Outcome> column(String key, double minWidth,
                                                 BiFunction<Outcome, List<Outcome>, String> text) {
        TableColumn<Outcome, Outcome> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item, getTableView().getItems()));
            }
        });
        column.setMinWidth(minWidth);
        column.setSortable(false);
        return column;
    }

    private Button button(String id, org.kordamp.ikonli.Ikon icon, String key, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private CheckBox checkBox(String id, String key) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(i18n.text(key));
        box.setFocusTraversable(false);
        box.setWrapText(true);
        return box;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    /** A mode by its name in the app's language. */
    private final class ModeCell extends ListCell<ExploreMode> {
        @Override
        protected void updateItem(ExploreMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("explore.mode." + item.cliName()));
        }
    }

    /** A bar as long as the outcome's share of the interleavings, and the share in percent. */
    private final class ShareCell extends TableCell<Outcome, Outcome> {
        private final Region fill = new Region();
        private final Label percent = new Label();
        private final HBox box;

        ShareCell() {
            fill.getStyleClass().add("explore-bar");
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("explore-bar-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinWidth(BAR_WIDTH);
            track.setMaxWidth(BAR_WIDTH);
            track.setPrefWidth(BAR_WIDTH);
            fill.setMaxHeight(10);
            fill.setMinHeight(10);
            box = new HBox(6, track, percent);
            box.setAlignment(Pos.CENTER_LEFT);
            percent.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Outcome item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || !(exploration.finishedProperty().get() instanceof ExploreFinished.Done d)) {
                setGraphic(null);
                return;
            }
            double share = OutcomeTexts.share(item.count(), d.result().interleavings());
            // A share too small to see still shows as a sliver.
            double width = share == 0 ? 0 : Math.max(2, Math.round(share * BAR_WIDTH));
            fill.setMinWidth(width);
            fill.setMaxWidth(width);
            fill.setPrefWidth(width);
            percent.setText(OutcomeTexts.percent(item.count(), d.result().interleavings(), i18n.locale()));
            setGraphic(box);
        }
    }
}
