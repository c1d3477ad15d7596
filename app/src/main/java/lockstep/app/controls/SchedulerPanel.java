package lockstep.app.controls;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import lockstep.app.i18n.I18n;
import lockstep.app.model.RunSettings;
import lockstep.app.model.Workspace;
import lockstep.sim.SchedulingPolicy;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The scheduler settings of the run shown — policy, time slice, cores, seed, GIL model and switch interval, step
 * limit — in a bar under the playback controls, applied as soon as they change. Fields that do not apply to the
 * chosen policy are hidden. The bar wraps onto a second line when the window is too narrow for it (a 1024-pixel
 * projector), rather than running off the window's edge.
 */
public final class SchedulerPanel {
    /** The step limits offered. */
    public static final List<Long> STEP_LIMITS = List.of(100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
            1_000_000_000L);

    private final Workspace workspace;
    private final RunSettings settings;
    private final I18n i18n;
    private final FlowPane fieldsBox = new FlowPane(6, 4);
    private ComboBox<SchedulingPolicy> policy;
    private Spinner<Integer> quantum;
    private Spinner<Integer> cores;
    private Spinner<Integer> seed;
    private ComboBox<Boolean> gilModel;
    private Spinner<Double> interval;
    private ComboBox<Long> limit;
    private Button reset;
    private Node quantumRow;
    private Node gilRow;
    private Node intervalRow;

    public SchedulerPanel(Workspace workspace, I18n i18n) {
        this.workspace = workspace;
        this.settings = workspace.settings();
        this.i18n = i18n;
    }

    public Node createView() {
        fieldsBox.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(i18n.text("settings.title"));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "settings-title");
        title.setGraphic(new FontIcon(MaterialDesignC.COG_OUTLINE));
        title.setMinWidth(Region.USE_PREF_SIZE);
        fieldsBox.getChildren().add(title);

        policy = new ComboBox<>();
        policy.setId("setting-policy");
        policy.getItems().setAll(RunSettings.POLICIES);
        policy.setPrefWidth(190);
        add("settings.policy", "settings.policy.tip", policy);

        quantum = intSpinner("setting-quantum", 1, 1_000_000, settings.quantumStepsProperty());
        quantum.setPrefWidth(110);
        quantumRow = add("settings.quantum", "settings.quantum.tip", quantum);

        cores = intSpinner("setting-cores", 1, 64, settings.coresProperty());
        cores.setPrefWidth(80);
        add("settings.cores", "settings.cores.tip", cores);

        seed = intSpinner("setting-seed", 0, Integer.MAX_VALUE, settings.seedProperty());
        seed.setPrefWidth(100);
        add("settings.seed", "settings.seed.tip", seed);

        gilModel = new ComboBox<>();
        gilModel.setId("setting-gil-model");
        gilModel.getItems().setAll(false, true);
        gilModel.setPrefWidth(150);
        gilRow = add("settings.gil_model", "settings.gil_model.tip", gilModel);

        interval = new Spinner<>(0.001, 1000.0, settings.switchIntervalMillisProperty().get(), 0.5);
        interval.setId("setting-switch-interval");
        interval.setEditable(true);
        interval.setPrefWidth(100);
        intervalRow = add("settings.switch_interval", "settings.switch_interval.tip", interval);

        limit = new ComboBox<>();
        limit.setId("setting-step-limit");
        limit.getItems().setAll(STEP_LIMITS);
        if (!STEP_LIMITS.contains(settings.stepLimitProperty().get())) {
            limit.getItems().add(settings.stepLimitProperty().get());
        }
        limit.setValue(settings.stepLimitProperty().get());
        limit.setPrefWidth(140);
        limit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long n) {
                return n == null ? "" : NumberFormat.getIntegerInstance(i18n.locale()).format(n);
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        });
        add("settings.step_limit", "settings.step_limit.tip", limit);

        reset = new Button();
        reset.setId("settings-reset");
        reset.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
        reset.textProperty().bind(i18n.text("settings.reset"));
        reset.getStyleClass().addAll(Styles.FLAT);
        reset.setFocusTraversable(false);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        fieldsBox.getChildren().add(reset);

        fieldsBox.setId("scheduler-settings");
        fieldsBox.getStyleClass().add("scheduler-bar");
        fieldsBox.setPadding(new Insets(4, 10, 4, 10));
        fieldsBox.setMinWidth(0);
        initListeners();
        return fieldsBox;
    }

    private void initListeners() {
        policy.valueProperty().bindBidirectional(settings.policyProperty());
        localized(policy, p -> "policy." + p.cliName());
        bind(quantum, settings.quantumStepsProperty());
        bind(cores, settings.coresProperty());
        bind(seed, settings.seedProperty());
        gilModel.valueProperty().bindBidirectional(settings.gilClassicProperty());
        localized(gilModel, classic -> classic ? "gil.classic" : "gil.modern");
        interval.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.switchIntervalMillisProperty().set(now);
            }
        });
        settings.switchIntervalMillisProperty().addListener((obs, old, now) ->
                interval.getValueFactory().setValue(now.doubleValue()));
        limit.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.stepLimitProperty().set(now);
            }
        });
        reset.setOnAction(e -> {
            if (workspace.document() != null) {
                settings.loadFrom(workspace.document().scenario());
            }
        });
        Runnable visibility = () -> {
            SchedulingPolicy p = settings.policyProperty().get();
            show(quantumRow, p == SchedulingPolicy.RR);
            show(gilRow, p == SchedulingPolicy.GIL);
            show(intervalRow, p == SchedulingPolicy.GIL);
        };
        settings.policyProperty().addListener((obs, old, now) -> visibility.run());
        visibility.run();
        fieldsBox.disableProperty().bind(workspace.manualProperty());
    }

    /** Adds a labelled row; returns a node standing for the row, to hide it. */
    private Node add(String labelKey, String tipKey, javafx.scene.control.Control field) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setLabelFor(field);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        field.setTooltip(tip);
        label.setTooltip(tip);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.setPadding(new Insets(0, 8, 0, 8));
        fieldsBox.getChildren().add(pair);
        return pair;
    }

    private static void show(Node pair, boolean visible) {
        pair.setVisible(visible);
        pair.setManaged(visible);
    }

    /** A spinner from {@code min} to {@code max} showing {@code property}'s value now. */
    private static Spinner<Integer> intSpinner(String id, int min, int max, Property<Number> property) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                (int) Math.max(min, Math.min(max, property.getValue().longValue()))));
        spinner.setEditable(true);
        return spinner;
    }

    /** Keeps {@code spinner} and {@code property} equal, within the spinner's range. */
    private static void bind(Spinner<Integer> spinner, Property<Number> property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now.longValue() != property.getValue().longValue()) {
                property.setValue(now);
            }
        });
        property.addListener((obs, old, now) -> {
            int value = (int) Math.max(factory.getMin(), Math.min(factory.getMax(), now.longValue()));
            if (factory.getValue() == null || factory.getValue() != value) {
                factory.setValue(value);
            }
        });
    }

    private <T> void localized(ComboBox<T> box, Function<T, String> key) {
        class Cell extends ListCell<T> {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(key.apply(item)));
            }
        }
        box.setButtonCell(new Cell());
        box.setCellFactory(l -> new Cell());
        i18n.localeProperty().addListener((obs, old, now) -> {
            box.setButtonCell(new Cell());
            box.setCellFactory(l -> new Cell());
        });
    }
}
