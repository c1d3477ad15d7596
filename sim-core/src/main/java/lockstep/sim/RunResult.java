package lockstep.sim;

import java.util.List;
import java.util.Map;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.analysis.Race;
import lockstep.sim.trace.Trace;

/**
 * What a run produced.
 *
 * @param status      how it ended
 * @param outputText  everything printed, exactly as printed (all processes, in order)
 * @param globals     the main module's globals that are plain values, in definition order, as Java values:
 *                    {@link Long}/{@link java.math.BigInteger}, {@link Double}, {@link String}, {@link Boolean},
 *                    null for None, {@link List} for lists and tuples, {@link Map} for dicts
 * @param timeNanos   virtual time at the end
 * @param steps       micro-ops executed
 * @param error       the traceback of an uncaught exception, or a step-limit message; null when none
 * @param trace       the compact trace
 * @param finalState  the machine's final state, for evaluating expectations
 * @param deadlock    why the run could not go on, when its status is deadlock; null otherwise
 * @param races       unsynchronized conflicting accesses found, in the order found
 * @param schedule    the choices the scheduler made; replaying them reproduces the run
 * @param errorOutput what CPython would print on stderr besides the final traceback (exceptions in threads)
 */
public record RunResult(RunStatus status, String outputText, Map<String, Object> globals, long timeNanos, long steps,
                        String error, Trace trace, FinalState finalState, Deadlock deadlock, List<Race> races,
                        Schedule schedule, String errorOutput) {
    /** A result without concurrency findings: no deadlock, no races, an empty schedule. */
    public RunResult(RunStatus status, String outputText, Map<String, Object> globals, long timeNanos, long steps,
                     String error, Trace trace, FinalState finalState) {
        this(status, outputText, globals, timeNanos, steps, error, trace, finalState, null, List.of(), new Schedule(),
                "");
    }

    /** The printed lines, in order; a final line without a newline is included. */
    public List<String> output() {
        if (outputText.isEmpty()) {
            return List.of();
        }
        String text = outputText.endsWith("\n") ? outputText.substring(0, outputText.length() - 1) : outputText;
        return List.of(text.split("\n", -1));
    }

    /** How many lost updates the run had: its {@link lockstep.sim.trace.TraceEvent.LostUpdate} events. */
    public long lostUpdates() {
        return trace.events().stream().filter(e -> e instanceof lockstep.sim.trace.TraceEvent.LostUpdate).count();
    }

    public double timeSeconds() {
        return timeNanos / 1e9;
    }
}
