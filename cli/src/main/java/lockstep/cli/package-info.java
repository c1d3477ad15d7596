/**
 * The {@code lockstep} command line (picocli): {@link lockstep.cli.Main} runs a subcommand, or, given none, opens the
 * app it is handed from above (this module knows no JavaFX); {@link lockstep.cli.RunCommand} simulates a scenario
 * once and prints its output, a streamed {@code --trace} or a {@code --json} report.
 */
package lockstep.cli;
