package lockstep.app.model;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.simulation.ManualPress;
import lockstep.app.simulation.ManualRefusal;
import lockstep.app.simulation.ManualScheduling;
import lockstep.app.simulation.ManualThread;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.SimulationOutcome;
import lockstep.app.simulation.SimulationRequest;
import lockstep.app.simulation.SimulationService;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.Schedule;
import lockstep.sim.scenario.ExpectationResult;

/**
 * The open document and everything that makes a run of it: the program as edited, the scheduler settings, manual
 * mode's schedule. Any change re-simulates — edits after a short pause, settings at once — and the run is handed to
 * the {@link PlaybackController}. Commands are called on the JavaFX thread.
 */
public final class Workspace {
    /** How long typing must pause before the edited program is run again. */
    public static final Duration EDIT_PAUSE = Duration.millis(450);
    /** Settings fields (spinners) settle faster than typing. */
    public static final Duration SETTINGS_PAUSE = Duration.millis(120);

    /** Where the cursor goes when a new run arrives. */
    private enum Placement { START, KEEP, END }

    private final SimulationService simulation;
    private final PlaybackController playback;
    private final RunSettings settings;

    private final ReadOnlyObjectWrapper<ScenarioDocument> document = new ReadOnlyObjectWrapper<>();
    private final StringProperty programText = new SimpleStringProperty("");
    private final BooleanBinding dirty;
    private final ReadOnlyObjectWrapper<ProgramError> compileError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ObjectProperty<List<ExpectationResult>> expectations = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty manual = new SimpleBooleanProperty(false);
    private final ObservableList<ManualScheduling.Choice> runnable = FXCollections.observableArrayList();
    private final ObservableList<ManualThread> manualThreads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ManualRefusal> manualRefusal = new ReadOnlyObjectWrapper<>();
    /** Manual-mode presses not yet sent to the simulator, in the order they came. */
    private final List<ManualPress> waitingPresses = new ArrayList<>();
    /** A manual-mode run has been asked for and not yet shown: presses wait for it. */
    private boolean manualRunPending;
    private final PauseTransition editPause = new PauseTransition(EDIT_PAUSE);
    private final PauseTransition settingsPause = new PauseTransition(SETTINGS_PAUSE);
    private Schedule manualSchedule;
    private Placement nextPlacement = Placement.START;
    private boolean loading;

    public Workspace(SimulationService simulation, PlaybackController playback, RunSettings settings) {
        this.simulation = simulation;
        this.playback = playback;
        this.settings = settings;
        this.dirty = Bindings.createBooleanBinding(() -> document.get() != null
                && !document.get().scenario().program().equals(programText.get()), document, programText);
        editPause.setOnFinished(e -> simulate(Placement.KEEP));
        settingsPause.setOnFinished(e -> simulate(Placement.KEEP));
        programText.addListener((obs, old, now) -> {
            if (!loading) {
                editPause.playFromStart();
            }
        });
        settings.addListener(obs -> {
            if (!loading) {
                settingsPause.playFromStart();
            }
        });
    }

    // Properties

    public ReadOnlyObjectProperty<ScenarioDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ScenarioDocument document() {
        return document.get();
    }

    /** The program as edited; the editor binds to it both ways. */
    public StringProperty programTextProperty() {
        return programText;
    }

    /** Whether the program differs from the document's. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public RunSettings settings() {
        return settings;
    }

    /** The error of the edited program, or null when it compiles. */
    public ReadOnlyObjectProperty<ProgramError> compileErrorProperty() {
        return compileError.getReadOnlyProperty();
    }

    /** A failure of the simulator itself, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The verdicts on the scenario's {@code expect} items for the run shown; empty while unknown. */
    public ObjectProperty<List<ExpectationResult>> expectationsProperty() {
        return expectations;
    }

    public ReadOnlyBooleanProperty simulatingProperty() {
        return simulation.busyProperty();
    }

    /** Manual mode: the user picks the thread that runs each next step. */
    public BooleanProperty manualProperty() {
        return manual;
    }

    /** In manual mode, the threads that may run next. */
    public ObservableList<ManualScheduling.Choice> runnableThreads() {
        return runnable;
    }

    /** In manual mode, every thread at the choice with its key, whether it can run, and why not. */
    public ObservableList<ManualThread> manualThreads() {
        return manualThreads;
    }

    /** The last manual-mode press that ran nothing, and why; null once a press runs. */
    public ReadOnlyObjectProperty<ManualRefusal> manualRefusalProperty() {
        return manualRefusal.getReadOnlyProperty();
    }

    public PlaybackController playback() {
        return playback;
    }

    // Commands

    /** Opens a document: its program, its scheduler defaults, a fresh run shown from the start. */
    public void open(ScenarioDocument opened) {
        editPause.stop();
        settingsPause.stop();
        loading = true;
        try {
            manual.set(false);
            manualSchedule = null;
            clearManual();
            document.set(opened);
            settings.loadFrom(opened.scenario());
            programText.set(opened.scenario().program());
        } finally {
            loading = false;
        }
        compileError.set(null);
        expectations.set(List.of());
        playback.pause();
        simulate(Placement.START);
    }

    /** The document was saved (possibly under another name): it now holds the program as edited. */
    public void saved(ScenarioDocument savedAs) {
        loading = true;
        try {
            document.set(savedAs);
        } finally {
            loading = false;
        }
    }

    /** Puts back the document's own program, dropping the edits. */
    public void revert() {
        if (document.get() != null) {
            programText.set(document.get().scenario().program());
        }
    }

    /** Runs again now, keeping the cursor where it is. */
    public void simulateNow() {
        editPause.stop();
        settingsPause.stop();
        simulate(Placement.KEEP);
    }

    /**
     * Turns manual mode on or off. On, the schedule so far — the steps before the cursor — is kept and the run stops
     * there, waiting for a choice; off, the chosen policy runs the program again.
     */
    public void setManual(boolean on) {
        if (on == manual.get() && (on == (manualSchedule != null))) {
            return;
        }
        if (on) {
            RunSession run = playback.session();
            manualSchedule = run == null ? new Schedule() : ManualSchedules.prefix(run, playback.position());
            manual.set(true);
            simulate(Placement.END);
        } else {
            manualSchedule = null;
            manual.set(false);
            clearManual();
            simulate(Placement.KEEP);
        }
    }

    /** In manual mode: {@code choice} runs one step at the grain next, after the steps before the cursor. */
    public void pick(ManualScheduling.Choice choice) {
        pickKey(choice.threadId());
    }

    /**
     * In manual mode, the thread whose key is {@code key} runs one step at the playback's grain, after the steps
     * before the cursor (as the digit keys do); a thread that cannot run is refused with a message. Returns whether
     * manual mode took the key.
     */
    public boolean pickKey(int key) {
        if (!manual.get()) {
            return false;
        }
        press(new ManualPress.Pick(key));
        return true;
    }

    /**
     * Space or → in manual mode at the choice (the end of the manual run, or while presses wait): the one thread
     * that can run runs one step at the grain; with several, a message asks for a choice. Returns false, leaving the
     * key to the playback, when the cursor is inside the steps already made.
     */
    public boolean runOnlyThread() {
        if (!manual.get()) {
            return false;
        }
        RunSession run = playback.session();
        boolean atChoice = manualRunPending || !waitingPresses.isEmpty()
                || run != null && run.manual() && playback.position() >= run.steps();
        if (!atChoice) {
            return false;
        }
        press(new ManualPress.Only());
        return true;
    }

    /** Keeps {@code press} and sends it once the run it applies to is shown: no press is lost or reordered. */
    private void press(ManualPress press) {
        waitingPresses.add(press);
        if (!manualRunPending) {
            sendPresses();
        }
    }

    /** Sends the waiting presses, to apply after the steps before the cursor. */
    private void sendPresses() {
        RunSession run = playback.session();
        if (waitingPresses.isEmpty() || run == null) {
            return;
        }
        manualSchedule = ManualSchedules.prefix(run, playback.position());
        List<ManualPress> presses = List.copyOf(waitingPresses);
        waitingPresses.clear();
        simulate(Placement.END, presses);
    }

    private void clearManual() {
        runnable.clear();
        manualThreads.clear();
        manualRefusal.set(null);
        waitingPresses.clear();
    }

    /** The schedule of the run up to the cursor, in the text form {@code lockstep run --schedule} reads. */
    public String scheduleText() {
        RunSession run = playback.session();
        return run == null ? new Schedule().toText() : ManualSchedules.prefix(run, playback.position()).toText();
    }

    /** Replays a saved schedule in manual mode: it runs as far as the schedule goes, then waits for choices. */
    public void replay(Schedule schedule) {
        manualSchedule = schedule;
        manual.set(true);
        simulate(Placement.END);
    }

    private void simulate(Placement placement) {
        simulate(placement, List.of());
    }

    private void simulate(Placement placement, List<ManualPress> presses) {
        ScenarioDocument doc = document.get();
        if (doc == null) {
            return;
        }
        nextPlacement = placement;
        manualRunPending = manual.get();
        SimulationRequest request = new SimulationRequest(doc, programText.get(), settings.toOptions(),
                manual.get() ? manualSchedule : null, presses, playback.grainProperty().get());
        simulation.submit(request, this::deliver, expectations::set);
    }

    private void deliver(SimulationOutcome outcome) {
        manualRunPending = false;
        if (!(outcome instanceof SimulationOutcome.Ran)) {
            waitingPresses.clear();
        }
        if (outcome instanceof SimulationOutcome.NotCompiled notCompiled) {
            compileError.set(notCompiled.error());
            failure.set(null);
            return;
        }
        compileError.set(null);
        if (outcome instanceof SimulationOutcome.Failed failed) {
            failure.set(failed.message());
            return;
        }
        failure.set(null);
        SimulationOutcome.Ran ran = (SimulationOutcome.Ran) outcome;
        RunSession shown = playback.session();
        if (ran.pressesRanNothing() && shown != null && shown.manual()) {
            // Refused presses change nothing: the run shown and its steps after the cursor stay; only say why.
            manualRefusal.set(ran.refusal());
            manualSchedule = ManualSchedules.prefix(shown, shown.steps());
            sendPresses();
            return;
        }
        RunSession run = ran.session();
        expectations.set(List.of());
        runnable.setAll(ran.runnable());
        manualThreads.setAll(ran.threads());
        if (!ran.request().presses().isEmpty() || !run.manual()) {
            manualRefusal.set(ran.refusal());
        }
        long at = switch (nextPlacement) {
            case START -> 0;
            case KEEP -> playback.position();
            case END -> run.steps();
        };
        playback.show(run, at);
        if (run.manual()) {
            manualSchedule = ManualSchedules.prefix(run, run.steps());
            sendPresses();
        }
    }
}
