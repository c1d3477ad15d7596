/**
 * The {@code lockstep} command line (picocli): {@link lockstep.cli.Main} opens the app when given no arguments and
 * otherwise runs a subcommand; {@link lockstep.cli.RunCommand} simulates a scenario once and prints its output, a
 * streamed {@code --trace} or a {@code --json} report.
 */
package lockstep.cli;
