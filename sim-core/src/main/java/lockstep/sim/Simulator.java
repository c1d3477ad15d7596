package lockstep.sim;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.Parser;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.library.Modules;
import lockstep.sim.analysis.RaceDetector;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.Policies;
import lockstep.sim.machine.Schedule;
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
        Machine machine = new Machine(options.seed(), options.maxSteps(), OP_COST_NANOS, options.stepListener(),
                policy(options), races, options.cores(), options.policy() == SchedulingPolicy.GIL,
                options.gilClassic(), options.switchIntervalSeconds());
        holder[0] = machine;
        machine.load(program.code(), program.source());
        Machine.Outcome outcome;
        try {
            outcome = machine.run();
        } catch (Schedule.Divergence e) {
            return Results.diverged(program, machine, e.getMessage());
        }
        return Results.of(program, machine, outcome, races.races());
    }
}
