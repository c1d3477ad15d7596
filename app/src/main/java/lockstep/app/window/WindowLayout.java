package lockstep.app.window;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lockstep.app.controls.PlaybackBar;
import lockstep.app.controls.SchedulerPanel;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.editor.ProgramView;
import lockstep.app.i18n.I18n;
import lockstep.app.library.ScenarioLibrary;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.objects.ObjectsPanel;
import lockstep.app.panels.NarrationPanel;
import lockstep.app.panels.OutputPanel;
import lockstep.app.panels.ThreadsPanel;
import lockstep.app.theme.Appearance;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The window's layout. Left: the scenario library. Centre: the program. Right: the objects, threads and output over
 * the narration. Bottom: the timeline. Top: the menus, the playback bar and the scheduler settings; last line: the
 * status bar. Presentation mode hides the menus, the settings and the library.
 */
final class WindowLayout {
    private final Stage stage;
    private final AppServices services;
    private final FileActions files;
    private final TimelineAdapter timeline;
    private final WindowCommands commands;
    private final I18n i18n;
    private final Workspace workspace;
    private final PlaybackController playback;
    private final Appearance appearance;
    private final ObjectsPanel objects = new ObjectsPanel();
    private ThreadsPanel threads;
    private ScenarioLibrary libraryView;
    private ProgramView programView;
    private NarrationPanel narration;
    private OutputPanel output;
    private TabPane tabs;
    private Node leftPane;
    private Node schedulerBar;
    private MenuBarHolder menuHolder;
    private SplitPane columns;
    private double[] columnDividers = {0.19, 0.59};

    WindowLayout(Stage stage, AppServices services, FileActions files, TimelineAdapter timeline,
                 WindowCommands commands) {
        this.stage = stage;
        this.services = services;
        this.files = files;
        this.timeline = timeline;
        this.commands = commands;
        this.i18n = services.i18n();
        this.workspace = services.workspace();
        this.playback = services.playback();
        this.appearance = services.appearance();
    }

    ScenarioLibrary libraryView() {
        return libraryView;
    }

    ProgramView programView() {
        return programView;
    }

    NarrationPanel narration() {
        return narration;
    }

    ObjectsPanel objects() {
        return objects;
    }

    OutputPanel output() {
        return output;
    }

    /** Builds every part and lays them out, then wires them. */
    Parent createView() {
        libraryView = new ScenarioLibrary(services.library(), i18n, entry -> files.open(entry));
        programView = new ProgramView(workspace, playback, i18n);
        narration = new NarrationPanel(workspace, playback, i18n);
        output = new OutputPanel(playback, i18n);
        menuHolder = new MenuBarHolder(new AppMenus(i18n, workspace, playback, appearance, services.recent(),
                commands).createView());

        SplitPane rows = new SplitPane(createColumns(), createTimelineArea());
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(rows.getItems().get(1), false);

        schedulerBar = new SchedulerPanel(workspace, i18n).createView();
        VBox top = new VBox(menuHolder, new PlaybackBar(playback, workspace, i18n).createView(), schedulerBar);
        BorderPane root = new BorderPane(rows);
        root.setTop(top);
        root.setBottom(new StatusBar(playback, workspace, i18n, appearance).createView());
        root.getStyleClass().add("lockstep-root");
        root.setId("lockstep-root");
        initListeners();
        return root;
    }

    /** The library, the program, and the side tabs over the narration. */
    private SplitPane createColumns() {
        Node libraryNode = libraryView.createView();
        VBox.setVgrow(libraryNode, Priority.ALWAYS);
        VBox left = new VBox(libraryNode);
        left.getStyleClass().add("left-pane");
        left.setMinWidth(220);
        leftPane = left;

        Node program = programView.createView();
        VBox centre = new VBox(paneTitle("program.title", program), program);
        VBox.setVgrow(program, Priority.ALWAYS);
        centre.getStyleClass().add("centre-pane");

        threads = new ThreadsPanel(workspace, playback, i18n);
        tabs = new TabPane(tab("tab-objects", "tab.objects", objects.createView()),
                tab("tab-threads", "tab.threads", threads.createView()),
                tab("tab-output", "tab.output", output.createView()));
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        SplitPane right = new SplitPane(tabs, narration.createView());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.setMinWidth(300);

        columns = new SplitPane(left, centre, right);
        columns.setDividerPositions(columnDividers);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        return columns;
    }

    private Node createTimelineArea() {
        Node timelineNode = timeline.view();
        VBox bottom = new VBox(timelineHeader(), timelineNode);
        VBox.setVgrow(timelineNode, Priority.ALWAYS);
        bottom.getStyleClass().add("timeline-area");
        bottom.setMinHeight(180);
        return bottom;
    }

    private void initListeners() {
        new ObjectsFollower(playback, i18n, services.snapshots(), objects, threads::showPicture);
        // Manual mode's choices are under Threads: show them when it starts.
        workspace.manualProperty().addListener((obs, was, now) -> {
            if (now) {
                tabs.getSelectionModel().select(1);
            }
        });
        playback.sessionProperty().addListener((obs, old, now) -> timeline.setRun(now));
        playback.positionProperty().addListener((obs, old, now) -> timeline.setCursor(now.longValue()));
        // A click on the timeline is a jump of the playback, which then moves the timeline's cursor.
        timeline.setOnStepPicked(position -> {
            playback.jumpTo(position);
            commands.focusPlayback();
        });
        appearance.themeProperty().addListener((obs, old, now) -> timeline.setTheme(now));
        timeline.setTheme(appearance.themeProperty().get());
        i18n.localeProperty().addListener((obs, old, now) -> timeline.setLocale(now));
        appearance.presentationProperty().addListener((obs, old, now) -> applyPresentation(now));
    }

    private Node paneTitle(String key, Node owner) {
        Label title = new Label();
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ScenarioDocument doc = workspace.document();
            String name = doc == null ? "" : "  ·  " + doc.fileName() + (workspace.isDirty() ? " ●" : "");
            return i18n.get(key) + name;
        }, i18n.bundleProperty(), workspace.documentProperty(), workspace.dirtyProperty()));
        title.setId("program-title");
        HBox box = new HBox(title);
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private Node timelineHeader() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("timeline.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        Button zoomIn = smallButton(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "menu.view.zoom_in", commands::zoomIn);
        Button zoomOut = smallButton(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "menu.view.zoom_out", commands::zoomOut);
        Button fit = smallButton(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "menu.view.fit", commands::fitTimeline);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, zoomIn, zoomOut, fit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 4, 12));
        return header;
    }

    private Button smallButton(Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    private void applyPresentation(boolean on) {
        menuHolder.setShown(!on);
        schedulerBar.setVisible(!on);
        schedulerBar.setManaged(!on);
        programView.setPresentation(on);
        if (on) {
            columnDividers = columns.getDividerPositions();
            columns.getItems().remove(leftPane);
            columns.setDividerPositions(0.6);
        } else if (!columns.getItems().contains(leftPane)) {
            columns.getItems().add(0, leftPane);
            columns.setDividerPositions(columnDividers);
        }
        stage.setFullScreen(on);
        commands.focusPlayback();
    }

    /** The menu bar, which presentation mode hides. */
    private static final class MenuBarHolder extends StackPane {
        private final Node menus;

        MenuBarHolder(Node menus) {
            super(menus);
            this.menus = menus;
        }

        void setShown(boolean shown) {
            menus.setVisible(shown);
            setManaged(shown);
            setVisible(shown);
        }
    }
}
