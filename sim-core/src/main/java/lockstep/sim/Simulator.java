package lockstep.sim;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.Parser;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.library.Modules;
import lockstep.sim.machine.Machine;

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

    /** Runs a program to its end, a deadlock, an uncaught exception or the step limit. Never throws for program faults. */
    public static RunResult run(Program program, RunOptions options) {
        Machine machine = new Machine(options.seed(), options.maxSteps(), OP_COST_NANOS, options.stepListener());
        machine.load(program.code());
        Machine.Outcome outcome = machine.run();
        return Results.of(program, machine, outcome);
    }
}
