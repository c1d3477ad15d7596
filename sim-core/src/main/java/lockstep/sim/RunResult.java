package lockstep.sim;

import java.util.List;
import java.util.Map;
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
 */
public record RunResult(RunStatus status, String outputText, Map<String, Object> globals, long timeNanos, long steps,
                        String error, Trace trace, FinalState finalState) {
    /** The printed lines, in order; a final line without a newline is included. */
    public List<String> output() {
        if (outputText.isEmpty()) {
            return List.of();
        }
        String text = outputText.endsWith("\n") ? outputText.substring(0, outputText.length() - 1) : outputText;
        return List.of(text.split("\n", -1));
    }

    public double timeSeconds() {
        return timeNanos / 1e9;
    }
}
