package lockstep.app;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import lockstep.sim.scenario.Scenario;

/**
 * Stands where the real window will be: says what is coming, how to run a scenario meanwhile, and lists the bundled
 * scenarios with their English and Chinese titles.
 */
final class PlaceholderView {
    /** Families that have Chinese glyphs, in order of preference; the first installed one is used for titles. */
    static final List<String> CJK_FAMILIES =
            List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");

    private final List<Scenario> scenarios;
    private final String problem;

    PlaceholderView(List<Scenario> scenarios, String problem) {
        this.scenarios = scenarios;
        this.problem = problem;
    }

    VBox createView() {
        Label heading = new Label("Lockstep");
        heading.getStyleClass().add(Styles.TITLE_1);

        Label message = new Label("The Lockstep window is coming: the program, a timeline of every thread, the "
                + "locks and queues, and the narration of each step.\n"
                + "Until then, simulate a scenario from the command line:");
        message.setId("placeholder-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        Label command = new Label("./lockstep run hello\n./lockstep run increment --trace\n"
                + "./lockstep run my-scenario.yaml --json");
        command.setId("placeholder-command");
        command.getStyleClass().add(Styles.TEXT_MUTED);
        command.setStyle("-fx-font-family: monospace;");
        command.setMinHeight(Region.USE_PREF_SIZE);

        Label listHeading = new Label("Bundled scenarios");
        listHeading.getStyleClass().add(Styles.TITLE_4);

        ListView<String> list = new ListView<>();
        list.setId("scenario-list");
        for (Scenario scenario : scenarios) {
            String zh = scenario.title().zh();
            list.getItems().add(scenario.title().en() + (zh != null ? "  ·  " + zh : "") + "   (" + scenario.id() + ")");
        }
        cjkFamily().ifPresent(family -> list.setStyle("-fx-font-family: \"" + family + "\";"));
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox view = new VBox(12, heading, message, command, listHeading, list);
        if (problem != null) {
            Label error = new Label(problem);
            error.getStyleClass().add(Styles.DANGER);
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            view.getChildren().add(error);
        }
        view.setPadding(new Insets(24));
        return view;
    }

    private static Optional<String> cjkFamily() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst();
    }
}
