package lockstep.app.window;

import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lockstep.app.config.RecentFiles;
import lockstep.app.explore.Exploration;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.theme.Appearance;
import lockstep.app.theme.Theme;
import lockstep.timeline.tracefile.TraceFormat;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The menu bar. Every item's text follows the language. Items with a plain key (Space, the arrows) name it in their
 * text instead of taking it as an accelerator, which would fire while typing in the editor.
 */
final class AppMenus {
    /** What the menus call beyond the models. */
    interface Actions {
        void open();

        void openRecent(Path file);

        void save();

        void saveAs();

        void revert();

        void exportTimeline();

        /** Writes the run as a trace file for Perfetto or chrome://tracing. */
        void exportTrace(TraceFormat format);

        void quit();

        void saveSchedule();

        void replaySchedule();

        void explore();

        void exportOutcomesCsv();

        void exportOutcomesPicture();

        void togglePresentation();

        void zoomIn();

        void zoomOut();

        void fitTimeline();

        void showShortcuts();

        void showAbout();
    }

    private final I18n i18n;
    private final Workspace workspace;
    private final PlaybackController playback;
    private final Appearance appearance;
    private final RecentFiles recent;
    private final Actions actions;
    private final Exploration exploration;
    private Menu openRecent;
    private MenuItem save;
    private MenuItem saveAs;
    private MenuItem revert;
    private MenuItem export;
    private MenuItem exportPerfetto;
    private MenuItem exportChromeJson;
    private MenuItem exportCsv;
    private MenuItem exportPicture;
    private Menu playbackItems;
    private CheckMenuItem manual;
    private Menu themes;
    private Menu languages;

    AppMenus(I18n i18n, Workspace workspace, PlaybackController playback, Appearance appearance, RecentFiles recent,
             Exploration exploration, Actions actions) {
        this.i18n = i18n;
        this.workspace = workspace;
        this.playback = playback;
        this.appearance = appearance;
        this.recent = recent;
        this.actions = actions;
        this.exploration = exploration;
    }

    MenuBar createView() {
        MenuBar bar = new MenuBar(file(), playbackMenu(), scheduler(), view(), help());
        bar.setId("menu-bar");
        initListeners();
        return bar;
    }

    /** Keeps the items in step with the models: what is enabled, what is checked, the recent files. */
    private void initListeners() {
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent());
        i18n.localeProperty().addListener((obs, old, now) -> fillRecent());
        fillRecent();
        save.disableProperty().bind(workspace.documentProperty().isNull());
        saveAs.disableProperty().bind(workspace.documentProperty().isNull());
        revert.disableProperty().bind(workspace.dirtyProperty().not());
        export.disableProperty().bind(playback.sessionProperty().isNull());
        exportPerfetto.disableProperty().bind(playback.sessionProperty().isNull());
        exportChromeJson.disableProperty().bind(playback.sessionProperty().isNull());
        exportCsv.disableProperty().bind(exploration.finishedProperty().isNull());
        exportPicture.disableProperty().bind(exploration.finishedProperty().isNull());
        for (MenuItem item : playbackItems.getItems()) {
            if (!(item instanceof SeparatorMenuItem)) {
                item.disableProperty().bind(playback.sessionProperty().isNull());
            }
        }
        manual.selectedProperty().addListener((obs, was, now) -> workspace.setManual(now));
        workspace.manualProperty().addListener((obs, was, now) -> manual.setSelected(now));
        for (MenuItem item : themes.getItems()) {
            RadioMenuItem radio = (RadioMenuItem) item;
            Theme theme = (Theme) radio.getUserData();
            radio.setOnAction(e -> appearance.themeProperty().set(theme));
            appearance.themeProperty().addListener((obs, old, now) -> radio.setSelected(now == theme));
        }
        for (MenuItem item : languages.getItems()) {
            RadioMenuItem radio = (RadioMenuItem) item;
            Locale locale = (Locale) radio.getUserData();
            radio.setOnAction(e -> i18n.setLocale(locale));
            i18n.localeProperty().addListener((obs, old, now) -> radio.setSelected(now.equals(locale)));
        }
    }

    private void fillRecent() {
        openRecent.getItems().clear();
        for (Path p : recent.files()) {
            MenuItem item = new MenuItem(p.getFileName() + "   —   " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(p));
            openRecent.getItems().add(item);
        }
        if (!recent.files().isEmpty()) {
            openRecent.getItems().addAll(new SeparatorMenuItem(), item("menu-recent-clear",
                    "menu.file.recent.clear", recent::clear));
        }
        openRecent.setDisable(recent.files().isEmpty());
    }

    private Menu file() {
        Menu menu = menu("menu-file", "menu.file");
        MenuItem open = item("menu-open", "menu.file.open", actions::open);
        open.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openRecent = menu("menu-recent", "menu.file.recent");
        save = item("menu-save", "menu.file.save", actions::save);
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAs = item("menu-save-as", "menu.file.save_as", actions::saveAs);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        revert = item("menu-revert", "menu.file.revert", actions::revert);
        export = item("menu-export", "menu.file.export", actions::exportTimeline);
        export.setGraphic(new FontIcon(MaterialDesignE.EXPORT));
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportPerfetto = item("menu-export-perfetto", "menu.file.export_perfetto",
                () -> actions.exportTrace(TraceFormat.PERFETTO));
        exportChromeJson = item("menu-export-chrome-json", "menu.file.export_chrome_json",
                () -> actions.exportTrace(TraceFormat.CHROME_JSON));
        exportCsv = item("menu-export-outcomes-csv", "menu.file.export_outcomes_csv", actions::exportOutcomesCsv);
        exportPicture = item("menu-export-outcomes-png", "menu.file.export_outcomes_png",
                actions::exportOutcomesPicture);
        MenuItem quit = item("menu-quit", "menu.file.quit", actions::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        menu.getItems().addAll(open, openRecent, new SeparatorMenuItem(), save, saveAs, revert,
                new SeparatorMenuItem(), export, exportPerfetto, exportChromeJson, exportCsv, exportPicture,
                new SeparatorMenuItem(), quit);
        return menu;
    }

    private Menu playbackMenu() {
        Menu menu = menu("menu-playback", "menu.playback");
        playbackItems = menu;
        MenuItem play = item("menu-play", "menu.playback.play", playback::togglePlay);
        play.setGraphic(new FontIcon(MaterialDesignP.PLAY_PAUSE));
        menu.getItems().addAll(play,
                item("menu-step", "menu.playback.step", playback::stepForward),
                item("menu-step-back", "menu.playback.step_back", playback::stepBack),
                item("menu-to-start", "menu.playback.to_start", playback::toStart),
                item("menu-to-end", "menu.playback.to_end", playback::toEnd),
                new SeparatorMenuItem(),
                item("menu-next-event", "menu.playback.next_event", playback::toNextEvent),
                item("menu-previous-event", "menu.playback.previous_event", playback::toPreviousEvent),
                new SeparatorMenuItem(),
                item("menu-faster", "menu.playback.faster", playback::faster),
                item("menu-slower", "menu.playback.slower", playback::slower));
        return menu;
    }

    private Menu scheduler() {
        Menu menu = menu("menu-scheduler", "menu.scheduler");
        manual = new CheckMenuItem();
        manual.setId("menu-manual");
        manual.textProperty().bind(i18n.text("menu.scheduler.manual"));
        MenuItem again = item("menu-run-again", "menu.scheduler.run_again", workspace::simulateNow);
        again.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        menu.getItems().addAll(manual, new SeparatorMenuItem(),
                item("menu-save-schedule", "menu.scheduler.save_schedule", actions::saveSchedule),
                item("menu-replay-schedule", "menu.scheduler.replay_schedule", actions::replaySchedule),
                new SeparatorMenuItem(), item("menu-explore", "menu.scheduler.explore", actions::explore),
                new SeparatorMenuItem(), again);
        return menu;
    }

    private Menu view() {
        Menu menu = menu("menu-view", "menu.view");
        themes = menu("menu-theme", "menu.view.theme");
        themes.setGraphic(new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menu-theme-" + theme.id());
            item.textProperty().bind(i18n.text(theme.messageKey()));
            item.setToggleGroup(themeGroup);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setUserData(theme);
            themes.getItems().add(item);
        }
        languages = menu("menu-language", "menu.view.language");
        languages.setGraphic(new FontIcon(MaterialDesignT.TRANSLATE));
        ToggleGroup languageGroup = new ToggleGroup();
        for (var locale : I18n.SUPPORTED) {
            boolean zh = I18n.CHINESE.equals(locale);
            // Each language is named in itself, so it can be found whatever the current one.
            RadioMenuItem item = new RadioMenuItem(zh ? "简体中文" : "English");
            item.setId(zh ? "menu-language-zh" : "menu-language-en");
            item.setToggleGroup(languageGroup);
            item.setSelected(i18n.locale().equals(locale));
            item.setUserData(locale);
            languages.getItems().add(item);
        }
        MenuItem presentation = item("menu-presentation", "menu.view.presentation", actions::togglePresentation);
        presentation.setGraphic(new FontIcon(MaterialDesignP.PROJECTOR_SCREEN));
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        MenuItem zoomIn = item("menu-zoom-in", "menu.view.zoom_in", actions::zoomIn);
        MenuItem zoomOut = item("menu-zoom-out", "menu.view.zoom_out", actions::zoomOut);
        MenuItem fit = item("menu-fit", "menu.view.fit", actions::fitTimeline);
        menu.getItems().addAll(themes, languages, new SeparatorMenuItem(), presentation, new SeparatorMenuItem(),
                zoomIn, zoomOut, fit);
        return menu;
    }

    private Menu help() {
        Menu menu = menu("menu-help", "menu.help");
        MenuItem keys = item("menu-shortcuts", "menu.help.shortcuts", actions::showShortcuts);
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        menu.getItems().addAll(keys, item("menu-about", "menu.help.about", actions::showAbout));
        return menu;
    }

    private Menu menu(String id, String key) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
