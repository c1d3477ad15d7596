package lockstep.sim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import lockstep.sim.RunStatus;

/**
 * One item of a scenario's {@code expect} list: what a run of the scenario must show. {@link #description()} is the
 * item as a person would write it in the file.
 */
public sealed interface Expectation {
    String description();

    /** {@code status: completed|deadlock|step-limit|error}: how the run ended. */
    record Status(RunStatus status) implements Expectation {
        public Status {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String description() {
            return "status: " + status.jsonName();
        }
    }

    /** {@code output: [lines...]}: exactly these printed lines, in order. */
    record Output(List<String> lines) implements Expectation {
        public Output {
            lines = List.copyOf(lines);
        }

        @Override
        public String description() {
            return lines.stream().map(PythonText::quote).collect(Collectors.joining(", ", "output: [", "]"));
        }
    }

    /** {@code output_contains: "text"}: the printed text contains this. */
    record OutputContains(String text) implements Expectation {
        public OutputContains {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String description() {
            return "output_contains: " + PythonText.quote(text);
        }
    }

    /** {@code time: {min: s, max: s}}: the virtual time at the end, in seconds; either bound may be null. */
    record Time(Double minSeconds, Double maxSeconds) implements Expectation {
        public Time {
            if (minSeconds == null && maxSeconds == null) {
                throw new IllegalArgumentException("a time expectation needs min or max");
            }
        }

        @Override
        public String description() {
            StringBuilder text = new StringBuilder("time: {");
            if (minSeconds != null) {
                text.append("min: ").append(PythonText.number(minSeconds));
            }
            if (maxSeconds != null) {
                text.append(minSeconds != null ? ", " : "").append("max: ").append(PythonText.number(maxSeconds));
            }
            return text.append('}').toString();
        }
    }

    /** A Python expression over the final globals that must be truthy. */
    record Holds(String expression) implements Expectation {
        public Holds {
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public String description() {
            return expression;
        }
    }
}
