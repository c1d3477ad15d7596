package lockstep.app.model;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import lockstep.sim.RunOptions;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.SchedulerSettings;

/**
 * The scheduler settings of the next run, as the settings panel edits them: set from a scenario's defaults when it
 * opens, changed by the user, turned into {@link RunOptions}. The step limit is the app's (kept between runs); a
 * scenario's own {@code maxSteps} applies when it is lower.
 */
public final class RunSettings {
    /** The policies offered; replay is what manual mode and a loaded schedule use. */
    public static final List<SchedulingPolicy> POLICIES = List.of(SchedulingPolicy.RR, SchedulingPolicy.FIFO,
            SchedulingPolicy.PRIORITY, SchedulingPolicy.RANDOM, SchedulingPolicy.GIL);

    private final ObjectProperty<SchedulingPolicy> policy = new SimpleObjectProperty<>(SchedulingPolicy.RR);
    private final LongProperty quantumSteps = new SimpleLongProperty(RunOptions.DEFAULT_QUANTUM_STEPS);
    private final IntegerProperty cores = new SimpleIntegerProperty(1);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final BooleanProperty gilClassic = new SimpleBooleanProperty(false);
    private final DoubleProperty switchIntervalMillis =
            new SimpleDoubleProperty(RunOptions.DEFAULT_SWITCH_INTERVAL_SECONDS * 1000);
    private final LongProperty stepLimit;
    private Long scenarioMaxSteps;

    public RunSettings(long stepLimit) {
        this.stepLimit = new SimpleLongProperty(stepLimit);
    }

    // Properties

    public ObjectProperty<SchedulingPolicy> policyProperty() {
        return policy;
    }

    public LongProperty quantumStepsProperty() {
        return quantumSteps;
    }

    public IntegerProperty coresProperty() {
        return cores;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty gilClassicProperty() {
        return gilClassic;
    }

    public DoubleProperty switchIntervalMillisProperty() {
        return switchIntervalMillis;
    }

    /** The app's step limit for interactive runs. */
    public LongProperty stepLimitProperty() {
        return stepLimit;
    }

    /** Every setting that changes a run, to listen to all at once. */
    public List<Observable> observables() {
        return List.of(policy, quantumSteps, cores, seed, gilClassic, switchIntervalMillis, stepLimit);
    }

    public void addListener(InvalidationListener listener) {
        observables().forEach(o -> o.addListener(listener));
    }

    // Commands

    /** Takes the scenario's defaults (and the app's defaults where it sets none). */
    public void loadFrom(Scenario scenario) {
        RunOptions options = scenario.runOptions(RunOptions.defaults());
        SchedulerSettings s = scenario.scheduler();
        policy.set(POLICIES.contains(options.policy()) ? options.policy() : SchedulingPolicy.RR);
        quantumSteps.set(options.quantumSteps());
        cores.set(options.cores());
        seed.set(options.seed());
        gilClassic.set(options.gilClassic());
        switchIntervalMillis.set(options.switchIntervalSeconds() * 1000);
        scenarioMaxSteps = s.maxSteps();
    }

    /** The options of a run with these settings. */
    public RunOptions toOptions() {
        long limit = stepLimit.get();
        if (scenarioMaxSteps != null) {
            limit = Math.min(limit, scenarioMaxSteps);
        }
        return RunOptions.defaults()
                .withSeed(seed.get())
                .withPolicy(policy.get())
                .withQuantum(Math.max(1, quantumSteps.get()))
                .withCores(Math.max(1, cores.get()))
                .withGilClassic(gilClassic.get())
                .withSwitchInterval(Math.max(1e-6, switchIntervalMillis.get() / 1000))
                .withMaxSteps(Math.max(1, limit));
    }
}
