package lockstep.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lockstep.sim.machine.SchedulerPolicy;
import lockstep.sim.machine.SimThread;

/**
 * The choices a run made: which thread ran for how many steps, in order. Saved, it replays the same run exactly; a
 * replay whose recorded thread cannot run at that point fails loudly with {@link Divergence}.
 *
 * <p>Text form, one slice a line: {@code <thread id> <steps>}; lines starting with {@code #} are comments, the first
 * naming the {@link #FORMAT_VERSION}.
 */
public final class Schedule {
    /** 16 MiB, some two million slices: the most of a schedule file that is read. */
    public static final int MAX_TEXT_BYTES = 16 << 20;

    /** One slice: thread {@code threadId} ran {@code steps} steps. */
    /** The version of the text form, in its first line: it grows when a line's meaning changes. */
    public static final int FORMAT_VERSION = 1;
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("formatVersion (\\d+)");

    public record Slice(int threadId, long steps) {}

    /** A replay that cannot follow its schedule. */
    public static final class Divergence extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Divergence(String message) {
            super(message);
        }
    }

    private final List<Slice> slices = new ArrayList<>();

    /** An empty schedule, to be filled slice by slice as a run goes or parsed from its text form. */
    public Schedule() {
    }

    public void add(int threadId, long steps) {
        if (steps <= 0) {
            return;
        }
        if (!slices.isEmpty() && slices.get(slices.size() - 1).threadId() == threadId) {
            int at = slices.size() - 1;
            slices.set(at, new Slice(threadId, slices.get(at).steps() + steps));
        } else {
            slices.add(new Slice(threadId, steps));
        }
    }

    public List<Slice> slices() {
        return Collections.unmodifiableList(slices);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("# lockstep schedule, formatVersion " + FORMAT_VERSION
                + ": <thread id> <steps>\n");
        for (Slice s : slices) {
            sb.append(s.threadId()).append(' ').append(s.steps()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads the text form; a malformed line, or a header naming a newer {@code formatVersion} than
     * {@link #FORMAT_VERSION}, is an {@link IllegalArgumentException} naming its line. A schedule without a version
     * (written before versions were) is read as version 1.
     */
    public static Schedule parse(String text) {
        Schedule schedule = new Schedule();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                checkVersion(line, i + 1);
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                int thread = Integer.parseInt(parts[0]);
                long steps = Long.parseLong(parts[1]);
                if (thread < 1 || steps < 1) {
                    throw new NumberFormatException();
                }
                schedule.slices.add(new Slice(thread, steps));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected '<thread id> <steps>', got '"
                        + line + "'");
            }
        }
        return schedule;
    }

    private static void checkVersion(String comment, int lineNumber) {
        java.util.regex.Matcher m = VERSION.matcher(comment);
        if (m.find() && (m.group(1).length() > 9 || Integer.parseInt(m.group(1)) > FORMAT_VERSION)) {
            throw new IllegalArgumentException("line " + lineNumber + ": a schedule of formatVersion " + m.group(1)
                    + ", newer than this Lockstep reads (" + FORMAT_VERSION + ")");
        }
    }

    /** A policy that follows this schedule slice by slice. */
    SchedulerPolicy replayPolicy() {
        return new SchedulerPolicy() {
            private int next;
            private long left;

            @Override
            public SimThread choose(List<SimThread> runnable, SimThread previous) {
                if (left > 0 && previous != null && runnable.contains(previous)) {
                    return previous;
                }
                if (next >= slices.size()) {
                    throw new Divergence("the schedule ends after " + slices.size()
                            + " slices but the program goes on");
                }
                Slice s = slices.get(next++);
                left = s.steps();
                for (SimThread t : runnable) {
                    if (t.id() == s.threadId()) {
                        return t;
                    }
                }
                throw new Divergence("slice " + next + " of the schedule runs thread " + s.threadId()
                        + ", which cannot run at this point");
            }

            @Override
            public long sliceSteps(SimThread chosen) {
                return left;
            }

            @Override
            public void ran(SimThread thread, long steps) {
                left -= steps;
            }
        };
    }
}
