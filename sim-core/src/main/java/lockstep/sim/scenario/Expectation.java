package lockstep.sim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;

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
    /** {@code races: true|false}: whether the run reported at least one data race. */
    record Races(boolean present) implements Expectation {
        @Override
        public String description() {
            return "races: " + present;
        }
    }

    /**
     * {@code gil_switches: 8}: the GIL changed hands at least this many times because its holder's switch interval
     * was over (not because the holder waited, slept or ended): CPU-bound threads taking turns.
     */
    record GilSwitches(long atLeast) implements Expectation {
        @Override
        public String description() {
            return "gil_switches: at least " + atLeast;
        }
    }

    /** {@code deadlock_cycle: [T1, a, T2, b, T1]}: the run deadlocked with exactly this cycle of threads and locks. */
    record DeadlockCycle(List<String> cycle) implements Expectation {
        public DeadlockCycle {
            cycle = List.copyOf(cycle);
        }

        @Override
        public String description() {
            return "deadlock_cycle: [" + String.join(", ", cycle) + "]";
        }
    }

    /**
     * {@code some_schedule: {policy: random, seeds: 20, holds: "x < 400"}} ({@code every} false) or
     * {@code every_schedule: {...}} ({@code every} true): the program is run again with {@code policy} and each seed
     * from 0 to {@code seeds - 1}, its other settings as in the run checked, and the expression must be true after at
     * least one of those runs, or after all of them.
     */
    record Schedules(boolean every, SchedulingPolicy policy, int seeds, String expression) implements Expectation {
        /** More runs than this would make one expectation slower than the rest of a scenario's check. */
        public static final int MAX_SEEDS = 100;

        public Schedules {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(expression, "expression");
            if (policy == SchedulingPolicy.REPLAY) {
                throw new IllegalArgumentException("a schedule expectation cannot replay");
            }
            if (seeds < 1 || seeds > MAX_SEEDS) {
                throw new IllegalArgumentException("seeds must be between 1 and " + MAX_SEEDS + ", was " + seeds);
            }
        }

        /** The key in the file: {@code some_schedule} or {@code every_schedule}. */
        public String key() {
            return every ? "every_schedule" : "some_schedule";
        }

        @Override
        public String description() {
            return key() + ": {policy: " + policy.cliName() + ", seeds: " + seeds + ", holds: "
                    + PythonText.quote(expression) + "}";
        }
    }

    /**
     * {@code every_schedule: {holds: "x == 400"}} ({@code every} true) or {@code some_schedule: {holds: ...}}: without
     * {@code seeds}, decided by exploring every schedule of the program (the explorer's state search at the operation
     * grain): proved, refuted by a counterexample schedule, or not decided when the search could not cover them all.
     */
    record Explored(boolean every, String expression) implements Expectation {
        public Explored {
            Objects.requireNonNull(expression, "expression");
        }

        /** The key in the file: {@code some_schedule} or {@code every_schedule}. */
        public String key() {
            return every ? "every_schedule" : "some_schedule";
        }

        @Override
        public String description() {
            return key() + ": {holds: " + PythonText.quote(expression) + "}";
        }
    }

    /**
     * {@code no_deadlock: true}: no schedule of the program deadlocks; {@code no_deadlock: false}: some schedule does.
     * Decided by exploring every schedule, as {@link Explored}.
     */
    record NoDeadlock(boolean none) implements Expectation {
        @Override
        public String description() {
            return "no_deadlock: " + none;
        }
    }

    /** {@code lost_updates: {min: 1}}, {@code {max: 0}} or both: how many lost updates the run had, inclusive. */
    record LostUpdates(Long min, Long max) implements Expectation {
        @Override
        public String description() {
            StringBuilder text = new StringBuilder("lost_updates: {");
            if (min != null) {
                text.append("min: ").append(min);
            }
            if (max != null) {
                text.append(min != null ? ", " : "").append("max: ").append(max);
            }
            return text.append('}').toString();
        }
    }
}
