package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the input, the parser returns a tree or throws a well-formed ProgramError, never anything else. */
class ParserRobustnessTest {
    private static final String[] PIECES = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\n", "\n", "    ", "\t", " ", " ", "=", "==", "+", "-",
        "*", "**", "/", "//", "%", "@", "<", ">", "!", "~", ".", "...", "'", "\"", "'''", "\"\"\"", "f'", "f\"",
        "rb'", "b'", "\\", "\\\n", "#", "x", "y1", "_", "名字", "，", "0", "1", "0x", "0o8", "1e", "1.5", "1j", "if",
        "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "lambda", "not", "and", "or", "is",
        "async", "await", "with", "as", "try", "except", "finally", "raise", "from", "import", "global",
        "nonlocal", "del", "pass", "break", "continue", "match", "case", "print", ":=", "->", "\r\n", "\r",
        "\u00a0", "\uFEFF", "\0", "{x}", "{x!r:>{w}}", "\\N{EM DASH}", "\\x4", "$", "?", "`", "😀", "\f"};

    /** Parses and checks that any failure is a ProgramError with a sensible position and message. */
    static void parseSafely(String source) {
        try {
            Parser.parse("fuzz.py", source);
        } catch (ProgramError e) {
            assertTrue(e.line() >= 1 && e.col() >= 1, () -> "bad position " + e.getMessage() + " for " + show(source));
            long lines = source.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            assertTrue(e.line() <= lines + 1, () -> "line past the end: " + e.getMessage() + " for " + show(source));
            String r = e.reason();
            assertTrue(r.startsWith("SyntaxError: ") || r.startsWith("IndentationError: ")
                    || r.startsWith("TabError: ") || r.startsWith("unsupported: "), () -> "bad reason " + r);
        } catch (Throwable t) {
            throw new AssertionError("crashed on " + show(source), t);
        }
    }

    private static String show(String s) {
        String shown = s.length() > 300 ? s.substring(0, 300) + "..." : s;
        return "\"" + shown.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0")
                + "\"";
    }

    static Stream<Arguments> pathological() {
        int n = 10_000;
        return Stream.of(
                Arguments.of("open parens", "(".repeat(n)),
                Arguments.of("balanced parens", "(".repeat(n) + ")".repeat(n)),
                Arguments.of("balanced brackets", "x = " + "[".repeat(n) + "]".repeat(n)),
                Arguments.of("open braces", "{".repeat(n)),
                Arguments.of("close parens", ")".repeat(n)),
                Arguments.of("minus", "-".repeat(n) + "1"),
                Arguments.of("plus and invert", "+~".repeat(n) + "1"),
                Arguments.of("not", "not ".repeat(n) + "x"),
                Arguments.of("await", "async def f():\n    " + "await ".repeat(n) + "x"),
                Arguments.of("power", String.join("**", java.util.Collections.nCopies(n, "2"))),
                Arguments.of("lambda", "lambda: ".repeat(n) + "0"),
                Arguments.of("conditional", "x = " + "a if b else ".repeat(n) + "c"),
                Arguments.of("star", "*".repeat(n) + "x"),
                Arguments.of("long sum", "x = " + String.join(" + ", java.util.Collections.nCopies(100_000, "1"))),
                Arguments.of("long attribute chain", "x" + ".a".repeat(100_000)),
                Arguments.of("long call chain", "f" + "()".repeat(50_000)),
                Arguments.of("long subscript chain", "x" + "[0]".repeat(50_000)),
                Arguments.of("long comparison", "x = " + String.join(" < ", java.util.Collections.nCopies(50_000, "a"))),
                Arguments.of("long boolean", "x = " + String.join(" and ", java.util.Collections.nCopies(50_000, "a"))),
                Arguments.of("long elif chain", "if a: pass\n" + "elif b: pass\n".repeat(n)),
                Arguments.of("indentation staircase", staircase(1000)),
                Arguments.of("nested f-strings", "f\"{f'{f\"\"\"{f'''{x}'''}\"\"\"}'}\""),
                Arguments.of("brackets in f-string", "f\"{" + "(".repeat(n) + "x" + ")".repeat(n) + "}\""),
                Arguments.of("quotes", "\"".repeat(n)),
                Arguments.of("triple quotes", "'''".repeat(n)),
                Arguments.of("backslashes", "\\".repeat(n)),
                Arguments.of("newlines", "\n".repeat(n)),
                Arguments.of("semicolons", "x = 1;".repeat(n)),
                Arguments.of("colons", ":".repeat(n)),
                Arguments.of("dedent storm", staircase(90) + "\n" + "x = 1\n".repeat(10)),
                Arguments.of("nested lists and unary", "x = " + "[-".repeat(99) + "1" + "]".repeat(99)),
                Arguments.of("nested calls", "x = " + "f(".repeat(99) + "1" + ")".repeat(99)));
    }

    private static String staircase(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("pass\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void pathologicalInputNeverCrashes(String name, String source) {
        parseSafely(source);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomTokenSoupNeverCrashes() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomBytesNeverCrash() {
        Random random = new Random(7L);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(80)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : (char) (random.nextInt(96) + 10);
            }
            parseSafely(new String(chars));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void mutatedProgramsNeverCrash() {
        List<String> programs = new ArrayList<>();
        for (TestResources.NamedSource p : TestResources.programs("ast-cases.txt")) {
            programs.add(p.source());
        }
        for (TestResources.NamedSource p : TestResources.programs("syntax-errors.txt")) {
            programs.add(p.source());
        }
        Random random = new Random(42L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(programs.get(random.nextInt(programs.size())));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(4)) {
                    case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(8)));
                    case 1 -> sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    case 2 -> {
                        int end = Math.min(sb.length(), at + 1 + random.nextInt(20));
                        sb.insert(at, sb.substring(at, end));
                    }
                    default -> {
                        int other = random.nextInt(sb.length());
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(other));
                        sb.setCharAt(other, c);
                    }
                }
            }
            parseSafely(sb.toString());
        }
    }

    /**
     * The deepest input the limits allow must parse on a thread with a small stack (the simulator may parse off
     * the main thread), so the limits, not the stack size, decide what is refused.
     */
    @Test
    void deepestAllowedInputParsesOnASmallStack() throws InterruptedException {
        String brackets = "(".repeat(Tokenizer.MAX_BRACKET_DEPTH - 2); // plus "[" and "f(" below
        String unary = "-".repeat(Nesting.MAX_DEPTH - 1);
        String deep = "x = " + brackets + "[" + unary + "f(lambda: 1)" + "]" + ")".repeat(brackets.length()) + "\n";
        String source = staircase(98).replace("pass\n", deep);
        // The tree checks after parsing recurse too: the deepest tree allowed must pass as well.
        String deepTree = "def f():\n    x = " + String.join(" + ", java.util.Collections.nCopies(TreeDepth.MAX_DEPTH - 4, "a"))
                + "\n    return [lambda: x for _ in (x,)]\n";
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Parser.parse("deep.py", source);
                Parser.parse("deep-tree.py", deepTree);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack-parser", 512 * 1024);
        t.start();
        t.join();
        assertNull(failure.get(), () -> "failed on a 512 KiB stack: " + failure.get());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void severalMegabytesParse() throws ProgramError {
        String unit = TestResources.read("seed-programs/004-05.py") + "\n" + TestResources.read("seed-programs/004-08.py")
                + "\nx = [f\"{i:>4}\" for i in range(10) if i % 2] + [{'k': (1, 2.5, 'v')}]\n";
        int copies = 4_000_000 / unit.length() + 1;
        String source = unit.repeat(copies);
        assertTrue(source.length() > 4_000_000);
        Module m = Parser.parse("big.py", source);
        int perUnit = Parser.parse("unit.py", unit).body().size();
        assertEquals(perUnit * copies, m.body().size());
    }

    @Test
    void errorInHugeInputIsStillPositioned() {
        String source = "x = 1\n".repeat(200_000) + "y = = 2\n";
        try {
            Parser.parse("big.py", source);
            fail("expected a syntax error");
        } catch (ProgramError e) {
            assertEquals("200001:5 SyntaxError: invalid syntax", e.line() + ":" + e.col() + " " + e.reason());
        }
    }

    /**
     * Found by the fuzzer: unclosed brackets over several lines, each holding a few comprehensions, with a stray
     * control character at the end. Trying every reading took 40 seconds; the parse is now refused once it has
     * looked at tokens {@link TokenCursor#LOOKS_PER_TOKEN} times per token, at the furthest token it reached.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void bracketsThatCanBeReadInTooManyWaysAreRefusedAtOnce() {
        String line = "asyncifor[[[[its for  r[[[[its for[ts for  r[[[[its for[[[[its for  r[\n";
        String source = "for[[[[its for  r[[[[its for[[[[its for  r[\n" + line + line + line
                + "asyncifor[[[[its for  r[[[[its for[[[[its for  \u0012\u0012[[its for[[[[\n";
        try {
            Parser.parse("brackets.py", source);
            fail("expected a syntax error");
        } catch (ProgramError e) {
            assertEquals("5:48 SyntaxError: too complex to parse: the brackets here can be read in too many ways",
                    e.line() + ":" + e.col() + " " + e.reason());
        }
    }
}
