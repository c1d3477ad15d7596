package lockstep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level {@code lockstep} command: opens the app unless a subcommand is given. */
@Command(name = "lockstep",
        mixinStandardHelpOptions = true,
        versionProvider = LockstepCommand.Version.class,
        sortOptions = false,
        description = {
            "Lockstep shows how threads, processes and coroutines are scheduled and synchronized, by simulating "
                    + "small Python programs (scenarios) deterministically, step by step.",
            "",
            "With no command, opens the app."
        },
        subcommands = {RunCommand.class, ExploreCommand.class, ExportCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  lockstep run hello", "  lockstep run increment --trace",
            "  lockstep run my-scenario.yaml --json --seed 7",
            "  lockstep explore lost-update --set N=2",
            "  lockstep export lock-order-deadlock --format png --out deadlock.png --scale 2",
            "  source <(lockstep completion bash)",
            "",
            "Environment: NO_COLOR (set and not empty) keeps colour out of the help."})
final class LockstepCommand implements Callable<Integer> {
    private final Runnable openApp;

    @Spec
    CommandSpec spec;

    // Hidden options of the app itself, read again by lockstep.app.LockstepApp from the raw arguments: they
    // measure the launch and take the README's screenshot.
    @Option(names = "--measure-startup", hidden = true)
    boolean measureStartup;
    @Option(names = "--screenshot", hidden = true)
    String screenshot;
    @Option(names = "--open", hidden = true)
    String open;
    @Option(names = "--step", hidden = true)
    Long step;
    @Option(names = "--theme", hidden = true)
    String theme;
    @Option(names = "--lang", hidden = true)
    String lang;
    @Option(names = "--presentation", hidden = true)
    boolean presentation;
    @Option(names = "--explore", hidden = true)
    boolean explore;

    LockstepCommand(Runnable openApp) {
        this.openApp = openApp;
    }

    /** Opens the app; without a display, says so and how to do without, rather than printing a stack trace. */
    @Override
    public Integer call() {
        try {
            openApp.run();
            return 0;
        } catch (UnsupportedOperationException e) {
            spec.commandLine().getErr().println("lockstep: cannot open the window: " + e.getMessage() + "\n"
                    + "Without a display, run a scenario with 'lockstep run SCENARIO' (see 'lockstep --help'), "
                    + "or open the window under xvfb-run.");
            return 1;
        }
    }

    /** {@code lockstep VERSION}, the version filtered into the jar by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = LockstepCommand.class.getResourceAsStream("/lockstep/cli/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"lockstep " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
