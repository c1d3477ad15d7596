package lockstep.app.window;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import lockstep.app.config.UserSettings;

/**
 * The window's size and place, kept in the user's settings while it moves and restored on the next start, clamped to
 * the visible part of a screen (a projector unplugged since, or a smaller one, must not leave it off screen). Without
 * a saved place the window fills a screen of projector size (up to {@link #FILL_UP_TO_WIDTH} wide) and is
 * 1440×900, centred, on a larger one.
 *
 * @param x         the left edge
 * @param y         the top edge
 * @param width     the width
 * @param height    the height
 * @param maximized whether the window was maximized
 */
record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    static final double FILL_UP_TO_WIDTH = 1600;
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    private static final String KEY = "window";

    /** The saved place, or the default one, fitted into one of the screens' visible bounds. */
    static WindowPlace restore(UserSettings settings, List<Rectangle2D> screens, Rectangle2D primary) {
        WindowPlace saved = parse(settings.get(KEY, ""));
        if (saved == null) {
            return byDefault(primary);
        }
        Rectangle2D screen = primary;
        double cx = saved.x + saved.width / 2;
        double cy = saved.y + saved.height / 2;
        for (Rectangle2D s : screens) {
            if (s.contains(cx, cy)) {
                screen = s;
                break;
            }
        }
        return saved.clampedTo(screen);
    }

    /** Fills a projector-sized screen; centred at 1440×900 on a larger one. */
    static WindowPlace byDefault(Rectangle2D screen) {
        if (screen.getWidth() <= FILL_UP_TO_WIDTH) {
            return new WindowPlace(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), false);
        }
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowPlace(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    /** This place moved and shrunk, as little as needed, to lie within {@code screen}. */
    WindowPlace clampedTo(Rectangle2D screen) {
        double w = Math.max(1, Math.min(width, screen.getWidth()));
        double h = Math.max(1, Math.min(height, screen.getHeight()));
        double left = Math.max(screen.getMinX(), Math.min(screen.getMaxX() - w, x));
        double top = Math.max(screen.getMinY(), Math.min(screen.getMaxY() - h, y));
        return new WindowPlace(left, top, w, h, maximized);
    }

    /** Puts {@code stage} here. */
    void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }

    /** Keeps {@code stage}'s place in {@code settings} as it changes (not while full screen, maximized or minimized). */
    static void follow(Stage stage, UserSettings settings) {
        Runnable keep = () -> {
            if (stage.isFullScreen() || stage.isIconified() || !stage.isShowing()) {
                return;
            }
            if (stage.isMaximized()) {
                WindowPlace was = parse(settings.get(KEY, ""));
                WindowPlace normal = was != null ? was : new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), true);
                settings.put(KEY, new WindowPlace(normal.x, normal.y, normal.width, normal.height, true).format());
                return;
            }
            settings.put(KEY, new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false)
                    .format());
        };
        stage.xProperty().addListener((obs, old, now) -> keep.run());
        stage.yProperty().addListener((obs, old, now) -> keep.run());
        stage.widthProperty().addListener((obs, old, now) -> keep.run());
        stage.heightProperty().addListener((obs, old, now) -> keep.run());
        stage.maximizedProperty().addListener((obs, old, now) -> keep.run());
    }

    /** The screens' visible bounds, the primary screen's first. */
    static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    /** {@code x,y,width,height[,maximized]} in whole pixels. */
    String format() {
        return String.format(Locale.ROOT, "%d,%d,%d,%d%s", Math.round(x), Math.round(y), Math.round(width),
                Math.round(height), maximized ? ",maximized" : "");
    }

    /** The place written by {@link #format}, or null when there is none or it is malformed. */
    static WindowPlace parse(String text) {
        String[] parts = text.split(",");
        if (parts.length < 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2].strip());
            double h = Double.parseDouble(parts[3].strip());
            if (!(w > 0 && h > 0)) {
                return null;
            }
            return new WindowPlace(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), w, h,
                    parts.length > 4 && parts[4].strip().equals("maximized"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
