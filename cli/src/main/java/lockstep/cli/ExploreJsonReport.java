package lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.Schedule;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;

/**
 * The {@code explore --json} report: one object with the keys, in this order, {@code outcomes} (most frequent
 * first, each with {@code output}, {@code globals}, {@code status}, {@code problem}, {@code count}, {@code schedule}
 * — the shortest, as [thread, steps] pairs —, {@code length}, {@code preemptions} and
 * {@code leastPreemptedSchedule}), {@code interleavings}, {@code executions}, {@code states}, {@code complete},
 * {@code stopReason}, {@code seconds} (wall time), {@code estimate} and {@code pctBound} (null when absent). A count
 * is a JSON number when it fits in a signed 64-bit integer and otherwise a string of its digits, since many JSON
 * readers lose precision beyond that.
 */
final class ExploreJsonReport {
    private ExploreJsonReport() {}

    static String write(ExploreResult result, double seconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("formatVersion", JsonReport.FORMAT_VERSION);
        report.put("outcomes", ExploreTextReport.mostFrequentFirst(result.outcomes()).stream()
                .map(ExploreJsonReport::outcome).toList());
        report.put("interleavings", bigCount(result.interleavings()));
        report.put("executions", result.executions());
        report.put("states", result.states());
        report.put("complete", result.complete());
        report.put("stopReason", result.stopReason().jsonName());
        report.put("seconds", BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP));
        report.put("estimate", result.estimate() == null ? null : bigCount(result.estimate()));
        report.put("pctBound", result.pctBound());
        try {
            return JsonReport.MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> outcome(Outcome outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("output", outcome.output());
        map.put("globals", outcome.globals());
        map.put("status", outcome.status().jsonName());
        map.put("problem", outcome.problem());
        map.put("count", bigCount(outcome.count()));
        map.put("schedule", pairs(outcome.shortest()));
        map.put("length", outcome.shortestLength());
        map.put("preemptions", outcome.preemptions());
        map.put("leastPreemptedSchedule", pairs(outcome.leastPreempted()));
        return map;
    }

    /** A number when it fits in a long, else the string of its digits. */
    static Object bigCount(BigInteger n) {
        return n.bitLength() < Long.SIZE ? (Object) n.longValueExact() : n.toString();
    }

    private static List<List<Long>> pairs(Schedule schedule) {
        return schedule.slices().stream().map(s -> List.of((long) s.threadId(), s.steps())).toList();
    }
}
