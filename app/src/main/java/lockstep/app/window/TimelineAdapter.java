package lockstep.app.window;

import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.sim.trace.Grain;
import lockstep.timeline.StepRange;
import lockstep.timeline.TimelineModel;
import lockstep.app.timeline.TimelineView;

/**
 * The {@link TimelineView} in the window's {@link TimelineSlot}: the run's layout is made with the run, off-thread;
 * its layouts at the operation and line grains with the run's groups ({@link RunGrains}), also off-thread. Until the
 * groups are known the view shows every event.
 */
final class TimelineAdapter implements TimelineSlot {
    private final TimelineView view = new TimelineView();
    private RunSession run;
    private RunGrains grains;
    private Grain grain = Grain.OPERATION;

    TimelineAdapter() {
        view.setId("timeline");
    }

    TimelineView timelineView() {
        return view;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void setRun(RunSession newRun) {
        run = newRun;
        show();
    }

    @Override
    public void setGrain(RunGrains newGrains, Grain newGrain) {
        grains = newGrains;
        grain = newGrain == null ? Grain.OPERATION : newGrain;
        show();
    }

    /** Shows the run at the grain: folded once its groups are known, every event until then. */
    private void show() {
        TimelineModel model = run == null ? null
                : grains != null && grains.session() == run ? grains.timeline(grain) : run.timeline();
        if (model == view.getModel()) {
            return;
        }
        boolean sameRun = run != null && view.getModel() != null && view.getModel().totalSteps() == run.steps()
                && view.getVisibleRange() != null;
        StepRange shown = sameRun ? view.getVisibleRange() : null;
        view.setModel(model);
        if (shown != null) {
            // A run again after an edit or a setting, or at another grain, keeps the stretch being looked at.
            javafx.application.Platform.runLater(() -> view.showRange(shown));
        }
    }

    @Override
    public void setCursor(long position) {
        view.setCursorStep(position);
    }

    @Override
    public long cursor() {
        return view.getCursorStep();
    }

    @Override
    public void setOnStepPicked(LongConsumer onPicked) {
        view.setOnStepPicked(onPicked);
    }

    @Override
    public void zoomIn() {
        view.zoomIn();
    }

    @Override
    public void zoomOut() {
        view.zoomOut();
    }

    @Override
    public void fitToWindow() {
        view.fitToWindow();
    }

    @Override
    public void setTheme(Theme theme) {
        view.setTheme(theme.timelineTheme());
    }

    @Override
    public void setLocale(Locale locale) {
        view.setLocale(locale);
    }

    @Override
    public void setScale(double scale) {
        view.setScale(scale);
    }

    @Override
    public long[] visibleRange() {
        StepRange range = view.getVisibleRange();
        return range == null ? new long[] {0, 0} : new long[] {(long) Math.floor(range.from()),
                (long) Math.ceil(range.to())};
    }
}
