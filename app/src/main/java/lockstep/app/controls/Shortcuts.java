package lockstep.app.controls;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.sim.trace.Grain;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The keyboard: every playback command has a key, and in presentation mode the keyboard is all there is.
 *
 * <pre>
 * Space        play / pause            Home / End     to the start / the end
 * Right / Left step / step back        N / Shift+N    next / previous event of the chosen kind
 * Up / Down    faster / slower         + / - / 0      zoom the timeline in / out / fit it
 * 1 ... 9      manual mode: run that thread next      M   manual mode on / off
 * F5           presentation mode       Esc            leave presentation mode; leave the editor
 * G            the next grain of a step: operation, line, micro-op
 * </pre>
 *
 * Keys go to a text field or the editor while one has the focus (except F5 and Esc), so typing is never hijacked.
 */
public final class Shortcuts {
    /** What the keys drive besides playback. */
    public interface Window {
        void zoomIn();

        void zoomOut();

        void fitTimeline();

        void togglePresentation();

        void leavePresentation();

        /** Takes the focus away from text input, so that the keys drive playback again. */
        void focusPlayback();
    }

    private final PlaybackController playback;
    private final Workspace workspace;
    private final Window window;

    public Shortcuts(PlaybackController playback, Workspace workspace, Window window) {
        this.playback = playback;
        this.workspace = workspace;
        this.window = window;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    /** Handles {@code e} when it is a shortcut here; returns whether it was. */
    boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F5) {
            window.togglePresentation();
            e.consume();
            return true;
        }
        if (code == KeyCode.ESCAPE) {
            window.leavePresentation();
            window.focusPlayback();
            return false;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (focus != null && isTextInput(focus)) {
            return false;
        }
        boolean handled = true;
        switch (code) {
            case SPACE -> playback.togglePlay();
            case RIGHT, KP_RIGHT -> playback.stepForward();
            case LEFT, KP_LEFT -> playback.stepBack();
            case HOME -> playback.toStart();
            case END -> playback.toEnd();
            case N -> {
                if (e.isShiftDown()) {
                    playback.toPreviousEvent();
                } else {
                    playback.toNextEvent();
                }
            }
            case UP, KP_UP -> playback.faster();
            case DOWN, KP_DOWN -> playback.slower();
            case PLUS, EQUALS, ADD -> window.zoomIn();
            case MINUS, SUBTRACT -> window.zoomOut();
            case DIGIT0, NUMPAD0 -> window.fitTimeline();
            case M -> workspace.setManual(!workspace.manualProperty().get());
            case G -> playback.grainProperty().set(nextGrain(playback.grainProperty().get()));
            default -> handled = digit(code);
        }
        if (handled) {
            e.consume();
        }
        return handled;
    }

    private static Grain nextGrain(Grain grain) {
        Grain[] all = Grain.values();
        return all[(grain.ordinal() + 1) % all.length];
    }

    private boolean digit(KeyCode code) {
        int n = -1;
        if (code.isDigitKey()) {
            String name = code.getName();
            n = Character.digit(name.charAt(name.length() - 1), 10);
        }
        return n >= 1 && workspace.pickNumber(n);
    }

    private static boolean isTextInput(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl text && text.isEditable()) {
                return true;
            }
            if (n instanceof GenericStyledArea<?, ?, ?> area && area.isEditable()) {
                return true;
            }
        }
        return false;
    }
}
