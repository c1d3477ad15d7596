package lockstep.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.function.LongSupplier;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreProgress;

/**
 * The command line's watch over a search: the wall clock lives here, not in the simulator, so {@code --max-seconds}
 * is this monitor asking the search to stop; on a terminal it also shows progress on one line of stderr, overwritten
 * at most once a second and cleared when the search ends.
 */
final class SearchMonitor implements ExploreMonitor {
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier clock;
    private final long start;
    private final Long deadline;
    private final PrintWriter progressOut;
    private final ReportTexts texts;
    private long lastShown;
    private int shownWidth;

    /**
     * @param clock       nanoseconds, as {@link System#nanoTime()}
     * @param maxSeconds  the time limit, or null for none
     * @param progressOut where to show progress, or null to show none
     */
    SearchMonitor(LongSupplier clock, Double maxSeconds, PrintWriter progressOut, ReportTexts texts) {
        this.clock = clock;
        this.start = clock.getAsLong();
        this.deadline = maxSeconds == null ? null : start + (long) (maxSeconds * SECOND);
        this.progressOut = progressOut;
        this.texts = texts;
        this.lastShown = start;
    }

    @Override
    public boolean stopRequested() {
        // Compared by difference, as nanoTime values may wrap.
        return deadline != null && clock.getAsLong() - deadline >= 0;
    }

    @Override
    public void progress(ExploreProgress progress) {
        long now = clock.getAsLong();
        if (progressOut == null || now - lastShown < SECOND) {
            return;
        }
        lastShown = now;
        String line = texts.text("explore.progress", number(progress.executions()), number(progress.states()),
                number(progress.outcomes()), ExploreTextReport.secondsText(seconds()))
                + (progress.deadlocks() ? texts.text("explore.progress.deadlock") : "");
        progressOut.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        progressOut.flush();
        shownWidth = Math.max(shownWidth, line.length());
    }

    /** Wall seconds since the search started. */
    double seconds() {
        return (clock.getAsLong() - start) / (double) SECOND;
    }

    /** Clears the progress line, if one was shown, so that the report starts on a clean line. */
    void finish() {
        if (progressOut != null && shownWidth > 0) {
            progressOut.print("\r" + " ".repeat(shownWidth) + "\r");
            progressOut.flush();
        }
    }

    private static String number(long n) {
        return ExploreTextReport.number(BigInteger.valueOf(n));
    }
}
