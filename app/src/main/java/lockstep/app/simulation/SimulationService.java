package lockstep.app.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.scenario.Expectation;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.scenario.Expectations;

/**
 * Compiles and runs programs on one background thread, so the window never waits for the simulator. The latest
 * request wins: a request made while another runs replaces any still waiting, and the result of a request that has
 * been superseded is dropped rather than shown. (A run already under way finishes first; the step limit bounds it.)
 * Results are delivered on the JavaFX thread.
 */
public final class SimulationService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulationService.class.getName());

    private record Job(long generation, SimulationRequest request, Consumer<SimulationOutcome> onResult,
                       Consumer<List<ExpectationResult>> onExpectations) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-simulation");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ManualScheduling manualScheduling;

    public SimulationService(ManualScheduling manualScheduling) {
        this.manualScheduling = manualScheduling;
    }

    // Properties

    /** True from a request until its result (or a later one's) is delivered. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    /**
     * Simulates {@code request}; {@code onResult} gets the outcome on the JavaFX thread unless superseded, then
     * {@code onExpectations} the verdicts on the scenario's {@code expect} items (which may need more runs).
     */
    public void submit(SimulationRequest request, Consumer<SimulationOutcome> onResult,
                       Consumer<List<ExpectationResult>> onExpectations) {
        long gen = generation.incrementAndGet();
        busy.set(true);
        pending.set(new Job(gen, request, onResult, onExpectations));
        if (!executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    /** Drops whatever is waiting or running: its result will not be delivered. */
    public void cancel() {
        generation.incrementAndGet();
        pending.set(null);
        busy.set(false);
    }

    @Override
    public void close() {
        cancel();
        executor.shutdownNow();
    }

    private void drain() {
        Job job = pending.getAndSet(null);
        if (job == null || job.generation() != generation.get()) {
            return;
        }
        SimulationOutcome outcome;
        try {
            outcome = simulate(job.request(), manualScheduling);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "the simulator failed", e);
            outcome = new SimulationOutcome.Failed(job.request(), e.toString());
        }
        SimulationOutcome result = outcome;
        Platform.runLater(() -> {
            if (job.generation() == generation.get()) {
                busy.set(false);
                job.onResult().accept(result);
            }
        });
        if (result instanceof SimulationOutcome.Ran ran && job.generation() == generation.get()) {
            List<ExpectationResult> verdicts;
            try {
                verdicts = expectations(ran.session(), () -> job.generation() != generation.get());
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, "checking the expectations failed", e);
                verdicts = List.of();
            }
            List<ExpectationResult> delivered = verdicts;
            Platform.runLater(() -> {
                if (job.generation() == generation.get()) {
                    job.onExpectations().accept(delivered);
                }
            });
        }
    }

    /**
     * The scenario's {@code expect} items checked against a finished run; none for a run still awaiting choices.
     * The runs some items need stop with a {@link CancellationException} once {@code stale} says so.
     */
    public static List<ExpectationResult> expectations(RunSession session, BooleanSupplier stale) {
        List<Expectation> expect = session.document().scenario().expect();
        if (expect.isEmpty() || session.awaitingChoice()) {
            return List.of();
        }
        return Expectations.check(expect, session.result(), session.options(), options -> {
            if (stale.getAsBoolean()) {
                throw new CancellationException();
            }
            return Simulator.run(session.program(), options);
        }, (run, explore) -> {
            // The items about every schedule explore the program; a stale request stops the search and is dropped.
            var result = lockstep.sim.explore.Explorer.explore(session.program(), run, explore,
                    new lockstep.sim.explore.ExploreMonitor() {
                        @Override
                        public boolean stopRequested() {
                            return stale.getAsBoolean();
                        }
                    });
            if (stale.getAsBoolean()) {
                throw new CancellationException();
            }
            return result;
        });
    }

    /** Compiles and runs a request here and now (the service calls it on its thread; tests may call it anywhere). */
    public static SimulationOutcome simulate(SimulationRequest request, ManualScheduling manualScheduling) {
        Program program;
        try {
            program = Simulator.compile(request.document().scenario().fileName(), request.program());
        } catch (ProgramError e) {
            return new SimulationOutcome.NotCompiled(request, e);
        }
        RunOptions options = request.options().withStepListener(null);
        ManualScheduling.Situation situation = null;
        if (request.manual()) {
            options = options.withCores(1);
            try {
                situation = manualScheduling.press(program, options, request.manualSchedule(), request.presses(),
                        request.grain());
            } catch (IllegalArgumentException cannotBeFollowed) {
                // The schedule does not fit the program (it was edited): the run shows where it diverges.
                situation = new ManualScheduling.Situation(request.manualSchedule(), List.of(), null, false);
            }
            options = options.withSchedule(situation.schedule());
        }
        RunResult result = Simulator.run(program, options);
        RunSession session = new RunSession(request.document(), request.program(), program, options, result,
                request.manual());
        if (situation == null || !session.awaitingChoice()) {
            return new SimulationOutcome.Ran(request, session, List.of(), List.of(),
                    situation == null ? null : situation.refusal(), situation != null && situation.ranNothing());
        }
        List<ManualScheduling.Choice> runnable = new ArrayList<>();
        for (ManualThread t : situation.threads()) {
            if (t.canRun()) {
                runnable.add(new ManualScheduling.Choice(t.key(), t.name(), t.pid()));
            }
        }
        return new SimulationOutcome.Ran(request, session, runnable, situation.threads(), situation.refusal(),
                situation.ranNothing());
    }
}
