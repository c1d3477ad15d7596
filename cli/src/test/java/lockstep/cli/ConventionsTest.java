package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's conventions: shell completion generated from the commands, help with examples for every
 * command, NO_COLOR, and a format version in every machine-readable output.
 */
class ConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CommandLine commandLine(Map<String, String> env) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), () -> { },
                env);
    }

    @Test
    void everyCommandsHelpHasExamplesThatParse() {
        CommandLine root = commandLine(Map.of());
        for (CommandLine command : root.getSubcommands().values()) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            Invocation help = lockstep(command.getCommandName(), "--help");
            assertEquals(0, help.exitCode(), command.getCommandName());
            assertTrue(help.out().contains("Examples:"), command.getCommandName() + " --help:\n" + help.out());
            assertFalse(help.out().contains("null"), "a ${...} the help meant for the shell: " + help.out());
            for (String line : help.out().substring(help.out().indexOf("Examples:")).lines().toList()) {
                // The command alone: without its comment and what the shell does with its output.
                String example = line.strip().replaceAll("\\s+#.*", "").split(" [>|] ")[0];
                if (!example.startsWith("lockstep " + command.getCommandName() + " ")) {
                    continue;
                }
                // Each example's options exist and take the values shown: parsing it throws otherwise.
                String[] words = example.substring("lockstep ".length()).split(" ");
                commandLine(Map.of()).parseArgs(words);
            }
        }
    }

    @Test
    void noColorTurnsColourOffAndAnEmptyOneDoesNot() {
        assertEquals(CommandLine.Help.Ansi.OFF, commandLine(Map.of("NO_COLOR", "1")).getColorScheme().ansi());
        assertEquals(CommandLine.Help.Ansi.AUTO, commandLine(Map.of("NO_COLOR", "")).getColorScheme().ansi());
        assertEquals(CommandLine.Help.Ansi.AUTO, commandLine(Map.of()).getColorScheme().ansi());
        String help = commandLine(Map.of("NO_COLOR", "yes")).getUsageMessage();
        assertFalse(help.contains("\u001b["), help);
        assertTrue(commandLine(Map.of()).getUsageMessage(CommandLine.Help.Ansi.ON).contains("\u001b["),
                "the help has colour to take away");
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptionsInBash() throws Exception {
        Invocation script = lockstep("completion", "bash");
        assertEquals(0, script.exitCode(), script.err());
        Path file = Files.writeString(dir.resolve("lockstep-completion.bash"), script.out());
        assertEquals(List.of("explore", "export"), complete(file, "lockstep ex"));
        List<String> options = complete(file, "lockstep run --save");
        assertEquals(List.of("--save-schedule"), options);
        assertTrue(complete(file, "lockstep export --").contains("--format"));
        // Values as the options take them, not picocli's enum constant names (MICRO_OP).
        assertEquals(List.of("line", "micro-op", "operation"), complete(file, "lockstep run hello --grain "));
        assertEquals(List.of("chrome-json", "perfetto", "png", "svg"), complete(file, "lockstep export x --format "));
        assertEquals(script.out(), lockstep("completion", "zsh").out(), "one script serves both shells");
        assertEquals(2, lockstep("completion", "fish").exitCode());
    }

    /** What bash offers after {@code line}, by calling the script's completion function as bash would. */
    private static List<String> complete(Path script, String line) throws Exception {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + words + ")\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                // compopt only works inside a completion bash itself started: its complaint is not what is checked
                + "_complete_lockstep lockstep \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void jsonReportsCarryTheirFormatVersionFirst() throws IOException {
        Path program = Files.writeString(dir.resolve("x.py"), "x = 1\n");
        JsonNode run = JSON.readTree(lockstep("run", "--json", program.toString()).out());
        assertEquals("formatVersion", run.fieldNames().next());
        assertEquals(JsonReport.FORMAT_VERSION, run.get("formatVersion").asInt());
        JsonNode explore = JSON.readTree(lockstep("explore", "--json", program.toString()).out());
        assertEquals("formatVersion", explore.fieldNames().next());
        assertEquals(1, explore.get("formatVersion").asInt());
    }

    @Test
    void savedSchedulesCarryTheirFormatVersion() throws IOException {
        Path program = Files.writeString(dir.resolve("x.py"), "x = 1\n");
        Path schedule = dir.resolve("s.txt");
        assertEquals(0, lockstep("run", program.toString(), "--save-schedule", schedule.toString()).exitCode());
        String text = Files.readString(schedule);
        assertTrue(text.startsWith("# lockstep schedule, formatVersion 1:"), text);
        Files.writeString(schedule, text.replace("formatVersion 1", "formatVersion 2"));
        Invocation newer = lockstep("run", program.toString(), "--schedule", schedule.toString());
        assertEquals(1, newer.exitCode(), newer.err());
        assertTrue(newer.err().contains("a schedule of formatVersion 2, newer than this Lockstep reads (1)"),
                newer.err());
    }
}
