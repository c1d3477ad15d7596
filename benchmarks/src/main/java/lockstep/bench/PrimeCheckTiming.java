package lockstep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;

/**
 * Times tutorial 004's sequential prime check in the simulator and, side by side, in CPython when {@code python3}
 * is on the PATH. Prints both wall times and the ratio. A measurement program, not a test.
 */
public final class PrimeCheckTiming {
    private PrimeCheckTiming() {}

    public static void main(String[] args) throws Exception {
        Program program = Programs.compile("prime_check.py");
        long t0 = System.nanoTime();
        RunResult result = Simulator.run(program, RunOptions.defaults());
        double simSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.print(result.outputText());
        System.out.printf("lockstep: %s, %,d steps, %.2f s wall, %.1f million steps/s, %.3f s virtual%n",
                result.status().jsonName(), result.steps(), simSeconds, result.steps() / simSeconds / 1e6,
                result.timeSeconds());
        Double python = cpython(Programs.source("prime_check.py"));
        if (python == null) {
            System.out.println("cpython: python3 not found, no comparison");
        } else {
            System.out.printf("cpython:  %.2f s wall%nratio:    %.1fx CPython's time%n", python, simSeconds / python);
        }
    }

    private static Double cpython(String source) throws IOException, InterruptedException {
        Path file = Files.createTempFile("prime_check", ".py");
        try {
            Files.writeString(file, source);
            ProcessBuilder pb = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                return null;
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return null;
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
