package lockstep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunResult;
import lockstep.sim.scenario.ExpectationResult;

/**
 * The {@code run --json} report: one object with the keys, in this order, {@code formatVersion} ({@link
 * #FORMAT_VERSION}), {@code status}, {@code output} (lines),
 * {@code globals}, {@code time} (virtual seconds), {@code steps}, {@code deadlock} (null without one), {@code races},
 * {@code expectations}, {@code error} and {@code lost_updates} (how many writes erased another thread's write
 * unseen; 0 when none). Threads are named as the program named them and, since names may repeat,
 * also given by id: {@code threadId} in a race's accesses and a deadlock's waiting threads ({@code heldById} for the
 * holder), {@code cycleThreadIds} beside a deadlock's cycle.
 */
final class JsonReport {
    /**
     * The version of the command line's JSON reports ({@code run --json}, {@code explore --json}): it grows when a key
     * changes meaning or goes away, not when one is added, so a reader can refuse a report it does not understand.
     */
    static final int FORMAT_VERSION = 1;
    static final ObjectMapper MAPPER = mapper();

    private JsonReport() {}

    static String write(RunResult result, List<ExpectationResult> expectations) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("formatVersion", FORMAT_VERSION);
        report.put("status", result.status().jsonName());
        report.put("output", result.output());
        report.put("globals", result.globals());
        report.put("time", BigDecimal.valueOf(result.timeNanos(), 9).stripTrailingZeros());
        report.put("steps", result.steps());
        report.put("deadlock", deadlock(result.deadlock()));
        report.put("races", result.races().stream().map(JsonReport::race).toList());
        report.put("expectations", expectations.stream().map(JsonReport::expectation).toList());
        report.put("error", result.error());
        report.put("lost_updates", result.lostUpdates());
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> deadlock(lockstep.sim.analysis.Deadlock deadlock) {
        if (deadlock == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cycle", deadlock.cycle());
        map.put("cycleThreadIds", deadlock.cycleThreads());
        map.put("waiting", deadlock.waiting().stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("thread", w.thread());
            m.put("waitsFor", w.object());
            m.put("heldBy", w.holder());
            m.put("orphaned", w.orphaned());
            m.put("threadId", w.threadId());
            m.put("heldById", w.holder() == null ? null : w.holderId());
            return m;
        }).toList());
        map.put("explanation", deadlock.explanation());
        return map;
    }

    private static Map<String, Object> race(lockstep.sim.analysis.Race race) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("variable", race.variable());
        map.put("first", access(race.first()));
        map.put("second", access(race.second()));
        map.put("count", race.count());
        return map;
    }

    private static Map<String, Object> access(lockstep.sim.analysis.Race.Access a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("thread", a.threadName());
        // Names may repeat (three threads called worker); the id tells them apart.
        map.put("threadId", a.thread());
        map.put("step", a.step());
        map.put("line", a.line());
        map.put("kind", a.write() ? "write" : "read");
        return map;
    }

    private static Map<String, Object> expectation(ExpectationResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("expect", result.description());
        map.put("passed", result.passed());
        map.put("detail", result.detail());
        return map;
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // A Python dict may have None as a key.
        mapper.getSerializerProvider().setNullKeySerializer(new JsonSerializer<>() {
            @Override
            public void serialize(Object value, JsonGenerator gen,
                                  SerializerProvider provider) throws IOException {
                gen.writeFieldName("None");
            }
        });
        return mapper;
    }
}
