package lockstep.app.explore;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.Observable;
import java.util.ArrayList;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.model.Workspace;
import lockstep.sim.Schedule;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreProgress;
import lockstep.sim.explore.Outcome;

/**
 * Explore as a model: how to search (the mode, whether to stop at the first deadlock), the search under way and its
 * progress, what the last search found, and the outcome chosen, whose example schedule the {@link Workspace} replays
 * as the run shown (in manual mode, so the student steps it at any grain, steps back, and may branch off). The
 * program explored is the workspace's, as edited, with its scheduler settings. Commands are called on the JavaFX
 * thread.
 */
public final class Exploration {
    /** The modes offered, exhaustive first; {@link ExploreMode#ALL} is for checking the others, not for students. */
    public static final List<ExploreMode> MODES = List.of(ExploreMode.STATES, ExploreMode.DPOR, ExploreMode.PCT,
            ExploreMode.RANDOM);

    private final Workspace workspace;
    private final ExploreService service;
    private final ObjectProperty<ExploreMode> mode = new SimpleObjectProperty<>(ExploreMode.STATES);
    private final BooleanProperty stopAtFirstDeadlock = new SimpleBooleanProperty(false);
    private final BooleanProperty leastPreempted = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExploreProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExploreFinished> finished = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Outcome> chosen = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding stale;

    public Exploration(Workspace workspace, ExploreService service) {
        this.workspace = workspace;
        this.service = service;
        List<Observable> watched = new ArrayList<>(List.of(finished, workspace.documentProperty(),
                workspace.programTextProperty()));
        watched.addAll(workspace.settings().observables());
        this.stale = Bindings.createBooleanBinding(this::isStale, watched.toArray(Observable[]::new));
        workspace.documentProperty().addListener((obs, old, now) -> forget());
        leastPreempted.addListener((obs, was, now) -> {
            if (chosen.get() != null) {
                replay(chosen.get());
            }
        });
    }

    // Properties

    /** How to search; states by default. */
    public ObjectProperty<ExploreMode> modeProperty() {
        return mode;
    }

    public BooleanProperty stopAtFirstDeadlockProperty() {
        return stopAtFirstDeadlock;
    }

    /** Replay the outcome's schedule with the fewest preemptions rather than the shortest. */
    public BooleanProperty leastPreemptedProperty() {
        return leastPreempted;
    }

    /** Whether a search is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return service.busyProperty();
    }

    /** How far the search under way has got; null before its first report. */
    public ReadOnlyObjectProperty<ExploreProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How the last search ended; null before the first, and once another document opens. */
    public ReadOnlyObjectProperty<ExploreFinished> finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** The outcome whose schedule is the run shown; null for none. */
    public ReadOnlyObjectProperty<Outcome> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Whether the program or its settings changed since the last search. */
    public BooleanBinding staleProperty() {
        return stale;
    }

    /** The outcomes of the last search, most frequent first; empty when it did not run. */
    public List<Outcome> outcomes() {
        return finished.get() instanceof ExploreFinished.Done done ? done.result().outcomes() : List.of();
    }

    // Commands

    /** Explores the program as edited with the workspace's settings, stopping any search under way. */
    public void explore() {
        ScenarioDocument doc = workspace.document();
        if (doc == null) {
            return;
        }
        // The table empties while the new search runs: counts of the program as it was would mislead.
        chosen.set(null);
        progress.set(null);
        finished.set(null);
        ExploreRequest request = new ExploreRequest(doc, workspace.programTextProperty().get(),
                workspace.settings().toOptions(), options());
        service.submit(request, progress::set, finished::set);
    }

    /** Stops the search under way; what it found so far is shown, marked not complete. */
    public void cancel() {
        service.cancel();
    }

    /** Cancels the search under way, or starts one (the X key). */
    public void exploreOrCancel() {
        if (runningProperty().get()) {
            cancel();
        } else {
            explore();
        }
    }

    /** Chooses {@code outcome}: its example schedule becomes the run shown. */
    public void choose(Outcome outcome) {
        if (outcome == null || outcome == chosen.get()) {
            return;
        }
        chosen.set(outcome);
        replay(outcome);
    }

    /** Chooses the outcome {@code delta} places after the chosen one (the first when none is), if there is one. */
    public void chooseNext(int delta) {
        List<Outcome> all = outcomes();
        if (all.isEmpty()) {
            return;
        }
        int at = chosen.get() == null ? (delta > 0 ? -1 : all.size()) : all.indexOf(chosen.get());
        int next = Math.max(0, Math.min(all.size() - 1, at + delta));
        choose(all.get(next));
    }

    /** The schedule that replays {@code outcome}: its shortest, or its least preempted when so chosen. */
    public Schedule schedule(Outcome outcome) {
        return leastPreempted.get() ? outcome.leastPreempted() : outcome.shortest();
    }

    /**
     * The options of the next search, shared by every core: the counts and outcomes do not depend on it, and a
     * student waits less.
     */
    ExploreOptions options() {
        return ExploreOptions.defaults()
                .withWorkers(Math.min(64, Runtime.getRuntime().availableProcessors()))
                .withMode(mode.get())
                .withStopAtFirstDeadlock(stopAtFirstDeadlock.get())
                .withGilSwitchesOnly(workspace.settings().policyProperty().get() == SchedulingPolicy.GIL)
                .withSeed(workspace.settings().seedProperty().get());
    }

    private void replay(Outcome outcome) {
        workspace.replay(schedule(outcome));
    }

    private void forget() {
        service.discard();
        progress.set(null);
        chosen.set(null);
        finished.set(null);
    }

    private boolean isStale() {
        ExploreFinished last = finished.get();
        if (last == null) {
            return false;
        }
        ExploreRequest asked = last.request();
        return asked.document() != workspace.document()
                || !asked.program().equals(workspace.programTextProperty().get())
                || !asked.run().equals(workspace.settings().toOptions());
    }
}
