package lockstep.app.explore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;

/**
 * The outcome table as CSV (RFC 4180 quoting, one line a row ending in a newline), for a spreadsheet: the same in
 * every language, with the column names and status words of {@code lockstep explore --json}, plain numbers, every
 * global and the whole output (its lines separated by newlines inside the field).
 */
final class OutcomeCsv {
    static final String HEADER = "count,percent,status,globals,output,problem,shortest_operations,preemptions";

    private OutcomeCsv() {}

    static String write(ExploreResult result) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Outcome o : result.outcomes()) {
            out.append(o.count()).append(',')
                    .append(percent(o.count(), result.interleavings())).append(',')
                    .append(o.status().jsonName()).append(',')
                    .append(field(PythonValues.assignments(o.globals()))).append(',')
                    .append(field(String.join("\n", o.output()))).append(',')
                    .append(field(o.problem() == null ? "" : o.problem())).append(',')
                    .append(o.shortestLength()).append(',')
                    .append(o.preemptions()).append('\n');
        }
        return out.toString();
    }

    /** The share in percent with two decimals, rounded half up: "35.29". */
    static String percent(BigInteger count, BigInteger total) {
        if (total.signum() <= 0) {
            return "0.00";
        }
        return new BigDecimal(count).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(total), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A field, quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
