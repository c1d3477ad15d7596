package lockstep.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lockstep completion bash|zsh}: prints the shell completion script picocli generates from the commands
 * themselves, so that it always offers the options this version has. One script serves both shells: zsh runs it
 * through its bash-completion layer ({@code bashcompinit}), which the script loads itself.
 */
@Command(name = "completion",
        sortOptions = false,
        description = {
            "Prints a script that completes lockstep's commands, options and bundled scenarios' option values in "
                    + "bash or zsh.",
            "Exit status: 0, or 2 for a usage error."
        },
        footer = {"", "Examples:",
            "  source <(lockstep completion bash)                   # this shell only",
            "  lockstep completion bash > ~/.local/share/bash-completion/completions/lockstep",
            "  lockstep completion zsh > \"${fpath[1]}/_lockstep\"     # then start a new zsh"})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script serves. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
