package lockstep.app.window;

/** Questions the window asks; a seam so tests can answer without a modal dialog. */
public interface Prompts {
    /** What to do with unsaved edits. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Unsaved edits of {@code name} are about to be left: save, discard or stay? */
    UnsavedChoice unsaved(String name);

    /** A recovery copy of edits to {@code name}, made {@code when}, was found: restore it? */
    boolean restore(String name, String when);

    /** Tells the user something went wrong. */
    void error(String title, String message);
}
