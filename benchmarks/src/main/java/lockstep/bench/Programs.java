package lockstep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import lockstep.sim.Program;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;

/** The programs the benchmarks run, bundled as resources. */
final class Programs {
    private Programs() {}

    static String source(String name) {
        try (InputStream in = Programs.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled program " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The counter race: {@code lost_update.py} with N increments per thread and, for three threads, a third thread
     * started and joined like the other two (the model of {@code benchmarks/spin/counter.pml}); as
     * {@code LostUpdateCensusTest} builds it in sim-core's tests.
     */
    static Program lostUpdate(int threads, int n) {
        if (threads != 2 && threads != 3) {
            throw new IllegalArgumentException("the counter race has 2 or 3 threads, not " + threads);
        }
        String program = source("lost_update.py").replace("N = 200", "N = " + n);
        if (threads == 3) {
            program = program.replace("t2 = threading.Thread(target=add)\n",
                            "t2 = threading.Thread(target=add)\nt3 = threading.Thread(target=add)\n")
                    .replace("t2.start()\n", "t2.start()\nt3.start()\n")
                    .replace("t2.join()\n", "t2.join()\nt3.join()\n");
        }
        try {
            return Simulator.compile("lost_update.py", program);
        } catch (ProgramError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Program compile(String name) {
        try {
            return Simulator.compile(name, source(name));
        } catch (ProgramError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
