package lockstep.app.library;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lockstep.app.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The library pane: a search field over a tree of topics and their scenarios, titles in the current language.
 * Clicking a scenario (or pressing Enter on it) asks to open it.
 */
public final class ScenarioLibrary {
    private final javafx.beans.value.ObservableValue<BundledLibrary> library;
    private final I18n i18n;
    private final Consumer<LibraryEntry> onOpen;
    private final CustomTextField search = new CustomTextField();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("root"));
    private final ObjectProperty<LibraryEntry> current = new SimpleObjectProperty<>();

    /** A library pane over {@code library}, which may arrive later (it is loaded off the JavaFX thread). */
    public ScenarioLibrary(javafx.beans.value.ObservableValue<BundledLibrary> library, I18n i18n,
                           Consumer<LibraryEntry> onOpen) {
        this.library = library;
        this.i18n = i18n;
        this.onOpen = onOpen;
    }

    public Node createView() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("library.title"));
        heading.getStyleClass().addAll(Styles.TITLE_4, "pane-title");

        search.setId("library-search");
        search.promptTextProperty().bind(i18n.text("library.search"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);

        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "library-tree");
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);

        VBox view = new VBox(8, heading, search, tree);
        view.setPadding(new Insets(10, 0, 0, 0));
        view.getStyleClass().add("library-pane");
        VBox.setMargin(heading, new Insets(0, 10, 0, 10));
        VBox.setMargin(search, new Insets(0, 10, 0, 10));
        initListeners();
        rebuild();
        return view;
    }

    /** The entry shown as open, highlighted in the tree. */
    public ObjectProperty<LibraryEntry> currentProperty() {
        return current;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    /** The entries visible now, in order (for tests). */
    public List<LibraryEntry> visibleEntries() {
        return tree.getRoot().getChildren().stream().flatMap(topic -> topic.getChildren().stream())
                .map(item -> (LibraryEntry) item.getValue()).toList();
    }

    private void initListeners() {
        search.textProperty().addListener((obs, old, now) -> rebuild());
        library.addListener((obs, old, now) -> rebuild());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !visibleEntries().isEmpty()) {
                onOpen.accept(visibleEntries().get(0));
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                tree.getSelectionModel().selectFirst();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> tree.refresh());
        current.addListener((obs, old, now) -> selectCurrent());
    }

    private void openSelected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof LibraryEntry entry) {
            onOpen.accept(entry);
        }
    }

    private void rebuild() {
        Map<Topic, TreeItem<Object>> topics = new EnumMap<>(Topic.class);
        String query = search.getText() == null ? "" : search.getText();
        for (LibraryEntry entry : library.getValue().entries()) {
            if (entry.matches(query)) {
                topics.computeIfAbsent(entry.topic(), t -> {
                    TreeItem<Object> item = new TreeItem<>(t);
                    item.setExpanded(true);
                    return item;
                }).getChildren().add(new TreeItem<>(entry));
            }
        }
        tree.getRoot().getChildren().setAll(topics.values());
        selectCurrent();
    }

    private void selectCurrent() {
        LibraryEntry entry = current.get();
        if (entry == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<Object> topic : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : topic.getChildren()) {
                if (item.getValue() == entry) {
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    /** A topic as a small heading with its count; a scenario as its title over its id. */
    private final class EntryCell extends TreeCell<Object> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, title, detail);

        EntryCell() {
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            title.getStyleClass().add("library-title");
            title.setWrapText(true);
            // Long titles wrap within the pane rather than scroll it sideways.
            // A definite width lets the cell's height count the wrapped lines.
            title.prefWidthProperty().bind(tree.widthProperty().subtract(64));
            title.maxWidthProperty().bind(tree.widthProperty().subtract(64));
            title.setMinHeight(Region.USE_PREF_SIZE);
            box.setMinWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() instanceof LibraryEntry entry && e.getClickCount() >= 1) {
                    onOpen.accept(entry);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("library-topic", "library-entry");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof Topic topic) {
                getStyleClass().add("library-topic");
                setText(i18n.get(topic.messageKey()) + "  ·  " + getTreeItem().getChildren().size());
                setGraphic(null);
            } else if (item instanceof LibraryEntry entry) {
                getStyleClass().add("library-entry");
                title.setText(entry.scenario().title().in(i18n.language()));
                detail.setText(entry.scenario().id());
                setText(null);
                setGraphic(box);
                String summary = entry.scenario().summary().in(i18n.language());
                if (!summary.isBlank()) {
                    Tooltip tip = new Tooltip(summary);
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    setTooltip(tip);
                }
            }
        }
    }
}
