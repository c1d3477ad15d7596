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
 * 1 ... 9      manual mode: the thread with that key runs one step at the grain      M   manual mode on / off
 * O / T / P    the objects / threads / output tab       C   next theme      L   English / Chinese
 * X            explore every schedule (the Explore tab); again while it runs to cancel
 * [ / ]        the previous / next outcome of the search: its schedule becomes the run shown
 * F5           presentation mode       Esc            leave presentation mode; stop editing the program
 * G            the next grain of a step: operation, line, micro-op
 * </pre>
 *
 * In manual mode, at the choice (the end of the steps made so far), Space and Right run the one thread that can run
 * one step at the grain, and only ask for a choice when several can; inside the steps made they play and step as
 * always. A thread's key is its number in the order threads were created (MainThread 1), for the whole run.
 *
 * Keys go to a text field, or to the program while it is being edited (see {@code ProgramView}), except F5 and Esc,
 * so typing is never hijacked; a program that is only shown leaves every key to the playback.
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

        /** Shows a side tab. */
        void showSideTab(SideTab tab);

        /** Switches to the next theme. */
        void nextTheme();

        /** Switches between English and Chinese. */
        void switchLanguage();

        /** Shows the Explore tab and starts a search, or cancels the one under way. */
        void explore();

        /** Chooses the outcome {@code delta} places from the chosen one, replaying its schedule. */
        void chooseOutcome(int delta);
    }

    /** The side tabs, in their order on screen. */
    public enum SideTab { OBJECTS, THREADS, OUTPUT, EXPLORE }

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
            case SPACE -> {
                if (!workspace.runOnlyThread()) {
                    playback.togglePlay();
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (!workspace.runOnlyThread()) {
                    playback.stepForward();
                }
            }
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
            case O -> window.showSideTab(SideTab.OBJECTS);
            case T -> window.showSideTab(SideTab.THREADS);
            case P -> window.showSideTab(SideTab.OUTPUT);
            case C -> window.nextTheme();
            case L -> window.switchLanguage();
            case X -> window.explore();
            case OPEN_BRACKET -> window.chooseOutcome(-1);
            case CLOSE_BRACKET -> window.chooseOutcome(1);
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
        return n >= 1 && workspace.pickKey(n);
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
