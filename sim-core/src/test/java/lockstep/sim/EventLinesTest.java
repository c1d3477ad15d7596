package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event is placed at a line of the program itself, never at a line of threading.py or multiprocessing.py. */
class EventLinesTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/conformance");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyEventLiesWithinTheProgramsLines(String name) throws IOException {
        String source = Files.readString(PROGRAMS.resolve(name), StandardCharsets.UTF_8);
        long lines = source.lines().count();
        for (RunOptions options : List.of(RunOptions.defaults(), RunOptions.defaults().withPolicy(SchedulingPolicy.GIL),
                RunOptions.defaults().withPolicy(SchedulingPolicy.GIL).withCores(2))) {
            RunResult r = Runs.run(source, options);
            for (TraceEvent e : r.trace().events()) {
                assertTrue(e.line() >= 0 && e.line() <= lines, e.kind() + " at line " + e.line() + " of a program of "
                        + lines + " lines: " + e);
            }
        }
    }

    @Test
    void threadStartsForksAndSpawnsAreAtTheLineThatAskedForThem() {
        String source = """
                import threading, os, multiprocessing
                def work():
                    pass
                t = threading.Thread(target=work)
                t.start()
                pid = os.fork()
                if pid == 0:
                    os._exit(0)
                os.waitpid(pid, 0)
                if __name__ == '__main__':
                    p = multiprocessing.get_context('spawn').Process(target=work)
                    p.start()
                    p.join()
                """;
        RunResult r = Runs.run(source);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        List<TraceEvent> events = r.trace().events();
        assertEquals(5, events.stream().filter(e -> e instanceof TraceEvent.ThreadStarted s && s.parent() >= 0)
                .findFirst().orElseThrow().line());
        assertEquals(6, events.stream().filter(e -> e instanceof TraceEvent.Forked).findFirst().orElseThrow().line());
        assertEquals(12, events.stream().filter(e -> e instanceof TraceEvent.Spawned).findFirst().orElseThrow()
                .line());
    }
}
