package lockstep.sim.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;

/** Turns a document {@link Node} tree into a {@link Scenario}, checking every key and type. */
final class ScenarioReader {
    static final List<String> KEYS = List.of("id", "title", "summary", "tags", "scheduler", "program", "notes",
            "expect");
    static final List<String> SCHEDULER_KEYS =
            List.of("policy", "quantum", "cores", "seed", "maxSteps", "gilModel", "switchInterval");
    static final List<String> TEXT_KEYS = List.of("en", "zh");
    static final List<String> EXPECT_KEYS = List.of("status", "output", "output_contains", "time", "races",
            "deadlock_cycle", "some_schedule", "every_schedule", "lost_updates",
            "gil_switches", "no_deadlock");
    static final List<String> TIME_KEYS = List.of("min", "max");
    static final List<String> SCHEDULES_KEYS = List.of("policy", "seeds", "holds");
    /** The policies a schedule expectation can explore (replay has nothing to vary). */
    static final List<String> SCHEDULES_POLICIES = List.of("rr", "fifo", "priority", "random");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String fileName;
    private final String text;

    private ScenarioReader(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    static Scenario read(String fileName, String text, Node root, String defaultId) throws ScenarioError {
        return new ScenarioReader(fileName, text).scenario(root, defaultId);
    }

    private Scenario scenario(Node root, String defaultId) throws ScenarioError {
        if (root == null) {
            throw new ScenarioError(fileName, 1, 1, "the file is empty; a scenario needs at least a 'program' key");
        }
        if (!(root instanceof Node.Mapping mapping)) {
            throw error(root, "a scenario must be a mapping of keys (" + String.join(", ", KEYS) + "), found "
                    + root.kindName());
        }
        checkKeys(mapping, KEYS, "");
        String id = defaultId;
        LocalizedText title = null;
        LocalizedText summary = LocalizedText.of("");
        List<String> tags = List.of();
        SchedulerSettings scheduler = SchedulerSettings.none();
        Node.Entry program = null;
        List<Expectation> expect = List.of();
        java.util.SortedMap<Integer, LocalizedText> notes = new java.util.TreeMap<>();
        for (Node.Entry entry : mapping.entries()) {
            Node value = entry.value();
            switch (entry.key()) {
                case "id" -> id = id(value);
                case "title" -> title = localized(value, "title");
                case "summary" -> summary = localized(value, "summary");
                case "tags" -> tags = tags(value);
                case "scheduler" -> scheduler = scheduler(value);
                case "program" -> program = entry;
                case "expect" -> expect = expectations(value);
                case "notes" -> notes = notes(value);
                default -> throw new IllegalStateException(entry.key());
            }
        }
        if (program == null) {
            throw error(mapping, "missing key 'program' (the Python program to run)");
        }
        String programText = string(program.value(), "program");
        ProgramOrigin origin = origin(program, (Node.Scalar) program.value());
        return new Scenario(id, title != null ? title : LocalizedText.of(id), summary, tags, scheduler, programText,
                expect, origin, notes);
    }

    /** {@code notes}: a mapping from a line of the program (1-based) to a text shown when a step reaches it. */
    private java.util.SortedMap<Integer, LocalizedText> notes(Node value) throws ScenarioError {
        if (!(value instanceof Node.Mapping mapping)) {
            throw error(value, "'notes' must be a mapping from a program line to a text, found " + value.kindName());
        }
        java.util.SortedMap<Integer, LocalizedText> notes = new java.util.TreeMap<>();
        for (Node.Entry entry : mapping.entries()) {
            int line;
            try {
                line = Integer.parseInt(entry.key());
            } catch (NumberFormatException e) {
                line = 0;
            }
            if (line < 1) {
                throw new ScenarioError(fileName, entry.line(), entry.col(), "a key of 'notes' must be a line "
                        + "number of the program (1 or more), found " + PythonText.quote(entry.key()));
            }
            notes.put(line, localized(entry.value(), "notes." + line));
        }
        return notes;
    }

    // Keys

    private void checkKeys(Node.Mapping mapping, List<String> allowed, String where) throws ScenarioError {
        for (Node.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key())) {
                throw new ScenarioError(fileName, entry.line(), entry.col(), "unknown key '" + entry.key() + "'"
                        + (where.isEmpty() ? "" : " in " + where)
                        + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
    }

    // Top-level values

    private String id(Node value) throws ScenarioError {
        String id = string(value, "id");
        if (!ID.matcher(id).matches()) {
            throw error(value, "'id' must be letters, digits, '.', '-' or '_', starting with a letter or digit; found "
                    + PythonText.quote(id));
        }
        return id;
    }

    /** Either one string, or a mapping {@code {en: ..., zh: ...}} in which {@code en} is required. */
    private LocalizedText localized(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Mapping mapping) {
            checkKeys(mapping, TEXT_KEYS, "'" + what + "'");
            String en = null;
            String zh = null;
            for (Node.Entry entry : mapping.entries()) {
                String text = string(entry.value(), what + "." + entry.key());
                if (entry.key().equals("en")) {
                    en = text;
                } else {
                    zh = text;
                }
            }
            if (en == null) {
                throw error(mapping, "'" + what + "' needs an 'en' text (and optionally 'zh')");
            }
            return new LocalizedText(en, zh);
        }
        if (value instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
            return LocalizedText.of(text);
        }
        throw error(value, "'" + what + "' must be a string or a mapping {en: ..., zh: ...}, found "
                + value.kindName());
    }

    private List<String> tags(Node value) throws ScenarioError {
        Node.Sequence list = list(value, "tags");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            tags.add(string(list.items().get(i), "tags[" + i + "]"));
        }
        return tags;
    }

    private SchedulerSettings scheduler(Node value) throws ScenarioError {
        if (!(value instanceof Node.Mapping mapping)) {
            throw error(value, "'scheduler' must be a mapping of settings ("
                    + String.join(", ", SCHEDULER_KEYS) + "), found " + value.kindName());
        }
        checkKeys(mapping, SCHEDULER_KEYS, "'scheduler'");
        String policy = null;
        Integer quantum = null;
        Integer cores = null;
        Long seed = null;
        Long maxSteps = null;
        String gilModel = null;
        Double switchInterval = null;
        for (Node.Entry entry : mapping.entries()) {
            Node v = entry.value();
            String what = "scheduler." + entry.key();
            switch (entry.key()) {
                case "policy" -> policy = oneOf(v, what, SchedulerSettings.POLICIES);
                case "quantum" -> quantum = (int) integer(v, what, 1, Integer.MAX_VALUE);
                case "cores" -> cores = (int) integer(v, what, 1, SchedulerSettings.MAX_CORES);
                case "seed" -> seed = integer(v, what, Long.MIN_VALUE, Long.MAX_VALUE);
                case "maxSteps" -> maxSteps = integer(v, what, 1, Long.MAX_VALUE);
                case "gilModel" -> gilModel = oneOf(v, what, SchedulerSettings.GIL_MODELS);
                case "switchInterval" -> {
                    switchInterval = number(v, what);
                    if (!(switchInterval > 0)) {
                        throw error(v, "'" + what + "' must be above 0 seconds, found " + ((Node.Scalar) v).text());
                    }
                }
                default -> throw new IllegalStateException(entry.key());
            }
        }
        return new SchedulerSettings(policy, quantum, cores, seed, maxSteps, gilModel, switchInterval);
    }

    // Expectations

    private List<Expectation> expectations(Node value) throws ScenarioError {
        Node.Sequence list = list(value, "expect");
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            expectations.add(expectation(list.items().get(i), "expect[" + i + "]"));
        }
        return expectations;
    }

    private Expectation expectation(Node item, String what) throws ScenarioError {
        if (item instanceof Node.Scalar scalar && scalar.value() instanceof String expression) {
            if (expression.isBlank()) {
                throw error(item, "'" + what + "' is an empty expression");
            }
            return new Expectation.Holds(expression.strip());
        }
        if (!(item instanceof Node.Mapping mapping)) {
            throw error(item, "'" + what + "' must be a Python expression (a string) or a mapping with one key ("
                    + String.join(", ", EXPECT_KEYS) + "), found " + item.kindName());
        }
        checkKeys(mapping, EXPECT_KEYS, "'" + what + "'");
        if (mapping.entries().size() != 1) {
            throw error(mapping, "'" + what + "' must have exactly one key, found " + mapping.entries().size()
                    + "; write each expectation as its own '- ' item");
        }
        Node.Entry entry = mapping.entries().get(0);
        Node value = entry.value();
        String key = what + "." + entry.key();
        return switch (entry.key()) {
            case "status" -> new Expectation.Status(status(value, key));
            case "output" -> {
                Node.Sequence lines = list(value, key);
                List<String> text = new ArrayList<>();
                for (int i = 0; i < lines.items().size(); i++) {
                    text.add(line(lines.items().get(i), key + "[" + i + "]"));
                }
                yield new Expectation.Output(text);
            }
            case "output_contains" -> new Expectation.OutputContains(line(value, key));
            case "time" -> time(value, key);
            case "races" -> new Expectation.Races(bool(value, key));
            case "deadlock_cycle" -> {
                Node.Sequence names = list(value, key);
                if (names.items().size() < 3) {
                    throw error(names, "'" + key + "' must list a cycle of threads and locks that starts and ends "
                            + "with the same thread, like [T1, a, T2, b, T1]; found " + names.items().size()
                            + (names.items().size() == 1 ? " name" : " names"));
                }
                List<String> cycle = new ArrayList<>();
                for (int i = 0; i < names.items().size(); i++) {
                    cycle.add(line(names.items().get(i), key + "[" + i + "]"));
                }
                if (!cycle.get(0).equals(cycle.get(cycle.size() - 1))) {
                    throw error(names, "'" + key + "' must start and end with the same thread, like "
                            + "[T1, a, T2, b, T1]; found " + PythonText.quote(cycle.get(0)) + " and "
                            + PythonText.quote(cycle.get(cycle.size() - 1)));
                }
                yield new Expectation.DeadlockCycle(cycle);
            }
            case "no_deadlock" -> new Expectation.NoDeadlock(bool(value, key));
            case "some_schedule" -> schedules(value, key, false);
            case "every_schedule" -> schedules(value, key, true);
            case "lost_updates" -> lostUpdates(value, key);
            case "gil_switches" -> new Expectation.GilSwitches(integer(value, key, 0, Integer.MAX_VALUE));
            default -> throw new IllegalStateException(entry.key());
        };
    }

    /**
     * {@code {policy: random, seeds: 20, holds: "x < 400"}}, the policy defaulting to random; or {@code {holds: ...}}
     * alone, decided by exploring every schedule.
     */
    private Expectation schedules(Node value, String what, boolean every) throws ScenarioError {
        if (!(value instanceof Node.Mapping mapping)) {
            throw error(value, "'" + what + "' must be a mapping {policy: random, seeds: N, holds: \"expression\"}, "
                    + "found " + value.kindName());
        }
        checkKeys(mapping, SCHEDULES_KEYS, "'" + what + "'");
        SchedulingPolicy policy = SchedulingPolicy.RANDOM;
        Node.Entry policyEntry = null;
        Integer seeds = null;
        String holds = null;
        for (Node.Entry entry : mapping.entries()) {
            Node v = entry.value();
            String key = what + "." + entry.key();
            switch (entry.key()) {
                case "policy" -> {
                    policy = SchedulingPolicy.byName(oneOf(v, key, SCHEDULES_POLICIES));
                    policyEntry = entry;
                }
                case "seeds" -> seeds = (int) integer(v, key, 1, Expectation.Schedules.MAX_SEEDS);
                case "holds" -> {
                    holds = string(v, key);
                    if (holds.isBlank()) {
                        throw error(v, "'" + key + "' is an empty expression");
                    }
                }
                default -> throw new IllegalStateException(entry.key());
            }
        }
        if (holds == null) {
            throw error(mapping, "'" + what + "' needs 'holds', a Python expression over the final globals");
        }
        if (seeds == null && policyEntry != null) {
            throw new ScenarioError(fileName, policyEntry.line(), policyEntry.col(), "'" + what + ".policy' needs "
                    + "'seeds', the number of runs (seeds 0 to seeds - 1), at most " + Expectation.Schedules.MAX_SEEDS
                    + "; without 'policy' and 'seeds', every schedule is explored");
        }
        if (seeds == null) {
            return new Expectation.Explored(every, holds.strip());
        }
        return new Expectation.Schedules(every, policy, seeds, holds.strip());
    }

    private boolean bool(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Scalar scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        throw error(value, "'" + what + "' must be true or false, found " + value.kindName());
    }

    private RunStatus status(Node value, String what) throws ScenarioError {
        List<String> names = new ArrayList<>();
        for (RunStatus status : RunStatus.values()) {
            if (status != RunStatus.INTERNAL_ERROR) { // the simulator's fault, never an outcome to expect (and last)
                names.add(status.jsonName());
            }
        }
        String name = oneOf(value, what, names);
        return RunStatus.values()[names.indexOf(name)];
    }

    /** {@code {min: N, max: N}}, either or both: how many lost updates the run may have. */
    private Expectation.LostUpdates lostUpdates(Node value, String what) throws ScenarioError {
        if (!(value instanceof Node.Mapping mapping)) {
            throw error(value, "'" + what + "' must be a mapping {min: N, max: N}, found " + value.kindName());
        }
        checkKeys(mapping, TIME_KEYS, "'" + what + "'");
        Long min = null;
        Long max = null;
        for (Node.Entry entry : mapping.entries()) {
            long count = integer(entry.value(), what + "." + entry.key(), 0, Long.MAX_VALUE);
            if (entry.key().equals("min")) {
                min = count;
            } else {
                max = count;
            }
        }
        if (min == null && max == null) {
            throw error(mapping, "'" + what + "' needs 'min', 'max' or both");
        }
        if (min != null && max != null && min > max) {
            throw error(mapping, "'" + what + "' has min above max");
        }
        return new Expectation.LostUpdates(min, max);
    }

    private Expectation.Time time(Node value, String what) throws ScenarioError {
        if (!(value instanceof Node.Mapping mapping)) {
            throw error(value, "'" + what + "' must be a mapping {min: seconds, max: seconds}, found "
                    + value.kindName());
        }
        checkKeys(mapping, TIME_KEYS, "'" + what + "'");
        Double min = null;
        Double max = null;
        for (Node.Entry entry : mapping.entries()) {
            double seconds = number(entry.value(), what + "." + entry.key());
            if (seconds < 0) {
                throw error(entry.value(), "'" + what + "." + entry.key() + "' must be at least 0 seconds");
            }
            if (entry.key().equals("min")) {
                min = seconds;
            } else {
                max = seconds;
            }
        }
        if (min == null && max == null) {
            throw error(mapping, "'" + what + "' needs 'min', 'max' or both");
        }
        if (min != null && max != null && min > max) {
            throw error(mapping, "'" + what + "' has min above max");
        }
        return new Expectation.Time(min, max);
    }

    // Scalars

    private Node.Sequence list(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Sequence list) {
            return list;
        }
        throw error(value, "'" + what + "' must be a list, found " + value.kindName());
    }

    private String string(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
            return text;
        }
        throw error(value, "'" + what + "' must be a string, found " + value.kindName());
    }

    /** A printed line: any scalar but null, as written (so {@code - 42} and {@code - True} read naturally). */
    private String line(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Scalar scalar && scalar.value() != null) {
            return scalar.text();
        }
        throw error(value, "'" + what + "' must be a string, found " + value.kindName());
    }

    private String oneOf(Node value, String what, List<String> allowed) throws ScenarioError {
        String text = string(value, what);
        if (!allowed.contains(text)) {
            throw error(value, "'" + what + "' must be one of " + String.join(", ", allowed) + "; found "
                    + PythonText.quote(text));
        }
        return text;
    }

    private long integer(Node value, String what, long min, long max) throws ScenarioError {
        if (value instanceof Node.Scalar scalar && (scalar.value() instanceof Long || scalar.value() instanceof BigInteger)) {
            if (scalar.value() instanceof Long number && number >= min && number <= max) {
                return number;
            }
            throw error(value, "'" + what + "' must be " + range(min, max) + ", found " + scalar.text());
        }
        throw error(value, "'" + what + "' must be an integer, found " + value.kindName());
    }

    private static String range(long min, long max) {
        if (min == Long.MIN_VALUE) {
            return "a 64-bit integer";
        }
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
    }

    private double number(Node value, String what) throws ScenarioError {
        if (value instanceof Node.Scalar scalar && scalar.value() instanceof Number number
                && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        throw error(value, "'" + what + "' must be a number, found " + value.kindName());
    }

    // Program position

    /**
     * A YAML literal block ({@code program: |}) maps program line n to the file line n after the indicator, its
     * columns shifted by the block's indent; see {@link ProgramOrigin}.
     */
    private ProgramOrigin origin(Node.Entry entry, Node.Scalar value) {
        if (value.blockIndicator() != '|') {
            return new ProgramOrigin(fileName, value.line(), value.col(), false);
        }
        String[] lines = text.split("\n", -1);
        String header = lines[value.line() - 1].substring(Math.min(lines[value.line() - 1].length(), value.col()));
        int explicit = -1;
        for (char c : header.toCharArray()) {
            if (c >= '1' && c <= '9') {
                explicit = c - '0';
                break;
            }
            if (c != '-' && c != '+') {
                break;
            }
        }
        int indent;
        if (explicit > 0) {
            indent = entry.col() - 1 + explicit;
        } else {
            indent = 0;
            for (int i = value.line(); i < lines.length; i++) {
                String line = lines[i].replace("\r", "");
                if (!line.isBlank()) {
                    indent = line.length() - line.stripLeading().length();
                    break;
                }
            }
        }
        return new ProgramOrigin(fileName, value.line() + 1, indent, true);
    }

    private ScenarioError error(Node at, String reason) {
        return new ScenarioError(fileName, at.line(), at.col(), reason);
    }
}
