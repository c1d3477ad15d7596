package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import lockstep.cli.CliTest.Invocation;
import lockstep.sim.explore.ExploreProgress;
import org.junit.jupiter.api.Test;

/** {@code lockstep explore}'s options checked before any search starts, and its monitor of the wall clock. */
class ExploreCommandTest {
    private static final String NL = System.lineSeparator();

    private static void assertUsage(String message, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "explore";
        System.arraycopy(args, 0, all, 1, args.length);
        Invocation run = lockstep(all);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("lockstep: " + message + NL + "Try 'lockstep explore --help' for more information." + NL,
                run.err());
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhy() {
        assertUsage("Invalid value for option '--mode': expected states, dpor, all, pct or random but was 'bfs'",
                "lost-update", "--mode", "bfs");
        assertUsage("Invalid value for option '--grain': expected operation or micro-op but was 'line'",
                "lost-update", "--grain", "line");
        assertUsage("--policy for explore can only be gil (the explorer makes every other choice itself); was 'rr'",
                "lost-update", "--policy", "rr");
        assertUsage("--max-seconds must be above 0", "lost-update", "--max-seconds", "0");
        assertUsage("--max-executions must be at least 1, was 0", "lost-update", "--max-executions", "0");
        assertUsage("--max-states must be at least 1, was -5", "lost-update", "--max-states", "-5");
        assertUsage("--preemption-bound must be at least 0, was -1", "lost-update", "--preemption-bound", "-1");
        assertUsage("--preemption-bound bounds a systematic search (--mode states, dpor or all), not --mode random",
                "lost-update", "--mode", "random", "--preemption-bound", "2");
        assertUsage("--runs is for --mode pct or random", "lost-update", "--runs", "10");
        assertUsage("--runs must be at least 1, was 0", "lost-update", "--mode", "pct", "--runs", "0");
        assertUsage("--depth is for --mode pct", "lost-update", "--mode", "random", "--depth", "2");
        assertUsage("--depth must be at least 1, was 0", "lost-update", "--mode", "pct", "--depth", "0");
        assertUsage("--cores must be from 1 to 64", "lost-update", "--cores", "65");
        assertUsage("--max-steps must be at least 1, was 0", "lost-update", "--max-steps", "0");
        assertUsage("--outcome chooses the schedule to save: it needs --save-schedule FILE", "lost-update",
                "--outcome", "2");
        assertUsage("--outcome must be at least 1, was 0", "lost-update", "--outcome", "0", "--save-schedule", "f");
        assertUsage("Invalid value for option '--lang': expected one of [en, zh] (case-sensitive) but was 'fr'",
                "lost-update", "--lang", "fr");
    }

    @Test
    void setNeedsAnAssignmentToChange() {
        assertUsage("--set M: the program has no top-level assignment 'M = ...' to change", "lost-update",
                "--set", "M=3");
        assertUsage("--set expects NAME=VALUE, a global's name and a Python expression (like N=3), but was 'N:3'",
                "lost-update", "--set", "N:3");
        assertUsage("--set N: '(' is not a Python expression", "lost-update", "--set", "N=(");
    }

    /** {@code run} and {@code export} take {@code --set} too, so a schedule explored with it replays. */
    @Test
    void runSetsAConstantToo() throws Exception {
        Invocation run = lockstep("run", "lost-update", "--set", "N=5", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[\"x = 10 (expected 10)\"]", new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out())
                .get("output").toString(), "the program ran with N = 5");
        Invocation missing = lockstep("run", "lost-update", "--set", "M=5");
        assertEquals(2, missing.exitCode());
        assertEquals("lockstep: --set M: the program has no top-level assignment 'M = ...' to change" + NL
                + "Try 'lockstep run --help' for more information." + NL, missing.err());
    }

    @Test
    void aScenarioThatCannotBeLoadedExitsWithOne() {
        Invocation run = lockstep("explore", "no-such-scenario.yaml");
        assertEquals(1, run.exitCode());
        assertEquals("no-such-scenario.yaml: no such file" + NL, run.err());
    }

    @Test
    void exploreIsACommandWithHelp() {
        Invocation top = lockstep("--help");
        assertTrue(top.out().contains("  explore "), top.out());
        Invocation help = lockstep("explore", "--help");
        assertEquals(0, help.exitCode());
        for (String option : new String[] {"--mode", "--max-seconds", "--max-executions", "--max-states",
                "--preemption-bound", "--cores", "--policy", "--grain", "--runs", "--depth", "--seed",
                "--stop-at-first-deadlock", "--max-steps", "--set", "--lang", "--json", "--save-schedule",
                "--outcome"}) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
    }

    @Test
    void theMonitorStopsAtTheTimeLimitAndShowsProgressOnceASecond() {
        AtomicLong now = new AtomicLong(-5_000_000_000L);
        StringWriter progress = new StringWriter();
        SearchMonitor monitor = new SearchMonitor(now::get, 2.5, new PrintWriter(progress), new ReportTexts("en"));
        monitor.progress(new ExploreProgress(10, 20, 1, false));
        assertEquals("", progress.toString(), "nothing in the first second");
        now.addAndGet(1_200_000_000L);
        monitor.progress(new ExploreProgress(12_345, 67_890, 3, true));
        assertEquals("\r12,345 executions · 67,890 states · 3 outcomes · 1.200 s · deadlock found",
                progress.toString());
        now.addAndGet(500_000_000L);
        monitor.progress(new ExploreProgress(12_400, 68_000, 3, true));
        assertEquals(false, monitor.stopRequested());
        now.addAndGet(800_000_000L);
        assertEquals(true, monitor.stopRequested());
        monitor.progress(new ExploreProgress(20_000, 70_000, 4, false));
        String shown = "\r12,345 executions · 67,890 states · 3 outcomes · 1.200 s · deadlock found"
                + "\r20,000 executions · 70,000 states · 4 outcomes · 2.500 s" + " ".repeat(17);
        assertEquals(shown, progress.toString());
        monitor.finish();
        assertEquals(shown + "\r" + " ".repeat(73) + "\r", progress.toString());
        assertEquals(2.5, monitor.seconds());

        SearchMonitor unlimited = new SearchMonitor(() -> Long.MIN_VALUE + 1, null, null, new ReportTexts("en"));
        assertEquals(false, unlimited.stopRequested());
    }
}
