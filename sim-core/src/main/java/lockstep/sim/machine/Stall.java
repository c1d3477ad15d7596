package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.ThreadState;

/**
 * The machine's state when its run loop stopped making progress ({@link Machine.Outcome#STALLED}): where the run
 * was and, for every thread, its state and what it waits for. A stall is a fault of the simulator, never of the
 * program; the report names enough of the state to find which part of the scheduler went round in circles.
 *
 * @param rounds  the rounds in a row that went without progress
 * @param timersOnly whether the clock kept jumping from timer to timer in those rounds (none of them a step)
 * @param step    the steps the run had taken
 * @param clockNanos the virtual time, in nanoseconds
 * @param threads one line per thread, in creation order
 */
public record Stall(int rounds, boolean timersOnly, long step, long clockNanos, List<String> threads) {
    public Stall {
        threads = List.copyOf(threads);
    }

    static Stall describe(Machine machine, Progress progress) {
        List<String> lines = new ArrayList<>();
        for (SimThread t : machine.threads) {
            lines.add(threadLine(t));
        }
        return new Stall(progress.rounds(), progress.timersOnly(), machine.steps, machine.clockNanos, lines);
    }

    private static String threadLine(SimThread t) {
        StringBuilder line = new StringBuilder(t.name).append(" (thread ").append(t.id).append(", process ")
                .append(t.process.pid).append("): ").append(t.state);
        if (t.computing) {
            line.append(", computing until ").append(seconds(t.wakeAtNanos));
        } else if (t.state == ThreadState.SLEEPING || t.state == ThreadState.IO) {
            line.append(" until ").append(seconds(t.wakeAtNanos));
        }
        if (t.blocker != null) {
            line.append(", waiting for ").append(t.blocker.waitsFor());
            line.append(t.blocker.ready(t) ? " (ready)" : " (not ready)");
            if (t.blockDeadlineNanos >= 0) {
                line.append(", deadline ").append(seconds(t.blockDeadlineNanos));
            }
        }
        if (t.state != ThreadState.DONE && t.frame == null) {
            line.append(", no frame");
        }
        return line.toString();
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.6f s", nanos / 1e9);
    }

    /** The report in English: what went wrong, where, and the threads. */
    public String message() {
        StringBuilder sb = new StringBuilder("internal error: the machine went round ").append(rounds)
                .append(timersOnly ? " times without taking a step, its clock going from timer to timer, at step "
                        : " times without taking a step or reaching a timer, at step ")
                .append(step).append(", ").append(seconds(clockNanos)).append("; its threads:");
        for (String line : threads) {
            sb.append("\n  ").append(line);
        }
        return sb.append('\n').toString();
    }
}
