package lockstep.app.window;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
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
import lockstep.app.controls.Shortcuts;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.editor.ProgramView;
import lockstep.app.explore.ExplorePanel;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The window's layout. Left: the scenario library. Centre: the program. Right: the objects, threads and output over
 * the narration. Bottom: the timeline. Top: the menus, the playback bar and the scheduler settings; last line: the
 * status bar. Presentation mode hides the menus, the settings and the library. A narrow window (under
 * {@link #WIDE_ENOUGH} pixels, a 1024×768 or 1280×720 projector) folds the library away too, so that the program
 * keeps its room; the button in the program's title shows it again. A short window (under {@link #TALL_ENOUGH}
 * pixels) folds the scheduler settings under their title, which opens them again, and the timeline's title row, so
 * that the program and the timeline keep their height.
 */
final class WindowLayout {
    /** The narrowest window that shows the library beside the program and the side panes. */
    static final double WIDE_ENOUGH = 1300;
    /** The shortest window that shows the scheduler settings unfolded. */
    static final double TALL_ENOUGH = 860;
    /** Where the program ends and the timeline begins in a short window (a share of the height). */
    private static final double SHORT_WINDOW_DIVIDER = 0.54;
    /**
     * How much larger presentation mode draws the timeline, as its stylesheet enlarges the window's type: by the
     * screen's height, from 1.2 (768 or 720 pixels, where the lanes need the room) to 1.5 (1080 and up).
     */
    static double presentationTimelineScale(double height) {
        return Math.max(1.2, Math.min(1.5, height / 640));
    }

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
    private ExplorePanel explore;
    private ScenarioLibrary libraryView;
    private ProgramView programView;
    private NarrationPanel narration;
    private OutputPanel output;
    private TabPane tabs;
    private Node leftPane;
    private TitledPane schedulerBar;
    private MenuBarHolder menuHolder;
    private SplitPane columns;
    private SplitPane rows;
    /** The side tabs over the narration. */
    private SplitPane right;
    private Region narrationView;
    /** Where the side tabs ended before the Explore tab, which takes more of the height, was shown. */
    private double rightDivider = 0.5;
    private Node timelineTitle;
    /** Whether the window is at least {@link #TALL_ENOUGH} high. */
    private boolean tall = true;
    private double[] rowDividers = {0.6};
    private double[] columnDividers = {0.19, 0.59};
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(true);

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

    ExplorePanel explore() {
        return explore;
    }

    /** Builds every part and lays them out, then wires them. */
    Parent createView() {
        libraryView = new ScenarioLibrary(services.library(), i18n, entry -> files.open(entry));
        programView = new ProgramView(workspace, playback, i18n);
        narration = new NarrationPanel(workspace, playback, i18n);
        output = new OutputPanel(playback, i18n);
        menuHolder = new MenuBarHolder(new AppMenus(i18n, workspace, playback, appearance, services.recent(),
                services.exploration(), commands).createView());

        rows = new SplitPane(createColumns(), createTimelineArea());
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(rows.getItems().get(1), false);

        schedulerBar = new TitledPane();
        schedulerBar.setId("scheduler-fold");
        schedulerBar.textProperty().bind(i18n.text("layout.scheduler.fold"));
        schedulerBar.setContent(new SchedulerPanel(workspace, i18n).createView());
        schedulerBar.setAnimated(false);
        schedulerBar.getStyleClass().addAll(Styles.DENSE, "scheduler-fold");
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
        centre.setMinWidth(340);

        threads = new ThreadsPanel(workspace, playback, i18n);
        explore = new ExplorePanel(services.exploration(), i18n, commands);
        tabs = new TabPane(tab("tab-objects", "tab.objects", objects.createView()),
                tab("tab-threads", "tab.threads", threads.createView()),
                tab("tab-output", "tab.output", output.createView()),
                tab("tab-explore", "tab.explore", explore.createView()));
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        commands.setSideTabs(tab -> tabs.getSelectionModel().select(tab.ordinal()));
        narrationView = (Region) narration.createView();
        right = new SplitPane(tabs, narrationView);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.setMinWidth(280);

        columns = new SplitPane(left, centre, right);
        columns.setDividerPositions(columnDividers);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        return columns;
    }

    private Node createTimelineArea() {
        Node timelineNode = timeline.view();
        timelineTitle = timelineHeader();
        VBox bottom = new VBox(timelineTitle, timelineNode);
        VBox.setVgrow(timelineNode, Priority.ALWAYS);
        bottom.getStyleClass().add("timeline-area");
        bottom.setMinHeight(180);
        return bottom;
    }

    private void initListeners() {
        new ObjectsFollower(playback, i18n, services.snapshots(), objects, threads::showPicture);
        // Manual mode's choices are under Threads: show them when it starts, unless it starts as the replay of an
        // outcome chosen under Explore, where the next outcome is chosen.
        workspace.manualProperty().addListener((obs, was, now) -> {
            if (now && tabs.getSelectionModel().getSelectedIndex() != Shortcuts.SideTab.EXPLORE.ordinal()) {
                tabs.getSelectionModel().select(1);
            }
        });
        // The outcome table needs more height than the other tabs: the Explore tab takes most of the column.
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            int explore = Shortcuts.SideTab.EXPLORE.ordinal();
            if (now.intValue() == explore) {
                rightDivider = right.getDividerPositions()[0];
                // In a short window the narration gives up nearly all of its height while exploring.
                narrationView.setMinHeight(tall ? Region.USE_COMPUTED_SIZE : 0);
                right.setDividerPositions(Math.max(rightDivider, tall ? 0.8 : 0.92));
            } else if (old.intValue() == explore) {
                narrationView.setMinHeight(Region.USE_COMPUTED_SIZE);
                right.setDividerPositions(rightDivider);
            }
        });
        playback.sessionProperty().addListener((obs, old, now) -> timeline.setRun(now));
        // The timeline folds library internals at the grain the run is stepped at, once its groups are known.
        playback.grainsProperty().addListener((obs, old, now) -> timeline.setGrain(now,
                playback.grainProperty().get()));
        playback.grainProperty().addListener((obs, old, now) -> timeline.setGrain(
                playback.grainsProperty().get(), now));
        timeline.setGrain(playback.grainsProperty().get(), playback.grainProperty().get());
        playback.positionProperty().addListener((obs, old, now) -> timeline.setCursor(now.longValue()));
        // A click on the timeline is a jump of the playback, which then moves the timeline's cursor.
        timeline.setOnStepPicked(position -> {
            playback.jumpTo(position);
            commands.focusPlayback();
        });
        appearance.themeProperty().addListener((obs, old, now) -> timeline.setTheme(now));
        timeline.setTheme(appearance.themeProperty().get());
        i18n.localeProperty().addListener((obs, old, now) -> timeline.setLocale(now));
        // The language chosen before the window opened (--lang, the saved setting) too, not only later switches.
        timeline.setLocale(i18n.locale());
        appearance.presentationProperty().addListener((obs, old, now) -> applyPresentation(now));
        libraryShown.addListener((obs, old, now) -> placeLibrary());
    }

    /**
     * Folds the library away when the window becomes narrow and the scheduler settings when it becomes short, and
     * brings them back when it grows again.
     */
    void followSize(javafx.scene.Scene scene) {
        scene.widthProperty().addListener((obs, old, now) -> {
            boolean wasWide = old.doubleValue() >= WIDE_ENOUGH;
            boolean wide = now.doubleValue() >= WIDE_ENOUGH;
            if (wasWide != wide) {
                libraryShown.set(wide);
            }
        });
        libraryShown.set(scene.getWidth() >= WIDE_ENOUGH);
        scene.heightProperty().addListener((obs, old, now) -> {
            boolean wasTall = old.doubleValue() >= TALL_ENOUGH;
            boolean tall = now.doubleValue() >= TALL_ENOUGH;
            if (wasTall != tall) {
                applyHeight(tall);
            }
        });
        applyHeight(scene.getHeight() >= TALL_ENOUGH);
        scene.heightProperty().addListener((obs, old, now) -> {
            if (appearance.presentationProperty().get()) {
                timeline.setScale(presentationTimelineScale(now.doubleValue()));
            }
        });
    }

    /**
     * A short window (a 1024×768 or 1280×720 projector) folds the scheduler settings and the timeline's title row
     * (its zoom keys stay: +, -, 0) and gives the timeline a little more of the height, so that a run's lanes are
     * not crushed under the ruler and the legend; a tall one has them back.
     */
    private void applyHeight(boolean tall) {
        this.tall = tall;
        schedulerBar.setExpanded(tall);
        showTimelineTitle();
        if (!appearance.presentationProperty().get()) {
            rows.setDividerPositions(tall ? 0.6 : SHORT_WINDOW_DIVIDER);
        }
    }

    /** The timeline's title row shows in a tall window outside presentation mode. */
    private void showTimelineTitle() {
        boolean show = tall && !appearance.presentationProperty().get();
        timelineTitle.setVisible(show);
        timelineTitle.setManaged(show);
    }

    /** Whether the library is shown beside the program (the user's toggle, or the window's width). */
    BooleanProperty libraryShownProperty() {
        return libraryShown;
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
        title.setMinWidth(0);
        ToggleButton library = new ToggleButton(null, new FontIcon(MaterialDesignB.BOOKSHELF));
        library.setId("library-toggle");
        library.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        library.setFocusTraversable(false);
        library.selectedProperty().bindBidirectional(libraryShown);
        library.visibleProperty().bind(appearance.presentationProperty().not());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("layout.library.tip"));
        library.setTooltip(tip);
        ToggleButton edit = new ToggleButton(null, new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("program-edit");
        edit.textProperty().bind(i18n.text("program.edit"));
        edit.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        edit.setFocusTraversable(false);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.selectedProperty().bindBidirectional(programView.editingProperty());
        edit.visibleProperty().bind(appearance.presentationProperty().not());
        Tooltip editTip = new Tooltip();
        editTip.textProperty().bind(i18n.text("program.edit.tip"));
        edit.setTooltip(editTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(6, library, title, spacer, edit);
        box.setAlignment(Pos.CENTER_LEFT);
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
        timeline.setScale(on ? presentationTimelineScale(stage.getHeight()) : 1);
        placeLibrary();
        // The timeline's larger lanes get a larger share of the height; the program keeps the rest.
        // Its title row goes too: the keys zoom it (+, -, 0).
        showTimelineTitle();
        if (on) {
            rowDividers = rows.getDividerPositions();
            rows.setDividerPositions(0.48);
        } else {
            rows.setDividerPositions(rowDividers);
        }
        stage.setFullScreen(on);
        commands.focusPlayback();
    }

    /** Puts the library beside the program, or takes it out, as presentation mode and the toggle say. */
    private void placeLibrary() {
        boolean show = libraryShown.get() && !appearance.presentationProperty().get();
        boolean shown = columns.getItems().contains(leftPane);
        if (shown && !show) {
            columnDividers = columns.getDividerPositions();
            columns.getItems().remove(leftPane);
            columns.setDividerPositions(0.6);
        } else if (!shown && show) {
            columns.getItems().add(0, leftPane);
            columns.setDividerPositions(columnDividers);
        }
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
