package lockstep.sim;

import lockstep.sim.compile.CodeObject;
import lockstep.sim.lang.Module;

/** A checked and compiled program, ready to run any number of times. */
public final class Program {
    private final Module module;
    private final CodeObject code;

    Program(Module module, CodeObject code) {
        this.module = module;
        this.code = code;
    }

    public String fileName() {
        return module.fileName();
    }

    public String source() {
        return module.source();
    }

    public Module module() {
        return module;
    }

    /** The compiled module; only the simulator, which loads it into a machine, reads it. */
    CodeObject code() {
        return code;
    }
}
