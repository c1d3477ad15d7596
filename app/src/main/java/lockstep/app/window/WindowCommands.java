package lockstep.app.window;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lockstep.app.controls.Shortcuts;
import lockstep.app.explore.ExplorePanel;
import lockstep.app.explore.OutcomeExport;
import lockstep.app.export.ExportDialog;
import lockstep.app.export.ExporterExport;
import lockstep.app.export.TimelineExport;
import lockstep.app.export.TraceFileExport;
import lockstep.app.simulation.RunGrains;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Appearance;
import lockstep.timeline.tracefile.TraceFormat;

/**
 * The window's commands, as the menus, the keyboard and drops give them: files, export, schedules, Explore and its
 * exports, presentation mode, the timeline's zoom, the help dialogs, and closing.
 */
final class WindowCommands implements AppMenus.Actions, Shortcuts.Window, ExplorePanel.Exports {
    private final Stage stage;
    private final AppServices services;
    private final FileActions files;
    private final TimelineAdapter timeline;
    private final I18n i18n;
    private final PlaybackController playback;
    private final Appearance appearance;
    private java.util.function.Consumer<Shortcuts.SideTab> sideTabs = tab -> { };

    WindowCommands(Stage stage, AppServices services, FileActions files, TimelineAdapter timeline) {
        this.stage = stage;
        this.services = services;
        this.files = files;
        this.timeline = timeline;
        this.i18n = services.i18n();
        this.playback = services.playback();
        this.appearance = services.appearance();
    }

    /** Where {@link #showSideTab} goes: the layout's tabs, once built. */
    void setSideTabs(java.util.function.Consumer<Shortcuts.SideTab> show) {
        this.sideTabs = show;
    }

    /** Opens a scenario file dropped on {@code scene}. */
    void initDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles() && board.getFiles().stream().anyMatch(f -> FileActions.isScenarioFile(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasFiles()) {
                for (var f : board.getFiles()) {
                    if (FileActions.isScenarioFile(f.toPath())) {
                        Path file = f.toPath();
                        Platform.runLater(() -> files.open(file));
                        done = true;
                        break;
                    }
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The stage's close request, as the window's close button makes it; true when the window closed. */
    boolean requestClose() {
        if (!files.confirmLeave()) {
            return false;
        }
        services.close();
        stage.close();
        return true;
    }

    /** The exporter File → Export uses. */
    TimelineExport exporter() {
        return new ExporterExport(timeline.timelineView(), () -> playback.grainsProperty().get());
    }

    /** Writes the timeline to {@code target} as {@code request} says (File → Export without the dialog). */
    boolean exportTo(TimelineExport export, TimelineExport.Request request, Path target) {
        try {
            export.write(playback.session(), request, target);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            files.prompts().error(i18n.get("error.export.title"), target + ": " + e.getMessage());
            return false;
        }
    }

    // AppMenus.Actions and Shortcuts.Window

    @Override
    public void open() {
        files.openDialog();
    }

    @Override
    public void openRecent(Path file) {
        files.open(file);
    }

    @Override
    public void save() {
        files.save();
    }

    @Override
    public void saveAs() {
        files.saveAs();
    }

    @Override
    public void revert() {
        services.workspace().revert();
    }

    @Override
    public void exportTimeline() {
        RunSession run = playback.session();
        if (run == null) {
            return;
        }
        TimelineExport export = exporter();
        ExportDialog dialog = new ExportDialog(export, i18n, playback.grainProperty().get());
        long[] visible = timeline.visibleRange();
        Scene scene = stage.getScene();
        dialog.show(stage, run, visible, playback.position(), appearance.themeProperty().get(),
                format -> files.chooser().save(i18n.get("export.title"), List.of(new Chooser.Filter(
                        format.name(), List.of(format == TimelineExport.Format.PNG ? "*.png" : "*.svg"))),
                        run.document().scenario().id() + (format == TimelineExport.Format.PNG ? ".png" : ".svg")),
                () -> scene.getStylesheets())
                .ifPresent(target -> exportTo(export, dialog.request(visible, playback.position()), target));
    }

    @Override
    public void exportTrace(TraceFormat format) {
        RunSession run = playback.session();
        if (run == null) {
            return;
        }
        String filter = i18n.get(format == TraceFormat.PERFETTO ? "export.trace.filter.perfetto"
                : "export.trace.filter.chrome_json");
        files.chooser().save(i18n.get("export.trace.title"),
                List.of(new Chooser.Filter(filter, List.of("*." + format.extension()))),
                run.document().scenario().id() + "." + format.extension())
                .ifPresent(target -> exportTraceTo(run, format, target));
    }

    /**
     * Writes the run shown to {@code target} as a trace file, once the window has grouped its steps into operations
     * (at once when it has; a file written before would have none); an error is shown, not thrown.
     */
    void exportTraceTo(RunSession run, TraceFormat format, Path target) {
        RunGrains known = playback.grainsProperty().get();
        if (known != null && known.session() == run) {
            writeTrace(run, known, format, target);
            return;
        }
        playback.grainsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunGrains> obs, RunGrains old,
                                RunGrains now) {
                if (now != null && now.session() == run) {
                    obs.removeListener(this);
                    writeTrace(run, now, format, target);
                } else if (now != null) {
                    obs.removeListener(this); // another run is shown now: write this one as it is
                    writeTrace(run, null, format, target);
                }
            }
        });
    }

    private void writeTrace(RunSession run, RunGrains grains, TraceFormat format, Path target) {
        try {
            TraceFileExport.write(run, grains, playback.grainProperty().get(), format, target);
        } catch (java.io.IOException | RuntimeException e) {
            files.prompts().error(i18n.get("error.export.title"), target + ": " + e.getMessage());
        }
    }

    @Override
    public void quit() {
        requestClose();
    }

    /** Saves the schedule so far (Scheduler → Save the schedule so far). */
    @Override
    public void saveSchedule() {
        files.saveSchedule();
    }

    @Override
    public void replaySchedule() {
        files.replaySchedule();
    }

    @Override
    public void explore() {
        sideTabs.accept(Shortcuts.SideTab.EXPLORE);
        services.exploration().exploreOrCancel();
    }

    @Override
    public void chooseOutcome(int delta) {
        services.exploration().chooseNext(delta);
    }

    @Override
    public void exportOutcomesCsv() {
        files.chooser().save(i18n.get("explore.export.csv.title"), List.of(new Chooser.Filter(
                i18n.get("explore.export.filter.csv"), List.of("*.csv"))),
                OutcomeExport.suggestedName(services.exploration(), "csv"))
                .ifPresent(target -> writeOutcomes(target, false));
    }

    @Override
    public void exportOutcomesPicture() {
        files.chooser().save(i18n.get("explore.export.png.title"), List.of(new Chooser.Filter(
                i18n.get("explore.export.filter.png"), List.of("*.png"))),
                OutcomeExport.suggestedName(services.exploration(), "png"))
                .ifPresent(target -> writeOutcomes(target, true));
    }

    /** Writes the outcome table to {@code target} as a picture or as CSV; an error is shown, not thrown. */
    boolean writeOutcomes(Path target, boolean picture) {
        try {
            return picture ? OutcomeExport.writePicture(services.exploration(), i18n, target)
                    : OutcomeExport.writeCsv(services.exploration(), target);
        } catch (java.io.IOException | RuntimeException e) {
            files.prompts().error(i18n.get("error.export.title"), target + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public void togglePresentation() {
        appearance.presentationProperty().set(!appearance.presentationProperty().get());
    }

    @Override
    public void leavePresentation() {
        appearance.presentationProperty().set(false);
    }

    @Override
    public void focusPlayback() {
        Scene scene = stage.getScene();
        if (scene != null) {
            scene.getRoot().requestFocus();
        }
    }

    @Override
    public void showSideTab(Shortcuts.SideTab tab) {
        sideTabs.accept(tab);
    }

    @Override
    public void nextTheme() {
        appearance.nextTheme();
    }

    @Override
    public void switchLanguage() {
        i18n.setLocale(i18n.isChinese() ? I18n.ENGLISH : I18n.CHINESE);
    }

    @Override
    public void zoomIn() {
        timeline.zoomIn();
    }

    @Override
    public void zoomOut() {
        timeline.zoomOut();
    }

    @Override
    public void fitTimeline() {
        timeline.fitToWindow();
    }

    @Override
    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        String[][] keys = {
            {"Space", "keys.play"}, {"→  /  ←", "keys.step"}, {"Home  /  End", "keys.ends"},
            {"N  /  Shift+N", "keys.events"}, {"↑  /  ↓", "keys.speed"}, {"+  /  −  /  0", "keys.zoom"},
            {"M", "keys.manual"}, {"1 … 9", "keys.pick"}, {"Space  /  →", "keys.manual.only"},
            {"O  /  T  /  P", "keys.tabs"}, {"X", "keys.explore"}, {"[  /  ]", "keys.outcome"}, {"C", "keys.theme"},
            {"L", "keys.language"}, {"Enter  /  Esc", "keys.edit"}, {"F5  /  Esc", "keys.presentation"},
            {"G", "keys.grain"},
            {"Ctrl+O  /  Ctrl+S", "keys.files"}, {"Ctrl+E", "keys.export"}, {"F1", "keys.help"},
        };
        for (int i = 0; i < keys.length; i++) {
            Label key = new Label(keys[i][0]);
            key.getStyleClass().add("key-cap");
            grid.addRow(i, key, new Label(i18n.get(keys[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.setTitle(i18n.get("keys.title"));
        alert.setHeaderText(i18n.get("keys.title"));
        alert.getDialogPane().setContent(new StackPane(grid));
        showStyled(alert);
    }

    @Override
    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("about.text"), ButtonType.OK);
        alert.setTitle(i18n.get("about.title"));
        alert.setHeaderText(MainWindow.TITLE);
        showStyled(alert);
    }

    /** Shows {@code alert} over the window, in the window's theme and type size. */
    private void showStyled(Alert alert) {
        Scene scene = stage.getScene();
        alert.initOwner(stage);
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        alert.getDialogPane().setStyle(scene.getRoot().getStyle());
        alert.show();
    }
}
