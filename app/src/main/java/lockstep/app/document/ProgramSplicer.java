package lockstep.app.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lockstep.sim.scenario.ProgramOrigin;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/**
 * The text of a scenario file with its program replaced, everything else left as written. A {@code .py} target is
 * the program alone; a YAML file whose program is a literal block ({@code program: |}) gets the block's lines
 * replaced, re-indented; a JSON file gets its {@code program} member replaced. The result is loaded again and must
 * give back the new program, so a save never writes a file that says something else.
 */
public final class ProgramSplicer {
    /** A file whose program cannot be replaced in place. */
    public static final class CannotSplice extends Exception {
        private static final long serialVersionUID = 1L;

        public CannotSplice(String message) {
            super(message);
        }
    }

    private ProgramSplicer() {}

    /**
     * The text to write to {@code targetName} for {@code document} with {@code program} as its program.
     *
     * @throws CannotSplice when the file's format does not allow it (explained in the message)
     */
    public static String splice(ScenarioDocument document, String program, String targetName) throws CannotSplice {
        String target = targetName.toLowerCase(Locale.ROOT);
        if (target.endsWith(".py")) {
            return program;
        }
        if (document.isPython()) {
            throw new CannotSplice("a plain Python program can be saved only as a .py file");
        }
        String source = document.fileName().toLowerCase(Locale.ROOT);
        String text;
        if (source.endsWith(".json")) {
            if (!target.endsWith(".json")) {
                throw new CannotSplice("a JSON scenario can be saved as .json or .py");
            }
            text = json(document.fileText(), program);
        } else {
            if (!(target.endsWith(".yaml") || target.endsWith(".yml"))) {
                throw new CannotSplice("a YAML scenario can be saved as .yaml or .py");
            }
            text = yaml(document.fileText(), document.scenario().origin(), document.scenario().program(), program);
        }
        check(text, targetName, program);
        return text;
    }

    private static String yaml(String fileText, ProgramOrigin origin, String oldProgram, String program)
            throws CannotSplice {
        if (!origin.exact()) {
            throw new CannotSplice("the program in this file is not a literal block (program: |); "
                    + "save it as a .py file instead");
        }
        String newline = fileText.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(fileText.split("\r?\n", -1)));
        int first = origin.firstLine() - 1;
        int count = lineCount(oldProgram);
        if (first < 0 || first + count > lines.size()) {
            throw new CannotSplice("the program block is not where the file says");
        }
        String indent = " ".repeat(origin.column());
        List<String> replacement = new ArrayList<>();
        for (String line : trimTrailingNewlines(program).split("\r?\n", -1)) {
            replacement.add(line.isEmpty() ? "" : indent + line);
        }
        List<String> out = new ArrayList<>(lines.subList(0, first));
        out.addAll(replacement);
        out.addAll(lines.subList(first + count, lines.size()));
        return String.join(newline, out);
    }

    private static String json(String fileText, String program) throws CannotSplice {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonNode root = mapper.readTree(fileText);
            if (!(root instanceof ObjectNode object)) {
                throw new CannotSplice("the JSON file is not an object");
            }
            object.put("program", program);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(object) + "\n";
        } catch (JsonProcessingException e) {
            throw new CannotSplice("the JSON file cannot be read again: " + e.getOriginalMessage());
        }
    }

    /** Loads the result and makes sure it holds the new program. */
    private static void check(String text, String targetName, String program) throws CannotSplice {
        Scenario reloaded;
        try {
            reloaded = ScenarioLoader.load(targetName, text);
        } catch (ScenarioError e) {
            throw new CannotSplice("the saved file would not load: " + e.getMessage());
        }
        if (!trimTrailingNewlines(reloaded.program()).equals(trimTrailingNewlines(program))) {
            throw new CannotSplice("the program cannot be written into this file as it is "
                    + "(a YAML block cannot start with an indented line); save it as a .py file instead");
        }
    }

    /** How many file lines a block's program took: its lines without the final line break. */
    static int lineCount(String program) {
        String body = trimTrailingNewlines(program);
        return body.isEmpty() ? 0 : body.split("\n", -1).length;
    }

    static String trimTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
