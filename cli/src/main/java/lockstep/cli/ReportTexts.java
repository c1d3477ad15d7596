package lockstep.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import lockstep.sim.RunResult;
import lockstep.sim.trace.EventNarrator;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.TraceEvent;

/** The words of {@code lockstep run}'s text report in one language, from {@code lockstep/cli/report*.properties}. */
final class ReportTexts {
    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    ReportTexts(String language) {
        this.language = language;
        this.locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        // No fallback to the machine's default locale: English asked for is English, whatever the system speaks.
        this.bundle = ResourceBundle.getBundle("lockstep.cli.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, its arguments filled in as given (numbers are not regrouped). */
    String text(String key, Object... args) {
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(strings);
    }

    /** A narration (an expectation's detail) in this report's language. */
    String render(Narration narration) {
        return NarrationRenderer.forLanguage(language).render(narration);
    }

    /**
     * A deadlock's explanation: in English the simulator's sentence, as it always was; in another language the
     * narration of the run's deadlock event, which names threads and objects in that language.
     */
    String deadlock(RunResult result) {
        if (!"zh".equals(language) || result.trace() == null) {
            return result.error();
        }
        for (TraceEvent e : result.trace().events()) {
            if (e instanceof TraceEvent.Deadlocked) {
                return NarrationRenderer.forLanguage(language).render(EventNarrator.narrate(e, result.trace()));
            }
        }
        return result.error();
    }
}
