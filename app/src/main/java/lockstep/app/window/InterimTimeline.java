package lockstep.app.window;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lockstep.app.simulation.RunSession;
import lockstep.app.simulation.ThreadKey;
import lockstep.app.theme.Theme;
import lockstep.app.theme.ThreadPalette;
import lockstep.sim.trace.Segment;

/**
 * A plain timeline that stands in the {@link TimelineSlot} until the full one is plugged in: a lane per thread with
 * a bar for each stretch of steps it ran, the cursor, click to jump, zoom around the cursor.
 */
final class InterimTimeline implements TimelineSlot {
    private static final double LANE = 22;
    private static final double LABEL_WIDTH = 130;
    private static final double TOP = 6;

    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private RunSession run;
    private long cursor;
    private long viewStart;
    private long viewEnd = 1;
    private Theme theme = Theme.LIGHT;
    private LongConsumer onPicked = p -> { };

    InterimTimeline() {
        pane.getChildren().add(canvas);
        pane.setId("timeline");
        pane.getStyleClass().add("timeline-pane");
        pane.setMinHeight(60);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setOnMouseClicked(e -> {
            if (run != null && e.getX() > LABEL_WIDTH) {
                onPicked.accept(positionAt(e.getX()));
            }
        });
        canvas.setOnScroll((ScrollEvent e) -> {
            if (e.isControlDown()) {
                if (e.getDeltaY() > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
                e.consume();
            }
        });
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public void setRun(RunSession newRun) {
        boolean sameLength = run != null && newRun != null && run.steps() == newRun.steps();
        run = newRun;
        if (!sameLength) {
            fitToWindow();
        }
        draw();
    }

    @Override
    public void setCursor(long position) {
        cursor = position;
        if (cursor < viewStart || cursor > viewEnd) {
            long span = viewEnd - viewStart;
            viewStart = Math.max(0, cursor - span / 2);
            viewEnd = viewStart + span;
        }
        draw();
    }

    @Override
    public long cursor() {
        return cursor;
    }

    @Override
    public void setOnStepPicked(LongConsumer picked) {
        this.onPicked = picked;
    }

    @Override
    public void zoomIn() {
        zoom(0.5);
    }

    @Override
    public void zoomOut() {
        zoom(2);
    }

    @Override
    public void fitToWindow() {
        viewStart = 0;
        viewEnd = Math.max(1, run == null ? 1 : run.steps());
        draw();
    }

    @Override
    public void setTheme(Theme newTheme) {
        theme = newTheme;
        draw();
    }

    @Override
    public void setLocale(Locale locale) {
        draw();
    }

    @Override
    public long[] visibleRange() {
        return new long[] {viewStart, viewEnd};
    }

    private void zoom(double factor) {
        long total = Math.max(1, run == null ? 1 : run.steps());
        long span = Math.max(8, Math.min(total, Math.round((viewEnd - viewStart) * factor)));
        viewStart = Math.max(0, Math.min(total - span, cursor - span / 2));
        viewEnd = viewStart + span;
        draw();
    }

    private long positionAt(double x) {
        double width = canvas.getWidth() - LABEL_WIDTH - 8;
        double fraction = Math.max(0, Math.min(1, (x - LABEL_WIDTH) / width));
        return Math.round(viewStart + fraction * (viewEnd - viewStart));
    }

    private double xOf(long position) {
        double width = canvas.getWidth() - LABEL_WIDTH - 8;
        return LABEL_WIDTH + (position - viewStart) * width / Math.max(1, viewEnd - viewStart);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Color background = theme.isDark() ? Color.web("#0d1117") : Color.WHITE;
        Color text = theme.isDark() ? Color.web("#c9d1d9") : theme == Theme.CONTRAST ? Color.BLACK : Color.web("#24292f");
        Color grid = theme.isDark() ? Color.web("#21262d") : Color.web("#eaeef2");
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (run == null) {
            return;
        }
        List<ThreadKey> threads = run.threads();
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (ThreadKey t : threads) {
            double y = TOP + t.index() * LANE;
            g.setFill(grid);
            g.fillRect(LABEL_WIDTH, y + LANE / 2 - 0.5, w - LABEL_WIDTH - 8, 1);
            g.setFill(ThreadPalette.colour(t.index()));
            g.fillOval(8, y + LANE / 2 - 4, 8, 8);
            g.setFill(text);
            g.fillText(t.label(run.severalProcesses()), 22, y + LANE / 2, LABEL_WIDTH - 26);
        }
        double lastX = -1;
        int lastLane = -1;
        for (Segment s : run.result().trace().segments()) {
            long end = s.firstStep() + s.stepCount();
            if (end < viewStart || s.firstStep() > viewEnd) {
                continue;
            }
            ThreadKey t = run.threadOfStep(s.firstStep());
            if (t == null) {
                continue;
            }
            double x0 = Math.max(LABEL_WIDTH, xOf(s.firstStep()));
            double x1 = Math.min(w - 8, Math.max(x0 + 1, xOf(end)));
            if (t.index() == lastLane && x1 <= lastX) {
                continue;
            }
            lastLane = t.index();
            lastX = x1;
            g.setFill(ThreadPalette.colour(t.index()));
            g.fillRect(x0, TOP + t.index() * LANE + 4, x1 - x0, LANE - 8);
        }
        double cx = xOf(cursor);
        if (cx >= LABEL_WIDTH && cx <= w - 8) {
            g.setFill(theme.isDark() ? Color.web("#f0f6fc") : Color.web("#cf222e"));
            g.fillRect(cx - 1, 0, 2, h);
        }
    }
}
