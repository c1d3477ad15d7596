package lockstep.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import lockstep.app.theme.ThreadPalette;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The code area's gutter, one graphic per line: a column of thread markers (a pill in the thread's colour with its
 * name; a play mark on the thread that runs next), an error mark, and the line number. Columns have fixed widths so
 * the program's text stays aligned whatever the markers.
 */
final class ProgramGutter implements IntFunction<Node> {
    /** Room for one thread name; more threads on a line share it. */
    static final double MARKER_WIDTH = 128;

    private double markerWidth = MARKER_WIDTH;
    private final Map<Integer, List<ThreadMarker>> markers = new HashMap<>();
    private int errorLine = -1;
    private String errorText = "";

    void setMarkers(List<ThreadMarker> all) {
        markers.clear();
        for (ThreadMarker m : all) {
            markers.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
        }
    }

    void setError(int line, String text) {
        errorLine = line;
        errorText = text == null ? "" : text;
    }

    void setLineCount(int lines) {
        digits = Math.max(2, Integer.toString(lines).length());
    }

    /** Larger type (presentation mode) needs wider columns. */
    void setScale(double factor) {
        scale = factor;
        markerWidth = MARKER_WIDTH * factor;
    }

    private int digits = 2;
    private double scale = 1;

    @Override
    public Node apply(int paragraph) {
        int line = paragraph + 1;
        HBox pills = new HBox(3);
        pills.setAlignment(Pos.CENTER_RIGHT);
        pills.setMinWidth(markerWidth);
        pills.setPrefWidth(markerWidth);
        pills.setMaxWidth(markerWidth);
        List<ThreadMarker> here = markers.getOrDefault(line, List.of());
        for (ThreadMarker m : here) {
            pills.getChildren().add(pill(m, here.size(), markerWidth));
        }
        if (!here.isEmpty()) {
            StringBuilder all = new StringBuilder();
            for (ThreadMarker m : here) {
                all.append(all.length() > 0 ? "\n" : "").append(m.label());
            }
            Tooltip.install(pills, new Tooltip(all.toString()));
        }

        Region errorMark = new Region();
        errorMark.setMinWidth(16);
        errorMark.setPrefWidth(16);
        Node error = errorMark;
        if (line == errorLine) {
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
            icon.getStyleClass().add("gutter-error");
            Label holder = new Label(null, icon);
            holder.setMinWidth(16);
            holder.setTooltip(new Tooltip(errorText));
            error = holder;
        }

        Label number = new Label(Integer.toString(line));
        number.getStyleClass().add("lineno");
        number.setAlignment(Pos.CENTER_RIGHT);
        double numberWidth = (10 + 8 * digits) * scale;
        number.setMinWidth(numberWidth);
        number.setPrefWidth(numberWidth);

        HBox gutter = new HBox(4, pills, error, number);
        gutter.getStyleClass().add("program-gutter");
        gutter.setAlignment(Pos.CENTER_LEFT);
        gutter.setPadding(new Insets(0, 8, 0, 4));
        HBox.setHgrow(pills, Priority.NEVER);
        return gutter;
    }

    private static Node pill(ThreadMarker marker, int sharing, double width) {
        Label pill = new Label(marker.label());
        pill.getStyleClass().add("thread-pill");
        if (marker.runsNext()) {
            FontIcon play = new FontIcon(MaterialDesignP.PLAY);
            play.setIconColor(ThreadPalette.textOn(marker.colour()));
            play.getStyleClass().add("thread-pill-next");
            pill.setGraphic(play);
            pill.getStyleClass().add("runs-next");
        }
        pill.setStyle("-fx-background-color: " + ThreadPalette.css(marker.colour()) + "; -fx-text-fill: "
                + ThreadPalette.css(ThreadPalette.textOn(marker.colour())) + ";");
        pill.setMinWidth(Region.USE_COMPUTED_SIZE);
        pill.setMaxWidth((width - 3 * (sharing - 1)) / sharing);
        pill.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        return pill;
    }
}
