package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForDetail;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lockstep.app.i18n.I18n;
import lockstep.app.simulation.RunSession;
import lockstep.sim.scenario.Expectation;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In Chinese the window's panels say nothing in English: for scenarios of every kind (threads, processes, asyncio,
 * the GIL), at a third, two thirds and the end of the run, every text of the window — the objects, threads and
 * narration panels, the bars, the status line; the program and the output are the program's — keeps Latin words
 * only where they are data: the program's words, the run's thread and task names, the names in the library's
 * Python code, Python's constants, exception types, reprs ({@code <threading.Condition object>}) and CPython's
 * bytecode names (what the micro-op grain shows), the file's name, the expect items as written,
 * and the terms Chinese keeps (GIL, I/O, await, fork, spawn, CPython, Lockstep, English as the name of the other
 * language, a scenario's {@code id}, Python's {@code <module>}). The library's list of scenarios is the files' text.
 */
@ExtendWith(ApplicationExtension.class)
class ChinesePanelsTest {
    private static final Set<String> TERMS = Set.of("GIL", "I", "O", "await", "fork", "spawn", "CPython", "Python", "Lockstep",
            "English", "None", "True", "False", "Ellipsis", "NotImplemented", "yaml", "py", "id", "module");
    /** Python's keywords are English words: they do not make a word data. */
    private static final Set<String> PYTHON_KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** A Python repr in angle brackets ({@code <threading.Condition object>}) or a number in scientific notation. */
    private static final Pattern PYTHON_DATA = Pattern.compile("<[^<>]*>|\\d(\\.\\d+)?e[-+]?\\d+");
    /** CPython's bytecode names, as the micro-op grain shows them ({@code LOAD_GLOBAL x}). */
    private static final Pattern OPCODE = Pattern.compile("[A-Z]+(_[A-Z]+)+|[A-Z]{4,}");
    private static final Pattern EXCEPTION = Pattern.compile("[A-Z][A-Za-z]*(Error|Exception|Exit|Interrupt)");
    private static final Path LIBRARY = Path.of(System.getProperty("lockstep.root", "..")).resolve(
            "sim-core/src/main/resources/lockstep/sim/library");

    @TempDir
    Path config;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "lost-update");
    }

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Test
    void everyPanelSpeaksChineseThroughRunsOfEveryKind() throws IOException {
        Set<String> library = libraryNames();
        onFx(() -> window.i18n().setLocale(I18n.CHINESE));
        List<String> english = new ArrayList<>();
        int texts = 0;
        for (String id : List.of("lost-update", "condition-producers", "fork-deadlock", "mp-queue-pipe",
                "queue-producers-consumers", "work-tasks", "gil-cpu-bound-threads", "lock-order-deadlock")) {
            onFx(() -> window.openScenario(id));
            RunSession run = waitForRun(window);
            Set<String> data = dataWords(run, library);
            for (long at : new long[] {run.steps() / 3, 2 * run.steps() / 3, run.steps()}) {
                onFx(() -> window.playback().jumpTo(at));
                waitForDetail(window);
                waitUntil("the objects at step " + at, 30, () -> window.objects().getSnapshot() != null
                        && (window.objects().getSnapshot().step() == at
                        || window.objects().getSnapshot().finished() && at >= window.objects().getSnapshot().step()));
                for (String text : fx(this::windowTexts)) {
                    texts++;
                    for (String w : words(PYTHON_DATA.matcher(text).replaceAll(" "))) {
                        if (!data.contains(w) && !TERMS.contains(w) && !EXCEPTION.matcher(w).matches()
                                && !OPCODE.matcher(w).matches()) {
                            english.add(id + " at " + at + ": '" + w + "' in '" + text + "'");
                        }
                    }
                }
            }
        }
        assertTrue(texts > 500, "too few texts: " + texts);
        assertEquals(List.of(), english.stream().distinct().limit(40).toList());
    }

    /** The words the run's data may use. */
    private Set<String> dataWords(RunSession run, Set<String> library) {
        Set<String> words = new TreeSet<>(library);
        Scenario scenario = fx(() -> window.workspace().document().scenario());
        words.addAll(words(scenario.program()));
        words.addAll(words(scenario.id()));
        for (Expectation e : scenario.expect()) {
            words.addAll(words(e.description()));
        }
        for (TraceThread t : run.result().trace().threads()) {
            words.addAll(words(t.name()));
        }
        for (TraceEvent e : run.result().trace().events()) {
            if (e.at().task() != null) {
                words.addAll(words(e.at().task()));
            }
        }
        return words;
    }

    /** Every text of the window outside the program and the output (shown or in a tab not selected). */
    private List<String> windowTexts() {
        List<String> texts = new ArrayList<>();
        collect(window.scene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        String id = node.getId();
        // The program, its output, the narration's line of it and the library's list of scenarios (their ids and
        // titles) are the files' text.
        if ("program-area".equals(id) || "output-text".equals(id) || "library-tree".equals(id)
                || "narration-code".equals(id)) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        } else if (node instanceof Text t && t.getText() != null) {
            texts.add(t.getText());
        } else if (node instanceof TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** The names in the library's Python code: the narration of a step inside it reads them ({@code self}). */
    private static Set<String> libraryNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(LIBRARY)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                // The code's names only: not its docstrings, comments and strings, which are English prose.
                String code = Files.readString(file).replaceAll("(?s)\"\"\".*?\"\"\"|'''.*?'''", " ")
                        .replaceAll("#[^\\n]*", " ").replaceAll("\"[^\"\\n]*\"|'[^'\\n]*'", " ");
                names.addAll(words(code));
            }
        }
        names.removeAll(PYTHON_KEYWORDS);
        return names;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
