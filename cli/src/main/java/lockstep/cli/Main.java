package lockstep.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line's entry point. With no arguments it opens the app (when the app module is there to open: see
 * {@code lockstep.app.AppLauncher}); otherwise it runs a subcommand and exits with its code: 0 when the scenario
 * loaded and ran (whatever its status), 1 for a scenario that cannot be found, read, loaded or compiled, 2 for a
 * usage error, 70 for an internal error, 74 when the output could not be written. A reader that closes the pipe
 * early ({@code | head}) is no error: the command stops writing quietly.
 */
public final class Main {
    /** A bug in Lockstep rather than in what the user gave it (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    /** The output could not be written (sysexits' EX_IOERR). */
    public static final int OUTPUT_ERROR = 74;

    private Main() {}

    /** The command line alone, without the app: given no command it says that there is no window to open. */
    public static void main(String[] args) {
        run(args, () -> {
            throw new UnsupportedOperationException("the app is not on the class path");
        });
    }

    /** Runs {@code args} and exits with the command's code; {@code openApp} runs for no command. */
    public static void run(String[] args, Runnable openApp) {
        // UTF-8 whatever the locale, so that Chinese output never turns into question marks.
        WatchedOutput stdout = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = commandLine(out, err, openApp).execute(args);
        out.flush();
        exitCode = checkedOutput(exitCode, stdout, err);
        err.flush();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** {@code exitCode}, or {@link #OUTPUT_ERROR} with a message when the output was lost on its way. */
    static int checkedOutput(int exitCode, WatchedOutput stdout, PrintWriter err) {
        if (stdout.failure() == null || stdout.readerWentAway()) {
            return exitCode;
        }
        err.println("lockstep: cannot write the output: " + stdout.failure().getMessage());
        return OUTPUT_ERROR;
    }

    /** The whole command line, writing to {@code out} and {@code err}; {@code openApp} runs for no command. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Runnable openApp) {
        return commandLine(out, err, openApp, System.getenv());
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter, Runnable)}, with the environment given. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Runnable openApp, Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new LockstepCommand(openApp));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi(env)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getOut().flush();
            cmd.getErr().println("lockstep: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /**
     * Colour in the help only where picocli finds a terminal for it, and never when {@code NO_COLOR} is set to
     * anything but the empty string (no-color.org). The reports themselves are never coloured.
     */
    static CommandLine.Help.Ansi ansi(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? CommandLine.Help.Ansi.OFF : CommandLine.Help.Ansi.AUTO;
    }

    /** A usage error: the message and where to find help, without the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("lockstep: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
