package lockstep.sim.trace;

import java.util.function.Consumer;

/**
 * Groups steps into line steps as they arrive: a line step is the longest run of consecutive steps of one runner on
 * one program line, library steps counting at the program line that called them.
 */
final class LineGrouper {
    private final Consumer<Operation> closed;
    private Step first;
    private Step last;
    private Step telling;
    private int steps;

    LineGrouper(Consumer<Operation> closed) {
        this.closed = closed;
    }

    void add(Step step) {
        if (first != null && (step.thread() != first.thread() || step.line() != first.line()
                || !step.runner().equals(first.runner()))) {
            finish();
        }
        if (first == null) {
            first = step;
        }
        last = step;
        steps++;
        if (!step.events().isEmpty() || step.effect() == StepEffect.READS_SHARED
                || step.effect() == StepEffect.WRITES_SHARED) {
            telling = step;
        }
    }

    void finish() {
        if (first == null) {
            return;
        }
        Narration narration = (telling != null ? telling : last).narration();
        closed.accept(new Operation(first.thread(), first.threadName(), first.task(), first.index(), last.index(), steps,
                first.timeNanos(), first.line(), narration));
        first = null;
        last = null;
        telling = null;
        steps = 0;
    }
}
