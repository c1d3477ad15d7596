package lockstep.app.panels;

import lockstep.app.i18n.I18n;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Step;

/** A step told in one sentence in the app's language: events name their thread; plain micro-ops get it added. */
final class StepNarration {
    private StepNarration() {}

    static String sentence(Step step, I18n i18n) {
        String said = NarrationRenderer.forLanguage(i18n.language()).render(step.narration());
        if (step.narration().key().startsWith("op.")) {
            return i18n.get("narration.op", step.runner(), said);
        }
        return said;
    }

    /** An operation or line step told in one sentence: what the program did, with who did it. */
    static String sentence(Operation group, I18n i18n) {
        String said = NarrationRenderer.forLanguage(i18n.language()).render(group.narration());
        String key = group.narration().key();
        if (key.startsWith("op.") || key.startsWith("operation.")) {
            return i18n.get("narration.op", group.runner(), said);
        }
        return said;
    }

    /** The program's line {@code line} (1-based), without its indentation; empty when there is none. */
    static String lineText(String program, int line) {
        if (line < 1) {
            return "";
        }
        String[] lines = program.split("\n", -1);
        return line <= lines.length ? lines[line - 1].strip() : "";
    }
}
