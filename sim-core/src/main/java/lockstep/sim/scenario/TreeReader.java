package lockstep.sim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions, through Jackson's streaming parsers. Rejects
 * nesting deeper than {@link #MAX_DEPTH} before the parser descends further, duplicate keys, YAML aliases and
 * more than one document. Recursion is bounded by {@link #MAX_DEPTH}.
 */
final class TreeReader {
    /** Deeper than any scenario needs (four levels), shallow enough that nothing can overflow the stack. */
    static final int MAX_DEPTH = 32;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxStringLength(ScenarioLoader.MAX_FILE_BYTES)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .loaderOptions(yamlLimits())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private final String fileName;
    private final String text;
    private final boolean yaml;
    private final int[] lineStarts;

    private TreeReader(String fileName, String text, boolean yaml) {
        this.fileName = fileName;
        this.text = text;
        this.yaml = yaml;
        this.lineStarts = yaml ? lineStarts(text) : new int[0];
    }

    /** The single document in {@code text}, or null when the text holds no document at all. */
    static Node read(String fileName, String text, boolean yaml) throws ScenarioError {
        return new TreeReader(fileName, text, yaml).readDocument();
    }

    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(ScenarioLoader.MAX_FILE_BYTES);
        return options;
    }

    private Node readDocument() throws ScenarioError {
        try (JsonParser parser = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            Node root = readValue(parser, token, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw errorAt(parser.currentTokenLocation(), yaml
                        ? "a scenario file holds one YAML document; found a second one here"
                        : "unexpected content after the end of the JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw ScenarioError.ofFile(fileName, "cannot be read: " + e.getMessage());
        }
    }

    private Node readValue(JsonParser parser, JsonToken token, int depth) throws IOException, ScenarioError {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
            throw errorAt(at, "YAML aliases (*name) are not supported in scenario files; write the value out");
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (depth > MAX_DEPTH) {
                throw errorAt(at, "nested too deeply (more than " + MAX_DEPTH + " levels)");
            }
        }
        switch (token) {
            case START_OBJECT -> {
                List<Node.Entry> entries = new ArrayList<>();
                Map<String, Node.Entry> seen = new HashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    Node.Entry first = seen.get(key);
                    if (first != null) {
                        throw errorAt(keyAt, "duplicate key '" + key + "' (first given at line " + first.line() + ")");
                    }
                    Node value = readValue(parser, parser.nextToken(), depth + 1);
                    Node.Entry entry = new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value);
                    seen.put(key, entry);
                    entries.add(entry);
                }
                expectEnd(parser, next, JsonToken.END_OBJECT);
                return new Node.Mapping(line, col, List.copyOf(entries));
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    items.add(readValue(parser, next, depth + 1));
                }
                expectEnd(parser, next, JsonToken.END_ARRAY);
                return new Node.Sequence(line, col, List.copyOf(items));
            }
            case VALUE_STRING -> {
                return new Node.Scalar(line, col, parser.getText(), parser.getText(), charAt(line, col));
            }
            case VALUE_NUMBER_INT -> {
                Object value = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
                return new Node.Scalar(line, col, value, parser.getText(), ' ');
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(line, col, parser.getDoubleValue(), parser.getText(), ' ');
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(line, col, token == JsonToken.VALUE_TRUE, parser.getText(), ' ');
            }
            case VALUE_NULL -> {
                return new Node.Scalar(line, col, null, parser.getText(), ' ');
            }
            default -> throw errorAt(at, "unsupported value (" + parser.getText() + ")");
        }
    }

    private void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected) throws ScenarioError {
        if (actual != expected) {
            throw errorAt(parser.currentLocation(), "unexpected end of the file");
        }
    }

    /** The first character of a value in the file: {@code |} marks a YAML literal block. */
    private char charAt(int line, int col) {
        if (!yaml || line < 1 || line > lineStarts.length) {
            return ' ';
        }
        try {
            int index = text.offsetByCodePoints(lineStarts[line - 1], col - 1);
            return index < text.length() ? text.charAt(index) : ' ';
        } catch (IndexOutOfBoundsException e) {
            return ' ';
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private ScenarioError errorAt(JsonLocation at, String reason) {
        return errorAt(at.getLineNr(), at.getColumnNr(), reason);
    }

    /**
     * An error at a parser's line and column, kept inside the text: a parser may place the end of the input past a
     * last line break the file's lines do not count (a lone {@code \r} at the end, for one).
     */
    private ScenarioError errorAt(int line, int col, String reason) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int inLine = Math.min(Math.max(1, line), lines.length);
        int inCol = Math.min(Math.max(1, col), lines[inLine - 1].length() + 1);
        return new ScenarioError(fileName, inLine, inCol, reason);
    }

    private ScenarioError syntaxError(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage().contains("depth")
                    ? "nested too deeply (more than " + MAX_DEPTH + " levels)"
                    : "a value is too large";
            return at != null ? errorAt(at, reason) : errorAt(1, 1, reason);
        }
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String problem = marked.getProblem() != null ? marked.getProblem() : "invalid YAML";
            if (problem.contains("Nesting Depth")) {
                problem = "nested too deeply (more than " + MAX_DEPTH + " levels)";
            } else {
                problem = "malformed YAML: " + problem
                        + (marked.getContext() != null ? " (" + marked.getContext() + ")" : "");
            }
            if (mark != null) {
                return errorAt(mark.getLine() + 1, mark.getColumn() + 1, problem);
            }
            return errorAt(1, 1, problem);
        }
        String reason = (yaml ? "malformed YAML: " : "malformed JSON: ") + firstLine(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        return at != null ? errorAt(at, reason) : errorAt(1, 1, reason);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid syntax";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
