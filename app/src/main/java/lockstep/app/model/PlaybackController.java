package lockstep.app.model;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.StepContext;
import lockstep.app.simulation.StepDetailService;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;

/**
 * The one playback controller every view follows: the run shown, the cursor over it, play and pause, speed, and
 * jumps. The cursor is a position {@code 0..totalSteps}: at position {@code s} the first {@code s} steps have run.
 * The detail of the position ({@link StepContext}: the step just done, the one about to run, each thread's line)
 * follows the cursor, first from the cache, then completed in the background.
 *
 * <p>Stepping, playing and its speed follow the {@linkplain #grainProperty() grain}: at the operation or line grain a
 * step moves to just after the end of the next group, and the speed counts groups. The groups are computed in the
 * background once per run; until they are known, steps are micro-ops.
 */
public final class PlaybackController {
    /** Playback speeds, in steps per second. */
    public static final long[] SPEEDS = {1, 2, 5, 10, 25, 50, 100, 250, 1_000, 5_000, 25_000, 100_000, 1_000_000};
    public static final int DEFAULT_SPEED_INDEX = 3;

    private final StepDetailService details;
    private final ReadOnlyObjectWrapper<RunSession> session = new ReadOnlyObjectWrapper<>();
    /** Written only by this controller's commands; views read it through {@link #positionProperty()}. */
    private final ReadOnlyLongWrapper position = new ReadOnlyLongWrapper(0) {
        @Override
        public void set(long value) {
            super.set(Math.max(0, Math.min(value, totalSteps.get())));
        }
    };
    private final ReadOnlyLongWrapper totalSteps = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty speedIndex = new SimpleIntegerProperty(DEFAULT_SPEED_INDEX) {
        @Override
        public void set(int value) {
            super.set(Math.max(0, Math.min(value, SPEEDS.length - 1)));
        }
    };
    private final ObjectProperty<EventFilter> eventFilter = new SimpleObjectProperty<>(EventFilter.ANY);
    private final ReadOnlyObjectWrapper<StepContext> context = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Grain> grain = new SimpleObjectProperty<>(Grain.OPERATION) {
        @Override
        public void set(Grain value) {
            super.set(value == null ? Grain.OPERATION : value);
        }
    };
    /** The shown run's operations and line steps, once grouped; null before. */
    private final ReadOnlyObjectWrapper<RunGrains> grains = new ReadOnlyObjectWrapper<>();
    /** The group that the step just done ended, at the chosen grain; null at the micro-op grain or mid-group. */
    private final ReadOnlyObjectWrapper<Operation> group = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding atStart = position.isEqualTo(0);
    private final BooleanBinding atEnd = Bindings.createBooleanBinding(
            () -> position.get() >= totalSteps.get(), position, totalSteps);
    private final AnimationTimer timer = new AnimationTimer() {
        private long lastNanos = -1;
        private double carried;

        @Override
        public void start() {
            lastNanos = -1;
            carried = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (lastNanos < 0) {
                lastNanos = now;
                advanceBy(1);
                return;
            }
            double elapsedSeconds = Math.min(0.25, (now - lastNanos) / 1e9);
            lastNanos = now;
            carried += elapsedSeconds * SPEEDS[speedIndex.get()];
            long whole = (long) carried;
            carried -= whole;
            if (whole > 0) {
                advanceBy(whole);
            }
        }
    };

    /** Above this speed nobody reads the narration: detail is not recomputed until playback stops. */
    public static final long MAX_NARRATED_SPEED = 250;

    public PlaybackController(StepDetailService details) {
        this.details = details;
        position.addListener((obs, old, now) -> refreshContext());
        position.addListener((obs, old, now) -> refreshGroup());
        grain.addListener((obs, old, now) -> refreshGroup());
        grains.addListener((obs, old, now) -> refreshGroup());
        playing.addListener((obs, was, now) -> {
            if (!now) {
                refreshContext();
            }
        });
    }

    // Properties

    public ReadOnlyObjectProperty<RunSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public RunSession session() {
        return session.get();
    }

    /** The cursor: how many steps have run. Setting it clamps to the run. */
    /** The cursor; it moves only by this controller's commands (play, step, jump, ...). */
    public ReadOnlyLongProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public long position() {
        return position.get();
    }

    public ReadOnlyLongProperty totalStepsProperty() {
        return totalSteps.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }

    public long stepsPerSecond() {
        return SPEEDS[speedIndex.get()];
    }

    public ObjectProperty<EventFilter> eventFilterProperty() {
        return eventFilter;
    }

    /** How far a step goes: an operation (the default), a line or a micro-op. */
    public ObjectProperty<Grain> grainProperty() {
        return grain;
    }

    /** The shown run's steps grouped at the coarse grains; null until they are known. */
    public ReadOnlyObjectProperty<RunGrains> grainsProperty() {
        return grains.getReadOnlyProperty();
    }

    /**
     * The group the step just done ends at the chosen grain (an operation, a line step), for its narration; null at
     * the micro-op grain, at the start, while the groups are computed, or when the cursor is inside a group.
     */
    public ReadOnlyObjectProperty<Operation> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** The detail of the current position; replaced (never mutated) as it becomes known. */
    public ReadOnlyObjectProperty<StepContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public BooleanBinding atStartProperty() {
        return atStart;
    }

    public BooleanBinding atEndProperty() {
        return atEnd;
    }

    // Commands

    /** Shows {@code run}, with the cursor at {@code newPosition} (clamped). */
    public void show(RunSession run, long newPosition) {
        if (run != session.get()) {
            grains.set(null);
            if (run != null) {
                details.requestGrains(run, ready -> {
                    if (ready.session() == session.get()) {
                        grains.set(ready);
                    }
                });
            }
        }
        session.set(run);
        totalSteps.set(run == null ? 0 : run.steps());
        long clamped = Math.max(0, Math.min(newPosition, totalSteps.get()));
        if (clamped == position.get()) {
            refreshContext();
        } else {
            position.set(clamped);
        }
        if (run == null) {
            pause();
        }
    }

    public void play() {
        if (session.get() == null) {
            return;
        }
        if (atEnd.get()) {
            position.set(0);
        }
        playing.set(true);
        timer.start();
    }

    public void pause() {
        timer.stop();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step forward at the chosen grain. */
    public void stepForward() {
        pause();
        advanceBy(1);
    }

    /** One step back at the chosen grain: to just after the end of the group before the one just done. */
    public void stepBack() {
        pause();
        Operations groups = groups();
        if (groups == null) {
            position.set(position.get() - 1);
        } else {
            position.set(groups.previousEnd(position.get() - 1) + 1);
        }
    }

    public void toStart() {
        pause();
        position.set(0);
    }

    public void toEnd() {
        pause();
        position.set(totalSteps.get());
    }

    /** Moves to just after the next event of the chosen kind; stays put when there is none. */
    public boolean toNextEvent() {
        pause();
        RunSession run = session.get();
        if (run == null) {
            return false;
        }
        long at = run.nextEventPosition(position.get(), eventFilter.get());
        if (at >= 0) {
            position.set(at);
        }
        return at >= 0;
    }

    /** Moves to just after the previous event of the chosen kind; stays put when there is none. */
    public boolean toPreviousEvent() {
        pause();
        RunSession run = session.get();
        if (run == null) {
            return false;
        }
        long at = run.previousEventPosition(position.get(), eventFilter.get());
        if (at >= 0) {
            position.set(at);
        }
        return at >= 0;
    }

    public void jumpTo(long newPosition) {
        pause();
        position.set(newPosition);
    }

    public void faster() {
        speedIndex.set(speedIndex.get() + 1);
    }

    public void slower() {
        speedIndex.set(speedIndex.get() - 1);
    }

    /** The groups of the chosen grain for the shown run; null at the micro-op grain or while not known. */
    private Operations groups() {
        RunGrains known = grains.get();
        return known == null || known.session() != session.get() ? null : known.at(grain.get());
    }

    /** Moves {@code count} steps of the chosen grain forward: to just after the end of the count-th next group. */
    private void advanceBy(long count) {
        Operations groups = groups();
        long next;
        if (groups == null) {
            next = position.get() + count;
        } else {
            long target = groups.indexEndingAtOrAfter(position.get()) + count - 1;
            next = target < groups.size() ? groups.all().get((int) target).last() + 1 : totalSteps.get();
        }
        position.set(next);
        if (position.get() >= totalSteps.get()) {
            pause();
        }
    }

    private void refreshGroup() {
        Operations groups = groups();
        group.set(groups == null || position.get() == 0 ? null : groups.endingAt(position.get() - 1));
    }

    private void refreshContext() {
        RunSession run = session.get();
        if (run == null) {
            context.set(null);
            return;
        }
        long at = position.get();
        StepContext known = details.contextNow(run, at);
        context.set(known);
        boolean tooFast = playing.get() && stepsPerSecond() > MAX_NARRATED_SPEED;
        if (!known.complete() && !tooFast) {
            details.request(run, at, ready -> {
                if (ready.session() == session.get() && ready.position() == position.get()) {
                    context.set(ready);
                }
            });
        }
    }
}
