package lockstep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        subcommands = {RunCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  lockstep run hello", "  lockstep run increment --trace",
            "  lockstep run my-scenario.yaml --json --seed 7"})
final class LockstepCommand implements Runnable {
    private final Runnable openApp;

    LockstepCommand(Runnable openApp) {
        this.openApp = openApp;
    }

    @Override
    public void run() {
        openApp.run();
    }

    /** {@code lockstep VERSION}, the version filtered into the jar by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = LockstepCommand.class.getResourceAsStream("/lockstep/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"lockstep " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
