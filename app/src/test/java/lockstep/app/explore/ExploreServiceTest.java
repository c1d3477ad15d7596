package lockstep.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreProgress;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.StopReason;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explore service with a stand-in search that runs until it is told to stop: Cancel stops it through its
 * monitor and what it found is delivered; a newer request stops it and drops its result.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreServiceTest {
    /** Searches until the monitor says stop, reporting progress; the result names how many searches ran before. */
    private final AtomicInteger started = new AtomicInteger();
    private final ExploreService service = new ExploreService(this::searchUntilStopped);
    private final List<ExploreFinished> delivered = new ArrayList<>();
    private final List<ExploreProgress> progress = new ArrayList<>();

    private ExploreResult searchUntilStopped(lockstep.sim.Program program, RunOptions run, ExploreOptions options,
                                             ExploreMonitor monitor) {
        long search = started.incrementAndGet();
        long executions = 0;
        while (!monitor.stopRequested()) {
            monitor.progress(new ExploreProgress(++executions, executions * 2, (int) search, false));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return new ExploreResult(List.of(), java.math.BigInteger.valueOf(search), executions, 0,
                StopReason.STOPPED, null, null);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static ExploreRequest request() throws Exception {
        ScenarioDocument doc = ScenarioDocument.bundled(ScenarioLoader.load("x.py", "x = 1\n"), "x.py", "x = 1\n");
        return new ExploreRequest(doc, "x = 1\n", RunOptions.defaults(), ExploreOptions.defaults());
    }

    private void submit() throws Exception {
        ExploreRequest request = request();
        WaitForAsyncUtils.asyncFx(() -> service.submit(request, progress::add, delivered::add)).get();
    }

    private void waitUntil(java.util.function.Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
    }

    @Test
    void cancelStopsTheSearchThroughItsMonitorAndDeliversWhatItFound() throws Exception {
        submit();
        waitUntil(() -> !progress.isEmpty());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> service.busyProperty().get()).get());
        WaitForAsyncUtils.asyncFx(service::cancel).get();
        waitUntil(() -> !delivered.isEmpty());
        ExploreFinished.Done done = assertInstanceOf(ExploreFinished.Done.class, delivered.get(0));
        assertEquals(StopReason.STOPPED, done.result().stopReason());
        assertFalse(done.result().complete());
        assertFalse(WaitForAsyncUtils.asyncFx(() -> service.busyProperty().get()).get());
    }

    @Test
    void aNewerRequestStopsTheSearchUnderWayAndOnlyItsOwnResultIsDelivered() throws Exception {
        submit();
        waitUntil(() -> !progress.isEmpty());
        submit();
        waitUntil(() -> started.get() == 2);
        WaitForAsyncUtils.asyncFx(service::cancel).get();
        waitUntil(() -> !delivered.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, delivered.size());
        ExploreFinished.Done done = assertInstanceOf(ExploreFinished.Done.class, delivered.get(0));
        assertEquals(java.math.BigInteger.TWO, done.result().interleavings(), "the second search's result");
    }

    @Test
    void aProgramThatDoesNotCompileIsReportedWithoutSearching() throws Exception {
        ScenarioDocument doc = ScenarioDocument.bundled(ScenarioLoader.load("x.py", "x = 1\n"), "x.py", "x = 1\n");
        ExploreRequest broken = new ExploreRequest(doc, "x = = 1\n", RunOptions.defaults(), ExploreOptions.defaults());
        WaitForAsyncUtils.asyncFx(() -> service.submit(broken, progress::add, delivered::add)).get();
        waitUntil(() -> !delivered.isEmpty());
        ExploreFinished.NotCompiled notCompiled = assertInstanceOf(ExploreFinished.NotCompiled.class,
                delivered.get(0));
        assertEquals(1, notCompiled.error().line());
        assertEquals(0, started.get());
    }
}
