package lockstep.app.timeline;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import lockstep.app.i18n.CjkFonts;
import lockstep.sim.RunResult;
import lockstep.timeline.Hit;
import lockstep.timeline.StepRange;
import lockstep.timeline.TimelineExporter;
import lockstep.timeline.TimelineGeometry;
import lockstep.timeline.TimelineModel;
import lockstep.timeline.TimelinePainter;
import lockstep.timeline.TimelineTexts;
import lockstep.timeline.TimelineTheme;
import lockstep.timeline.Viewport;
import org.jfree.fx.FXGraphics2D;

/**
 * The timeline on screen: a canvas that fills this region and is painted by the same {@link TimelinePainter} as
 * the exports, through FXGraphics2D. Ctrl+wheel (or a pinch), +/− and {@link #zoomIn()}/{@link #zoomOut()} zoom
 * around the pointer or the cursor; a drag, the wheel and Shift+wheel pan; 0 and {@link #fitToWindow()} fit the
 * run; a click puts the cursor on the nearest step boundary and tells {@link #setOnStepPicked}. The cursor is a step
 * boundary, as a run's events are: {@code cursorStep} N means "after N steps".
 *
 * <p>{@link #scaleProperty()} draws the whole picture larger (presentation mode): the painter lays it out for the
 * canvas's size divided by the scale and paints it magnified, so labels, the ruler, lane names and markers grow
 * together and the painter stays the one the exports use; pointer positions are divided back.
 *
 * <p>Lay the model out off the JavaFX thread for long runs ({@link TimelineModel#of} is pure), then
 * {@link #setModel} here; {@link #setRun} does both on the calling thread.
 */
public final class TimelineView extends Region {
    private static final double DRAG_THRESHOLD = 3;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final LongProperty cursorStep = new SimpleLongProperty(this, "cursorStep", -1);
    private final ObjectProperty<TimelineTheme> theme = new SimpleObjectProperty<>(this, "theme", TimelineTheme.LIGHT);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final ReadOnlyObjectWrapper<StepRange> visibleRange = new ReadOnlyObjectWrapper<>(this, "visibleRange");
    private final Tooltip operationTip = new Tooltip();
    private TimelineTexts hoverTexts = new TimelineTexts(Locale.ENGLISH);
    private LongConsumer onStepPicked = step -> { };
    private TimelineModel model;
    private TimelinePainter painter;
    private TimelineGeometry geometry;
    private Viewport viewport;
    private double scrollY;
    private boolean redrawRequested;
    private boolean picking;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(240, 140);
        operationTip.setShowDelay(javafx.util.Duration.millis(300));
        operationTip.setWrapText(true);
        operationTip.setMaxWidth(520);
        CjkFonts.family(); // the painter names the bundled CJK family, which JavaFX knows once loaded
        painter = new TimelinePainter(theme.get(), locale.get());
        initListeners();
    }

    private void initListeners() {
        theme.addListener((o, was, now) -> newPainter());
        locale.addListener((o, was, now) -> newPainter());
        scale.addListener((o, was, now) -> newPainter());
        cursorStep.addListener((o, was, now) -> {
            if (viewport != null && !picking && now.longValue() >= 0) {
                viewport.reveal(now.longValue());
            }
            requestRedraw();
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAround(e.getZoomFactor(), logical(e.getX()));
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pressX = lastX = logical(e.getX());
            pressY = lastY = logical(e.getY());
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double x = logical(e.getX());
            double y = logical(e.getY());
            if (!dragged && Math.abs(x - pressX) + Math.abs(y - pressY) > DRAG_THRESHOLD) {
                // A drag after all: it pans by the whole way from the press, the first pixels too.
                dragged = true;
                lastX = pressX;
                lastY = pressY;
            }
            if (dragged && viewport != null) {
                viewport.pan(x - lastX);
                scrollBy(lastY - y);
                requestRedraw();
            }
            lastX = x;
            lastY = y;
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged) {
                pick(logical(e.getX()), logical(e.getY()));
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(logical(e.getX()), logical(e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
    }

    // ------------------------------------------------------------------ properties

    /** How much larger than its layout the picture is drawn: 1 normally, more in presentation mode. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public double getScale() {
        return scale.get();
    }

    public void setScale(double newScale) {
        scale.set(newScale);
    }

    /** A length on screen as a length in the painter's layout. */
    private double logical(double screen) {
        return screen / scale.get();
    }

    /** The cursor's step boundary; -1 for none. Moving it out of sight scrolls the view to it. */
    public LongProperty cursorStepProperty() {
        return cursorStep;
    }

    public long getCursorStep() {
        return cursorStep.get();
    }

    public void setCursorStep(long step) {
        cursorStep.set(step);
    }

    public ObjectProperty<TimelineTheme> themeProperty() {
        return theme;
    }

    public TimelineTheme getTheme() {
        return theme.get();
    }

    public void setTheme(TimelineTheme newTheme) {
        theme.set(newTheme);
    }

    /** The language of the labels and the legend (English or Chinese). */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(newLocale);
    }

    /** The steps the plot shows now (null without a model): what "export the visible range" exports. */
    public ReadOnlyObjectProperty<StepRange> visibleRangeProperty() {
        return visibleRange.getReadOnlyProperty();
    }

    public StepRange getVisibleRange() {
        return visibleRange.get();
    }

    /** Called with the step boundary a click picked, after the cursor moved there. */
    public void setOnStepPicked(LongConsumer handler) {
        onStepPicked = handler == null ? step -> { } : handler;
    }

    public TimelineModel getModel() {
        return model;
    }

    // ------------------------------------------------------------------ commands

    /** Lays {@code run} out and shows it, fitted to the window. */
    public void setRun(RunResult run) {
        setModel(run == null ? null : TimelineModel.of(run));
    }

    /** Shows a laid-out model (null for none), fitted to the window. */
    public void setModel(TimelineModel newModel) {
        model = newModel;
        viewport = null;
        geometry = null;
        scrollY = 0;
        requestLayout();
        requestRedraw();
    }

    public void zoomIn() {
        zoomAround(Viewport.ZOOM_STEP, anchorX());
    }

    public void zoomOut() {
        zoomAround(1 / Viewport.ZOOM_STEP, anchorX());
    }

    /** Shows the whole run. */
    public void fitToWindow() {
        if (ensureGeometry()) {
            viewport.fit();
            requestRedraw();
        }
    }

    /** Shows exactly {@code range}. */
    public void showRange(StepRange range) {
        if (ensureGeometry()) {
            viewport.show(range);
            requestRedraw();
        }
    }

    /**
     * The settings with which {@link TimelineExporter} draws what this view shows: its size, theme, language,
     * visible range and cursor (the lanes from the top: an export does not scroll).
     */
    public TimelineExporter.Settings exportSettings() {
        ensureGeometry();
        // Before the first layout the view has no size yet: the smallest picture an export makes.
        return new TimelineExporter.Settings(Math.max(240, (int) logical(canvas.getWidth())),
                Math.max(140, (int) logical(canvas.getHeight())), 1, getTheme(), getLocale(),
                viewport == null ? null : viewport.visible(), getCursorStep());
    }

    /** Paints now and returns exactly what the canvas shows, as an image (on the JavaFX thread). */
    public BufferedImage snapshotImage() {
        draw();
        WritableImage image = canvas.snapshot(null, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    // ------------------------------------------------------------------ layout and painting

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            geometry = null;
            requestRedraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (model == null) {
            return 200;
        }
        return painter.fullHeight(model, (int) Math.max(240, logical(width < 0 ? 900 : width))) * scale.get();
    }

    private void newPainter() {
        painter = new TimelinePainter(theme.get(), locale.get());
        geometry = null;
        requestLayout();
        requestRedraw();
    }

    /** Paints once for any number of changes made in one go. */
    private void requestRedraw() {
        if (!redrawRequested) {
            redrawRequested = true;
            Platform.runLater(this::draw);
        }
    }

    private void draw() {
        redrawRequested = false;
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        if (model == null) {
            canvas.getGraphicsContext2D().setFill(javafx.scene.paint.Color.rgb(
                    theme.get().palette().background().getRed(), theme.get().palette().background().getGreen(),
                    theme.get().palette().background().getBlue()));
            canvas.getGraphicsContext2D().fillRect(0, 0, w, h);
            visibleRange.set(null);
            return;
        }
        ensureGeometry();
        graphics.setTransform(java.awt.geom.AffineTransform.getScaleInstance(scale.get(), scale.get()));
        graphics.setClip(null);
        painter.paint(graphics, model, geometry, viewport, cursorStep.get());
        visibleRange.set(viewport.visible());
    }

    /** Lays the picture out for the current size, model and painter; false when there is nothing to show. */
    private boolean ensureGeometry() {
        if (model == null) {
            return false;
        }
        int w = Math.max(1, (int) logical(canvas.getWidth()));
        int h = Math.max(1, (int) logical(canvas.getHeight()));
        if (geometry == null || geometry.width() != w || geometry.height() != h) {
            geometry = painter.layout(model, w, h);
            if (viewport == null) {
                viewport = new Viewport(model.totalSteps(), geometry.plotWidth());
                viewport.setEndPadding(painter.endPadding(model));
                viewport.fit();
            } else {
                viewport.setPlotWidth(geometry.plotWidth());
                viewport.setEndPadding(painter.endPadding(model));
            }
        }
        geometry.setScrollY(scrollY);
        scrollY = geometry.scrollY();
        return true;
    }

    private double anchorX() {
        if (geometry == null || viewport == null) {
            return logical(getWidth()) / 2;
        }
        long cursor = cursorStep.get();
        double x = geometry.x(viewport, cursor);
        boolean cursorVisible = cursor >= 0 && x >= geometry.plotLeft() && x <= geometry.plotRight();
        return cursorVisible ? x : geometry.plotLeft() + geometry.plotWidth() / 2.0;
    }

    /** Zooms by {@code factor} around {@code x} (a position in this region). */
    private void zoomAround(double factor, double x) {
        if (ensureGeometry()) {
            double plotX = Math.max(0, Math.min(geometry.plotWidth(), x - geometry.plotLeft()));
            viewport.zoom(factor, plotX);
            requestRedraw();
        }
    }

    private void scrollBy(double dy) {
        if (geometry != null) {
            geometry.setScrollY(scrollY + dy);
            scrollY = geometry.scrollY();
        }
    }

    private void onScroll(ScrollEvent e) {
        if (!ensureGeometry()) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAround(Math.pow(1.002, e.getDeltaY()), logical(e.getX()));
        } else if (e.getDeltaX() != 0) {
            viewport.pan(logical(e.getDeltaX()));
        } else if (e.isShiftDown() || geometry.maxScrollY() == 0) {
            viewport.pan(logical(e.getDeltaY()));
        } else {
            scrollBy(-logical(e.getDeltaY()));
        }
        requestRedraw();
        e.consume();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fitToWindow();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * The pointer over a lane at the operation or line grain: a tooltip tells that thread's operation there, library
     * internals folded in ({@code MainThread, line 13: calls Thread.start(): ...}); none elsewhere.
     */
    private void hover(double x, double y) {
        Hit hit = x < 0 || !ensureGeometry() ? null : geometry.hit(x, y, viewport);
        if (hit != null && !hoverTexts.locale().equals(getLocale())) {
            hoverTexts = new TimelineTexts(getLocale());
        }
        String text = hit == null || !hit.inPlot() || hit.lane() < 0 ? null
                : hoverTexts.operationAt(model, hit.lane(), hit.step());
        if (text == null) {
            operationTip.hide();
            operationTip.setText(null);
            Tooltip.uninstall(this, operationTip);
        } else if (!text.equals(operationTip.getText())) {
            operationTip.setText(text);
            Tooltip.install(this, operationTip);
        }
    }

    /** A click on the plot or its axis: the cursor goes to the nearest step boundary. */
    private void pick(double x, double y) {
        if (!ensureGeometry()) {
            return;
        }
        Hit hit = geometry.hit(x, y, viewport);
        if (!hit.inPlot()) {
            return;
        }
        picking = true;
        try {
            cursorStep.set(hit.boundary());
        } finally {
            picking = false;
        }
        onStepPicked.accept(hit.boundary());
    }
}
