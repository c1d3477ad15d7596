package lockstep.sim.scenario;

import java.util.Objects;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.NarrationRenderer;

/**
 * The verdict on one expectation after a run.
 *
 * @param description the expectation as written ({@link Expectation#description()})
 * @param passed      whether the run showed it
 * @param detail      what the run showed instead, or what it showed when it passed (never null), in English: the
 *                    {@code told} narration rendered in English
 * @param told        the same detail as narration, to render in the reader's language ({@code expect.*} keys of the
 *                    narration bundle)
 */
public record ExpectationResult(String description, boolean passed, String detail, Narration told) {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");

    public ExpectationResult {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(told, "told");
    }

    /** A verdict whose detail is a text that is the same in every language (CPython's message, or a foreign one). */
    public ExpectationResult(String description, boolean passed, String detail) {
        this(description, passed, detail, Narration.of("expect.as_is", detail));
    }

    /** A verdict whose detail is told: its English rendering is {@link #detail()}. */
    static ExpectationResult told(String description, boolean passed, Narration told) {
        return new ExpectationResult(description, passed, ENGLISH.render(told), told);
    }

    /**
     * Verdicts are equal when they say the same: the same item, verdict and English detail. The narration is that
     * detail in words; a verdict written with its English text equals the one told with the same text.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectationResult r && r.passed == passed && r.description.equals(description)
                && r.detail.equals(detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, passed, detail);
    }
}
