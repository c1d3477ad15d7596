package lockstep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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
            "Prints a script that completes lockstep's commands, options and the values an option lists (such "
                    + "as --grain operation|line|micro-op) in bash or zsh.",
            "Exit status: 0, or 2 for a usage error."
        },
        footer = {"", "Examples:",
            "  source <(lockstep completion bash)                   # this shell only",
            "  lockstep completion bash > ~/.local/share/bash-completion/completions/lockstep",
            "  lockstep completion zsh > \"$${fpath[1]}/_lockstep\"    # then start a new zsh"})
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
        offerLabelledValues(root);
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Offers, for each option whose label lists its values ({@code --grain operation|line|micro-op}), those values:
     * picocli would offer an enum's constant names ({@code MICRO_OP}), which the options' converters refuse.
     */
    static void offerLabelledValues(CommandLine command) {
        CommandSpec commandSpec = command.getCommandSpec();
        for (OptionSpec option : List.copyOf(commandSpec.options())) {
            String label = option.paramLabel();
            if (!option.hidden() && LISTED_VALUES.matcher(label).matches()) {
                commandSpec.remove(option);
                commandSpec.addOption(option.toBuilder().completionCandidates(List.of(label.split("\\|"))).build());
            }
        }
        command.getSubcommands().values().forEach(CompletionCommand::offerLabelledValues);
    }

    private static final Pattern LISTED_VALUES = Pattern.compile("[a-z0-9:-]+(\\|[a-z0-9:-]+)+");
}
