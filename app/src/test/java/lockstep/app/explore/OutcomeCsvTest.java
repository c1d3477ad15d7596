package lockstep.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import org.junit.jupiter.api.Test;

/** The CSV of the outcome table, exactly. */
class OutcomeCsvTest {
    @Test
    void everyOutcomeIsARowWithPlainNumbersAndQuotedFieldsWhereNeeded() {
        Outcome error = new Outcome(RunStatus.ERROR, List.of("start", "say \"hi\""), Map.of("x", 1L),
                "ZeroDivisionError: division by zero", BigInteger.ONE, new Schedule(), 9, new Schedule(), 0, null);
        ExploreResult result = Outcomes.result(StopReason.EXHAUSTED, Outcomes.lostUpdate(2, 3, 16),
                Outcomes.lostUpdate(2, 2, 12), Outcomes.deadlock(5, "Thread-1 → lock a → Thread-2, waits"), error);
        assertEquals("""
                count,percent,status,globals,output,problem,shortest_operations,preemptions
                16,47.06,completed,"N = 2, x = 3",x = 3 (expected 4),,20,1
                12,35.29,completed,"N = 2, x = 2",x = 2 (expected 4),,20,1
                5,14.71,deadlock,,,"Thread-1 → lock a → Thread-2, waits",12,2
                1,2.94,error,x = 1,"start
                say ""hi\"\"",ZeroDivisionError: division by zero,9,0
                """, OutcomeCsv.write(result));
    }
}
