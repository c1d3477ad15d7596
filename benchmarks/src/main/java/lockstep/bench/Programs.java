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

    static Program compile(String name) {
        try {
            return Simulator.compile(name, source(name));
        } catch (ProgramError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
