package lockstep.app.window;

import java.util.ArrayList;
import java.util.List;

/** Answers the window's questions as a test sets, and records them. */
public final class FakePrompts implements Prompts {
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public boolean restoreAnswer = true;
    public int unsavedAsked;
    public final List<String> restoresOffered = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public UnsavedChoice unsaved(String name) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public boolean restore(String name, String when) {
        restoresOffered.add(name);
        return restoreAnswer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
