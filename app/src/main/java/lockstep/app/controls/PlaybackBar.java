package lockstep.app.controls;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import lockstep.app.i18n.I18n;
import lockstep.app.model.EventFilter;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.sim.trace.Grain;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The playback bar: to start, step back, play/pause, step, to end; previous and next event of a chosen kind;
 * the grain of a step (operation, line, micro-op); speed; the step counter; manual mode. Buttons never take the keyboard focus, so Space and the arrows always
 * drive the playback.
 */
public final class PlaybackBar {
    private final PlaybackController playback;
    private final Workspace workspace;
    private final I18n i18n;
    private Button toStart;
    private Button back;
    private Button play;
    private Button forward;
    private Button toEnd;
    private ComboBox<EventFilter> kind;
    private ComboBox<Grain> grain;
    private Label speed;
    private Label counter;
    private ToggleButton manual;
    private ProgressIndicator busy;

    public PlaybackBar(PlaybackController playback, Workspace workspace, I18n i18n) {
        this.playback = playback;
        this.workspace = workspace;
        this.i18n = i18n;
    }

    public Node createView() {
        toStart = button("play-to-start", MaterialDesignS.SKIP_PREVIOUS, "control.to_start", playback::toStart);
        back = button("play-back", MaterialDesignS.STEP_BACKWARD, "control.step_back", playback::stepBack);
        play = button("play-pause", MaterialDesignP.PLAY, "control.play", playback::togglePlay);
        play.getStyleClass().remove(Styles.BUTTON_ICON);
        play.getStyleClass().addAll(Styles.ACCENT, "play-button");
        forward = button("play-step", MaterialDesignS.STEP_FORWARD, "control.step", playback::stepForward);
        toEnd = button("play-to-end", MaterialDesignS.SKIP_NEXT, "control.to_end", playback::toEnd);

        Button previousEvent = button("event-previous", MaterialDesignC.CHEVRON_LEFT, "control.previous_event",
                playback::toPreviousEvent);
        Button nextEvent = button("event-next", MaterialDesignC.CHEVRON_RIGHT, "control.next_event",
                playback::toNextEvent);
        kind = new ComboBox<>();
        kind.setId("event-kind");
        kind.getItems().setAll(EventFilter.values());
        kind.setFocusTraversable(false);
        kind.setButtonCell(new FilterCell());
        kind.setCellFactory(l -> new FilterCell());
        kind.setTooltip(tooltip("control.event_kind"));
        kind.setPrefWidth(170);

        Button slower = button("speed-down", MaterialDesignM.MINUS, "control.slower", playback::slower);
        Button faster = button("speed-up", MaterialDesignP.PLUS, "control.faster", playback::faster);
        speed = new Label();
        speed.setId("speed");
        speed.getStyleClass().add("speed-label");
        speed.setMinWidth(Region.USE_PREF_SIZE);
        FontIcon speedIcon = new FontIcon(MaterialDesignS.SPEEDOMETER);
        HBox speedBox = new HBox(4, speedIcon, slower, speed, faster);
        speedBox.setAlignment(Pos.CENTER);

        grain = new ComboBox<>();
        grain.setId("grain");
        grain.getItems().setAll(Grain.values());
        grain.setFocusTraversable(false);
        grain.setButtonCell(new GrainCell());
        grain.setCellFactory(l -> new GrainCell());
        grain.setTooltip(tooltip("control.grain"));
        // Whole or in the » menu, never cut to "Operat…" (the high-contrast theme's bold type is wider).
        grain.setMinWidth(Region.USE_PREF_SIZE);

        counter = new Label();
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);

        manual = new ToggleButton();
        manual.setId("manual-toggle");
        manual.setGraphic(new FontIcon(MaterialDesignH.HAND_POINTING_RIGHT));
        manual.textProperty().bind(i18n.text("control.manual"));
        manual.setTooltip(tooltip("control.manual.tip"));
        manual.setFocusTraversable(false);
        manual.setMinWidth(Region.USE_PREF_SIZE);

        busy = new ProgressIndicator();
        busy.setId("simulating");
        busy.setPrefSize(18, 18);
        busy.setTooltip(tooltip("control.simulating"));

        // The counter and the busy sign are one item that takes the bar's spare width and keeps them at its right
        // end: in a narrow window that item is the first to move whole into the » menu, where it is one row, rather
        // than a squeezed counter or empty rows for a spacer and a hidden sign.
        HBox status = new HBox(8, busy, counter);
        status.setId("playback-status");
        status.setAlignment(Pos.CENTER_RIGHT);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ToolBar bar = new ToolBar(toStart, back, play, forward, toEnd, new Separator(Orientation.VERTICAL), previousEvent, kind, nextEvent,
                new Separator(Orientation.VERTICAL), grain, speedBox, new Separator(Orientation.VERTICAL), manual, status);
        bar.setId("playback-bar");
        bar.getStyleClass().add("playback-bar");
        initListeners();
        return bar;
    }

    private void initListeners() {
        playback.playingProperty().addListener((obs, was, now) -> {
            ((FontIcon) play.getGraphic()).setIconCode(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
            play.getTooltip().textProperty().bind(i18n.text(now ? "control.pause" : "control.play"));
        });
        toStart.disableProperty().bind(playback.atStartProperty());
        back.disableProperty().bind(playback.atStartProperty());
        forward.disableProperty().bind(playback.atEndProperty());
        toEnd.disableProperty().bind(playback.atEndProperty());
        play.disableProperty().bind(playback.sessionProperty().isNull());
        kind.valueProperty().bindBidirectional(playback.eventFilterProperty());
        i18n.localeProperty().addListener((obs, old, now) -> {
            kind.setButtonCell(new FilterCell());
            kind.setCellFactory(l -> new FilterCell());
        });
        grain.valueProperty().bindBidirectional(playback.grainProperty());
        i18n.localeProperty().addListener((obs, old, now) -> {
            grain.setButtonCell(new GrainCell());
            grain.setCellFactory(l -> new GrainCell());
        });
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("control.speed", group(playback.stepsPerSecond())),
                playback.speedIndexProperty(), i18n.bundleProperty()));
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("control.counter", group(playback.position()), group(playback.totalStepsProperty().get())),
                playback.positionProperty(), playback.totalStepsProperty(), i18n.bundleProperty()));
        manual.selectedProperty().addListener((obs, was, now) -> workspace.setManual(now));
        workspace.manualProperty().addListener((obs, was, now) -> manual.setSelected(now));
        busy.visibleProperty().bind(workspace.simulatingProperty());
    }

    private Button button(String id, Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        b.setTooltip(tooltip(key));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        return tip;
    }

    private String group(long n) {
        return NumberFormat.getIntegerInstance(i18n.locale()).format(n);
    }

    /** A grain by its name in the app's language. */
    private final class GrainCell extends ListCell<Grain> {
        @Override
        protected void updateItem(Grain item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get("grain." + item.label().replace('-', '_')));
        }
    }

    private final class FilterCell extends ListCell<EventFilter> {
        @Override
        protected void updateItem(EventFilter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.get(item.messageKey()));
        }
    }
}
