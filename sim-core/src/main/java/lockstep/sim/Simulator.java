package lockstep.sim;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.Parser;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.library.Modules;
import lockstep.sim.analysis.LostUpdateDetector;
import lockstep.sim.analysis.RaceDetector;
import lockstep.sim.analysis.SyncObservers;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.Policies;
import lockstep.sim.machine.SchedulerPolicy;

/** The simulator's front door: compile a program once, run it with options. */
public final class Simulator {
    /** Virtual time one micro-op takes. */
    public static final long OP_COST_NANOS = 1_000;

    private Simulator() {}

    /**
     * Parses and compiles a program, rejecting anything outside the scenario language.
     *
     * @throws ProgramError naming the file, line and column
     */
    public static Program compile(String fileName, String source) throws ProgramError {
        Module module = Parser.parse(fileName, source);
        CodeObject code = Compiler.compileModule(module, Modules::problem);
        return new Program(module, code);
    }

    private static SchedulerPolicy policy(RunOptions options) {
        return switch (options.policy()) {
            case RR, GIL -> Policies.roundRobin(options.quantumSteps());
            case FIFO -> Policies.fifo();
            case PRIORITY -> Policies.priority();
            case RANDOM -> Policies.random(options.seed());
            case REPLAY -> {
                if (options.schedule() == null) {
                    throw new IllegalArgumentException("the replay policy needs a schedule");
                }
                yield options.schedule().replayPolicy();
            }
        };
    }

    /** Runs a program to its end, a deadlock, an uncaught exception or the step limit. Never throws for program faults. */
    public static RunResult run(Program program, RunOptions options) {
        Machine[] holder = new Machine[1];
        RaceDetector races = new RaceDetector(id -> holder[0].threadName(id));
        Machine machine = newMachine(program, options, policy(options), analyses(races, holder));
        holder[0] = machine;
        Machine.Outcome outcome;
        try {
            outcome = machine.run();
        } catch (Schedule.Divergence e) {
            return Results.diverged(program, machine, e.getMessage());
        }
        return Results.of(program, machine, outcome, races.races());
    }

    /**
     * A machine loaded with {@code program} and set up as {@link #run} sets it up, not yet run: {@code run()} on
     * it makes the same steps as {@link #run} with the same options. For inspection, which probes it as it runs.
     * The machine's package is not exported, so only this module's inspector can use the result.
     */
    @SuppressWarnings("exports")
    public static Machine prepare(Program program, RunOptions options) {
        return prepare(program, options, policy(options));
    }

    /** As {@link #prepare(Program, RunOptions)} with the scheduling decided by {@code policy}. */
    @SuppressWarnings("exports")
    public static Machine prepare(Program program, RunOptions options, SchedulerPolicy policy) {
        Machine[] holder = new Machine[1];
        // The same observer as run(): what it is told also decides which objects get an id, and ids show in output.
        RaceDetector races = new RaceDetector(id -> holder[0].threadName(id));
        holder[0] = newMachine(program, options, policy, analyses(races, holder));
        return holder[0];
    }

    /**
     * As {@link #prepare(Program, RunOptions)}, with {@code watcher} told of every shared access and happens-before
     * edge besides the run's own analyses (it changes nothing in the run): for the inspector's held values.
     */
    @SuppressWarnings("exports")
    public static Machine prepare(Program program, RunOptions options, lockstep.sim.analysis.SyncObserver watcher) {
        return prepare(program, options, policy(options), watcher);
    }

    /** As {@link #prepare(Program, RunOptions, SchedulerPolicy)}, with {@code watcher} told what the analyses are. */
    @SuppressWarnings("exports")
    public static Machine prepare(Program program, RunOptions options, SchedulerPolicy policy,
                                  lockstep.sim.analysis.SyncObserver watcher) {
        Machine[] holder = new Machine[1];
        RaceDetector races = new RaceDetector(id -> holder[0].threadName(id));
        holder[0] = newMachine(program, options, policy, SyncObservers.both(analyses(races, holder), watcher));
        return holder[0];
    }

    /**
     * What a prepared machine's run produced, once {@code run()} returned {@code outcome}: for runs driven from inside
     * the module (the explorer), without the race report.
     */
    @SuppressWarnings("exports")
    public static RunResult resultOf(Program program, Machine machine, Machine.Outcome outcome) {
        return Results.of(program, machine, outcome, java.util.List.of());
    }

    /** The run's analyses: races, and lost updates, which become events of the machine's trace. */
    private static lockstep.sim.analysis.SyncObserver analyses(RaceDetector races, Machine[] holder) {
        return SyncObservers.both(races, new LostUpdateDetector(stale -> holder[0].recordLostUpdate(stale)));
    }

    private static Machine newMachine(Program program, RunOptions options, SchedulerPolicy policy,
                                      lockstep.sim.analysis.SyncObserver observer) {
        Machine machine = new Machine(options.seed(), options.maxSteps(), OP_COST_NANOS, options.stepListener(),
                policy, observer, options.cores(), options.policy() == SchedulingPolicy.GIL,
                options.gilClassic(), options.switchIntervalSeconds());
        machine.setMemoryBudget(options.memoryBudgetBytes());
        machine.load(program.code(), program.source());
        return machine;
    }
}
