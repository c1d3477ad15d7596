package lockstep.app.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import lockstep.app.config.RecoveryStore;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.i18n.I18n;
import lockstep.app.library.BundledLibrary;
import lockstep.app.library.LibraryEntry;
import lockstep.app.model.Workspace;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/**
 * What the window opens first, once the bundled scenarios are loaded: the scenario it was started with, else the
 * last one open when it closed, else the first bundled one; then the recovery copy a run that ended before its edits
 * were saved left behind, if the user wants it back.
 */
final class StartupRestore {
    private static final Logger LOG = Logger.getLogger(StartupRestore.class.getName());

    private final AppServices services;
    private final FileActions files;
    private final String openOnStart;

    /** {@code openOnStart}: a scenario id or file to open first; null for the last one opened. */
    StartupRestore(AppServices services, FileActions files, String openOnStart) {
        this.services = services;
        this.files = files;
        this.openOnStart = openOnStart;
    }

    /** Waits for the library, then opens the first scenario and offers the recovery copy. */
    void restoreWhenLoaded() {
        services.whenLibraryLoaded(failure -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "cannot load the bundled scenarios", failure);
                files.prompts().error(services.i18n().get("error.library.title"),
                        failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
            }
            openFirst();
        });
    }

    private void openFirst() {
        if (openOnStart != null && files.openByName(openOnStart)) {
            offerRecovery();
            return;
        }
        BundledLibrary library = services.library().get();
        String last = services.settings().get("last", "");
        boolean opened = false;
        if (last.startsWith("bundled:")) {
            LibraryEntry entry = library.byPath(last.substring("bundled:".length()));
            if (entry != null) {
                files.open(entry);
                opened = true;
            }
        } else if (!last.isEmpty() && Files.isRegularFile(Path.of(last))) {
            opened = files.openByName(last);
        }
        if (!opened && !library.entries().isEmpty()) {
            files.open(library.entries().get(0));
        }
        offerRecovery();
    }

    /** Offers a recovery copy left by a run that ended before its edits were saved. */
    private void offerRecovery() {
        Optional<RecoveryStore.Copy> found = services.recoveryStore().load();
        if (found.isEmpty()) {
            return;
        }
        RecoveryStore.Copy copy = found.get();
        I18n i18n = services.i18n();
        String when = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, i18n.locale())
                .format(new Date(copy.savedAtMillis()));
        if (!files.prompts().restore(copy.title(), when)) {
            files.discardRecoveryCopy();
            return;
        }
        Workspace workspace = services.workspace();
        boolean opened;
        if (copy.source().startsWith("bundled:")) {
            LibraryEntry entry = services.library().get().byPath(copy.source().substring("bundled:".length()));
            opened = entry != null;
            if (opened) {
                files.open(entry);
            }
        } else {
            opened = Files.isRegularFile(Path.of(copy.source())) && files.openWithoutAsking(Path.of(copy.source()));
        }
        if (!opened) {
            // The file is gone: keep the edits as an untitled program.
            try {
                workspace.open(ScenarioDocument.bundled(
                        ScenarioLoader.load(copy.title().endsWith(".py") ? copy.title() : "recovered.py",
                                copy.program()), "recovered.py", copy.program()));
            } catch (ScenarioError e) {
                files.prompts().error(i18n.get("error.open.title"), e.getMessage());
                return;
            }
        }
        workspace.programTextProperty().set(copy.program());
        files.keepRecoveryCopy();
    }
}
