package lockstep.app.objects;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import lockstep.sim.inspect.ThreadRef;

/**
 * Thread names as chips: a rounded label in the thread's colour (from the caller's colour function, by thread
 * id, since names may repeat) with black or white text, whichever contrasts more with it (WCAG); without a colour, a neutral chip.
 */
final class ThreadChips {
    private final IntFunction<Color> colors;

    ThreadChips(IntFunction<Color> colors) {
        this.colors = colors;
    }

    Label chip(ThreadRef thread) {
        String threadName = thread.name();
        Label chip = new Label(threadName);
        chip.getStyleClass().add("thread-chip");
        Color color = colors == null ? null : colors.apply(thread.id());
        if (color != null) {
            chip.setStyle("-fx-background-color: " + web(color) + "; -fx-text-fill: "
                    + (luminance(color) > 0.179 ? "#000000" : "#ffffff") + ";");
        }
        chip.setUserData(threadName);
        return chip;
    }

    List<Label> chips(List<ThreadRef> threads) {
        return threads.stream().map(this::chip).toList();
    }

    static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
