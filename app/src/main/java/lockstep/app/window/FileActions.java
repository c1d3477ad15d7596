package lockstep.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import lockstep.app.config.RecentFiles;
import lockstep.app.config.RecoveryStore;
import lockstep.app.document.ProgramSplicer;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.i18n.I18n;
import lockstep.app.library.BundledLibrary;
import lockstep.app.library.LibraryEntry;
import lockstep.app.model.Workspace;
import lockstep.sim.Schedule;
import lockstep.sim.files.AtomicFiles;
import lockstep.sim.files.TextFiles;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/**
 * Files: opening a bundled scenario or a file (from the menu, the recent list or a drop), saving the edited program
 * back into its file, the question before unsaved edits are left, keeping the recovery copy in step (offering it back
 * is {@link StartupRestore}'s), and schedules. Every write is atomic.
 */
final class FileActions {
    private final Workspace workspace;
    private final javafx.beans.value.ObservableValue<BundledLibrary> library;
    private final RecentFiles recent;
    private final RecoveryKeeper recovery;
    private final Chooser chooser;
    private final Prompts prompts;
    private final I18n i18n;
    private final Consumer<LibraryEntry> showOpen;

    FileActions(Workspace workspace, javafx.beans.value.ObservableValue<BundledLibrary> library, RecentFiles recent, RecoveryStore recoveryStore,
                Chooser chooser, Prompts prompts, I18n i18n, Consumer<LibraryEntry> showOpen) {
        this.workspace = workspace;
        this.library = library;
        this.recent = recent;
        this.recovery = new RecoveryKeeper(workspace, recoveryStore);
        this.chooser = chooser;
        this.prompts = prompts;
        this.i18n = i18n;
        this.showOpen = showOpen;
    }

    /** Whether the edits may be left: none, or saved, or discarded by the user. */
    boolean confirmLeave() {
        if (!workspace.isDirty()) {
            return true;
        }
        switch (prompts.unsaved(workspace.document().fileName())) {
            case SAVE:
                return save();
            case DISCARD:
                recovery.clear();
                return true;
            default:
                return false;
        }
    }

    void open(LibraryEntry entry) {
        if (workspace.document() != null && entry.path().equals(workspace.document().bundledPath())) {
            showOpen.accept(entry);
            return;
        }
        if (!confirmLeave()) {
            showOpen.accept(libraryEntryOf(workspace.document()));
            return;
        }
        try {
            workspace.open(library.getValue().document(entry));
            showOpen.accept(entry);
        } catch (ScenarioError e) {
            prompts.error(i18n.get("error.open.title"), e.getMessage());
        }
    }

    void open(Path file) {
        if (!confirmLeave()) {
            return;
        }
        openWithoutAsking(file);
    }

    /** Opens {@code file} without asking about unsaved edits; false (after saying why) when it cannot. */
    boolean openWithoutAsking(Path file) {
        try {
            ScenarioDocument doc = ScenarioDocument.open(file);
            workspace.open(doc);
            recent.add(file);
            showOpen.accept(null);
            return true;
        } catch (ScenarioError e) {
            prompts.error(i18n.get("error.open.title"), e.getMessage());
            return false;
        }
    }

    void openDialog() {
        if (!confirmLeave()) {
            return;
        }
        chooser.open(i18n.get("file.open.title"), scenarioFilters()).ifPresent(this::openWithoutAsking);
    }

    /** Opens a bundled scenario by id, or a file; false when there is no such thing. */
    boolean openByName(String name) {
        LibraryEntry entry = library.getValue().byId(name);
        if (entry != null) {
            open(entry);
            return true;
        }
        Path file = Path.of(name);
        return Files.isRegularFile(file) && openWithoutAsking(file);
    }

    /** Whether {@code file} looks like something the app opens. */
    static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ScenarioLoader.EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    boolean save() {
        ScenarioDocument doc = workspace.document();
        if (doc == null) {
            return false;
        }
        if (doc.isBundled()) {
            return saveAs();
        }
        return writeTo(doc.path());
    }

    boolean saveAs() {
        ScenarioDocument doc = workspace.document();
        if (doc == null) {
            return false;
        }
        Optional<Path> target = chooser.save(i18n.get("file.save_as.title"), saveFilters(doc), doc.fileName());
        return target.isPresent() && writeTo(target.get());
    }

    private boolean writeTo(Path target) {
        ScenarioDocument doc = workspace.document();
        String program = workspace.programTextProperty().get();
        try {
            String text = ProgramSplicer.splice(doc, program, target.getFileName().toString());
            AtomicFiles.text(target, text);
            ScenarioDocument saved = new ScenarioDocument(
                    ScenarioLoader.load(target.toString(), text), text, target, null);
            workspace.saved(saved);
            recent.add(target);
            recovery.clear();
            showOpen.accept(null);
            return true;
        } catch (ProgramSplicer.CannotSplice | ScenarioError e) {
            prompts.error(i18n.get("error.save.title"), e.getMessage());
        } catch (IOException e) {
            prompts.error(i18n.get("error.save.title"), target + ": " + e.getMessage());
        }
        return false;
    }

    /** Writes the recovery copy now (before the app closes with unsaved edits kept). */
    void keepRecoveryCopy() {
        recovery.writeNow();
    }

    /** Removes the recovery copy (the user did not want it back). */
    void discardRecoveryCopy() {
        recovery.clear();
    }

    void saveSchedule() {
        chooser.save(i18n.get("schedule.save.title"), scheduleFilters(), "schedule.txt").ifPresent(target -> {
            try {
                AtomicFiles.text(target, workspace.scheduleText());
            } catch (IOException e) {
                prompts.error(i18n.get("error.save.title"), target + ": " + e.getMessage());
            }
        });
    }

    void replaySchedule() {
        chooser.open(i18n.get("schedule.replay.title"), scheduleFilters()).ifPresent(file -> {
            try {
                workspace.replay(Schedule.parse(TextFiles.read(file, Schedule.MAX_TEXT_BYTES)));
            } catch (IOException | IllegalArgumentException e) {
                prompts.error(i18n.get("error.schedule.title"), file + ": " + e.getMessage());
            }
        });
    }

    Chooser chooser() {
        return chooser;
    }

    Prompts prompts() {
        return prompts;
    }

    private LibraryEntry libraryEntryOf(ScenarioDocument doc) {
        return doc == null || !doc.isBundled() ? null : library.getValue().byPath(doc.bundledPath());
    }

    private List<Chooser.Filter> scenarioFilters() {
        return List.of(new Chooser.Filter(i18n.get("file.filter.scenarios"),
                        List.of("*.yaml", "*.yml", "*.json", "*.py")),
                new Chooser.Filter(i18n.get("file.filter.all"), List.of("*")));
    }

    private List<Chooser.Filter> saveFilters(ScenarioDocument doc) {
        Chooser.Filter python = new Chooser.Filter(i18n.get("file.filter.python"), List.of("*.py"));
        if (doc.isPython()) {
            return List.of(python);
        }
        boolean json = doc.fileName().toLowerCase(Locale.ROOT).endsWith(".json");
        Chooser.Filter own = json
                ? new Chooser.Filter(i18n.get("file.filter.json"), List.of("*.json"))
                : new Chooser.Filter(i18n.get("file.filter.yaml"), List.of("*.yaml", "*.yml"));
        return List.of(own, python);
    }

    private List<Chooser.Filter> scheduleFilters() {
        return List.of(new Chooser.Filter(i18n.get("file.filter.schedule"), List.of("*.txt", "*.schedule")),
                new Chooser.Filter(i18n.get("file.filter.all"), List.of("*")));
    }
}
