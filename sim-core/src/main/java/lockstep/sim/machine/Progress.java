package lockstep.sim.machine;

/**
 * Watches the machine's run loop for rounds that get nowhere, so that a fault of the scheduler ends the run instead
 * of hanging it whatever the step limit says. A round progresses when it takes a step or jumps the clock to a timer;
 * the bounds are counts of rounds, never wall-clock time, so a stalled run stops at the same round every time.
 */
final class Progress {
    /**
     * Rounds in a row with no step and no jump of the clock (a tick of several cores that ran nothing counts as
     * none): a working machine takes a step or reaches a timer within a few such rounds.
     */
    static final int MAX_STALLED_ROUNDS = 100_000;
    /**
     * Rounds in a row with no step at all, the clock jumping from timer to timer with nobody able to run (an interval
     * timer ringing every millisecond at a thread computing for days): looser, as many timers may fall due while one
     * thread holds the only core, yet small enough that the rounds take well under a second.
     */
    static final int MAX_STEPLESS_ROUNDS = 1_000_000;

    private int stalledRounds;
    private int steplessRounds;

    /** Counts one round; true when the run has gone on too long without progress. */
    boolean stalled(boolean stepped, boolean clockJumped) {
        if (stepped) {
            stalledRounds = 0;
            steplessRounds = 0;
            return false;
        }
        steplessRounds++;
        stalledRounds = clockJumped ? 0 : stalledRounds + 1;
        return stalledRounds >= MAX_STALLED_ROUNDS || steplessRounds >= MAX_STEPLESS_ROUNDS;
    }

    /** How many rounds in a row went without progress, by the bound that was reached. */
    int rounds() {
        return timersOnly() ? steplessRounds : stalledRounds;
    }

    /** Whether the bound reached is the looser one: the clock kept reaching timers, and still nothing could step. */
    boolean timersOnly() {
        return stalledRounds < MAX_STALLED_ROUNDS;
    }
}
