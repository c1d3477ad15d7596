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
 * the program's text stays aligned whatever the markers. Several threads on one line share the column without
 * being squeezed into ellipses: each pill keeps a readable size, showing its short name ({@code T1} for
 * {@code Thread-1}) when the full one does not fit, the thread that runs next first, and a {@code +N} pill for
 * those that find no room; the tooltip names them all.
 */
final class ProgramGutter implements IntFunction<Node> {
    /** Room for one thread name; more threads on a line share it. */
    static final double MARKER_WIDTH = 128;
    /** A name ending in a number: {@code Thread-1}, {@code worker_12}, {@code P3}. */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("^(\\D*?)[-_ .]*(\\d+)$");
    /** The target's name CPython 3.10+ adds to a default thread name: {@code Thread-1 (add)}. */
    private static final java.util.regex.Pattern TARGET_SUFFIX = java.util.regex.Pattern.compile(" \\([^()]*\\)$");

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
        pills.getChildren().addAll(new PillFit(markerWidth, scale).pills(here));
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

    /** Which pills go in a line's column, and with which labels, so that each stays readable. */
    private record PillFit(double width, double scale) {
        /** Roughly the width of a character of a pill's bold 11 px type, and a pill's padding and gap. */
        private static final double CHAR = 7.2;
        private static final double PADDING = 17;

        double widthOf(String text, boolean runsNext) {
            return (text.length() * CHAR + PADDING + (runsNext ? 14 : 0)) * scale;
        }

        List<Node> pills(List<ThreadMarker> here) {
            List<ThreadMarker> ordered = new ArrayList<>(here);
            ordered.sort((a, b) -> Boolean.compare(b.runsNext(), a.runsNext()));
            boolean full = ordered.size() == 1 || ordered.stream().mapToDouble(m -> widthOf(m.label(), m.runsNext())).sum() <= width;
            List<Node> out = new ArrayList<>();
            double used = 0;
            for (int i = 0; i < ordered.size(); i++) {
                ThreadMarker m = ordered.get(i);
                String text = full ? m.label() : shortLabel(m.label());
                double w = widthOf(text, m.runsNext());
                int rest = ordered.size() - i - 1;
                double restRoom = rest == 0 ? 0 : widthOf("+" + rest, false);
                if (!out.isEmpty() && used + w + restRoom > width) {
                    out.add(more(ordered.size() - i));
                    break;
                }
                out.add(pill(m, text, full ? width : w, !full));
                used += w;
            }
            return out;
        }
    }

    /**
     * {@code T1} for {@code Thread-1} and for {@code Thread-1 (add)} (CPython 3.10+ adds the target's name), {@code W12}
     * for {@code worker_12}, the first four letters otherwise.
     */
    static String shortLabel(String label) {
        String name = label;
        int process = name.indexOf(" · ");
        String pid = process < 0 ? "" : name.substring(process);
        if (process >= 0) {
            name = name.substring(0, process);
        }
        name = TARGET_SUFFIX.matcher(name).replaceFirst("");
        java.util.regex.Matcher m = NUMBERED.matcher(name);
        String s;
        if (m.matches() && !m.group(1).isEmpty()) {
            s = m.group(1).substring(0, m.group(1).offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                    + m.group(2);
        } else if (m.matches()) {
            s = m.group(2);
        } else {
            s = name.codePointCount(0, name.length()) <= 4 ? name : name.substring(0, name.offsetByCodePoints(0, 4));
        }
        return pid.isEmpty() ? s : s + pid.replace(" · ", "·");
    }

    private static Node more(int count) {
        Label pill = new Label("+" + count);
        pill.getStyleClass().addAll("thread-pill", "thread-pill-more");
        pill.setMinWidth(Region.USE_PREF_SIZE);
        return pill;
    }

    private static Node pill(ThreadMarker marker, String text, double maxWidth, boolean whole) {
        Label pill = new Label(text);
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
        pill.setMinWidth(whole ? Region.USE_PREF_SIZE : 0);
        pill.setMaxWidth(whole ? Region.USE_PREF_SIZE : Math.max(maxWidth, 1));
        pill.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        return pill;
    }
}
