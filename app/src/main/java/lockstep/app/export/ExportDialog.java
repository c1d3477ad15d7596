package lockstep.app.export;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import lockstep.app.i18n.I18n;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.sim.trace.Grain;
import lockstep.timeline.PageShape;

/**
 * File → Export: format, scale, range, theme and language, the shape (strip or slide), the grain (operation, line or
 * micro-op: at the first two library internals fold into the operations; first the grain the app steps at), the
 * title and the playhead, with a preview of the picture; Export asks where to write it. Options the exporter does not
 * support are disabled.
 */
public final class ExportDialog {
    private static final int PREVIEW_WIDTH = 620;
    private static final int PREVIEW_HEIGHT = 360;
    private final TimelineExport export;
    private final I18n i18n;
    private final ComboBox<TimelineExport.Format> format = new ComboBox<>();
    private final ComboBox<Integer> scale = new ComboBox<>();
    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton whole = new RadioButton();
    private final RadioButton visible = new RadioButton();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final ComboBox<PageShape> shape = new ComboBox<>();
    private final CheckBox playhead = new CheckBox();
    private final ComboBox<Grain> grain = new ComboBox<>();
    /** The grain the app steps at: the dialog's first choice. */
    private final Grain steppingGrain;
    private ExportTitle title;
    private final ImageView preview = new ImageView();
    private final Label note = new Label();

    public ExportDialog(TimelineExport export, I18n i18n) {
        this(export, i18n, Grain.OPERATION);
    }

    /** A dialog that offers {@code steppingGrain}, the grain the app steps at, first. */
    public ExportDialog(TimelineExport export, I18n i18n, Grain steppingGrain) {
        this.export = export;
        this.i18n = i18n;
        this.steppingGrain = steppingGrain == null ? Grain.OPERATION : steppingGrain;
    }

    /** The request as the dialog is set now. */
    public TimelineExport.Request request(long[] visibleRange, long cursor) {
        return new TimelineExport.Request(format.getValue(), scale.getValue(), visible.isSelected(), visibleRange,
                cursor, theme.getValue(), language.getValue(), title == null ? null : title.title(),
                shape.getValue(), playhead.isSelected(), grain.getValue());
    }

    /**
     * Shows the dialog; returns the request chosen and the file to write, or empty when cancelled.
     *
     * @param target asks where to write, given the format
     */
    public Optional<Path> show(Window owner, RunSession run, long[] visibleRange, long cursor, Theme screenTheme,
                               java.util.function.Function<TimelineExport.Format, Optional<Path>> target,
                               Supplier<List<String>> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("export.title"));
        dialog.setHeaderText(i18n.get("export.header"));
        dialog.getDialogPane().getStylesheets().setAll(stylesheets.get());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        ButtonType exportButton = new ButtonType(i18n.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(exportButton, cancel);

        configure(screenTheme);
        title = new ExportTitle(i18n, run.document() == null ? null : run.document().scenario().title(),
                language.getValue());
        GridPane form = form();
        StackPane frame = new StackPane(preview);
        frame.getStyleClass().add("export-preview");
        frame.setPadding(new Insets(8));
        // A fixed box: a taller shape shrinks the preview rather than growing the dialog past its buttons.
        frame.setMinSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        frame.setPrefSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        VBox content = new VBox(12, form, frame, note);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        Runnable update = () -> {
            preview.setImage(export.preview(run, request(visibleRange, cursor)));
            preview.setPreserveRatio(true);
            preview.setFitWidth(Math.min(PREVIEW_WIDTH, preview.getImage() == null ? PREVIEW_WIDTH
                    : preview.getImage().getWidth()));
            preview.setFitHeight(Math.min(PREVIEW_HEIGHT, preview.getImage() == null ? PREVIEW_HEIGHT
                    : preview.getImage().getHeight()));
        };
        format.valueProperty().addListener(o -> update.run());
        scale.valueProperty().addListener(o -> update.run());
        range.selectedToggleProperty().addListener(o -> update.run());
        theme.valueProperty().addListener(o -> update.run());
        language.valueProperty().addListener((o, was, now) -> {
            title.follow(now);
            update.run();
        });
        shape.valueProperty().addListener(o -> update.run());
        grain.valueProperty().addListener(o -> update.run());
        playhead.selectedProperty().addListener(o -> update.run());
        title.onChange(update);
        update.run();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != exportButton) {
            return Optional.empty();
        }
        return target.apply(format.getValue());
    }

    private void configure(Theme screenTheme) {
        format.getItems().setAll(TimelineExport.Format.values());
        format.setValue(TimelineExport.Format.PNG);
        format.setCellFactory(l -> cell(f -> f.name()));
        format.setButtonCell(cell(f -> f.name()));
        scale.getItems().setAll(1, 2, 4);
        scale.setValue(2);
        scale.setCellFactory(l -> cell(s -> s + "×"));
        scale.setButtonCell(cell(s -> s + "×"));
        whole.setText(i18n.get("export.range.whole"));
        visible.setText(i18n.get("export.range.visible"));
        whole.setToggleGroup(range);
        visible.setToggleGroup(range);
        theme.getItems().setAll(Theme.values());
        theme.setValue(screenTheme);
        theme.setCellFactory(l -> cell(t -> i18n.get(t.messageKey())));
        theme.setButtonCell(cell(t -> i18n.get(t.messageKey())));
        language.getItems().setAll(I18n.ENGLISH, I18n.CHINESE);
        language.setValue(i18n.locale());
        language.setCellFactory(l -> cell(loc -> i18n.get(I18n.CHINESE.equals(loc) ? "language.zh" : "language.en")));
        language.setButtonCell(cell(loc -> i18n.get(I18n.CHINESE.equals(loc) ? "language.zh" : "language.en")));
        shape.getItems().setAll(PageShape.values());
        shape.setValue(PageShape.STRIP);
        shape.setId("export-shape");
        shape.setCellFactory(l -> cell(this::shapeName));
        shape.setButtonCell(cell(this::shapeName));
        grain.getItems().setAll(Grain.values());
        grain.setValue(steppingGrain);
        grain.setId("export-grain");
        grain.setCellFactory(l -> cell(this::grainName));
        grain.setButtonCell(cell(this::grainName));
        playhead.setText(i18n.get("export.playhead"));
        playhead.setId("export-playhead");
        playhead.setSelected(false);
        boolean own = export.supportsOwnStyle();
        if (own) {
            whole.setSelected(true);
        } else {
            visible.setSelected(true);
            whole.setDisable(true);
        }
        theme.setDisable(!own);
        language.setDisable(!own);
        format.setDisable(!export.supports(TimelineExport.Format.SVG));
        note.setText(own ? "" : i18n.get("export.note.screen"));
        note.setVisible(!own);
        note.setManaged(!own);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("export.format"), format);
        grid.addRow(row++, label("export.scale"), scale);
        grid.addRow(row++, label("export.range"), new HBox(16, whole, visible));
        grid.addRow(row++, label("export.theme"), theme);
        grid.addRow(row++, label("export.language"), language);
        // The grain shares the shape's row: one row more would push the dialog past a 768-pixel screen.
        grid.addRow(row++, label("export.shape"), new HBox(10, shape, label("export.grain"), grain));
        grid.addRow(row++, new Label(), title.node());
        grid.addRow(row, new Label(), playhead);
        scale.disableProperty().bind(format.valueProperty().isEqualTo(TimelineExport.Format.SVG));
        return grid;
    }

    private String shapeName(PageShape pageShape) {
        return i18n.get(switch (pageShape) {
            case STRIP -> "export.shape.strip";
            case WIDE -> "export.shape.wide";
            case STANDARD -> "export.shape.standard";
        });
    }

    private String grainName(Grain g) {
        return i18n.get(switch (g) {
            case OPERATION -> "grain.operation";
            case LINE -> "grain.line";
            case MICRO_OP -> "grain.micro_op";
        });
    }

    private Label label(String key) {
        return new Label(i18n.get(key));
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
