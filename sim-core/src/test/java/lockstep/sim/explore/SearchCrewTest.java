package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The threads that share a search: who searches a subtree handed over, and what reaches the thread that needs it. */
class SearchCrewTest {
    @Test
    void anIdleThreadTakesWhatIsHandedOver() {
        try (SearchCrew<Thread> crew = new SearchCrew<>(1)) {
            awaitTrue(crew::wanted);
            SearchCrew<Thread>.Job job = crew.handOver(Thread::currentThread);
            awaitTrue(job::claimed);
            Thread searcher = job.join();
            assertNotSame(Thread.currentThread(), searcher);
            assertTrue(searcher.getName().startsWith("lockstep-search-"), searcher::getName);
        }
    }

    @Test
    void withNobodyIdleTheThreadThatNeedsItSearchesIt() {
        try (SearchCrew<Thread> crew = new SearchCrew<>(0)) {
            assertEquals(false, crew.wanted());
            assertSame(Thread.currentThread(), crew.handOver(Thread::currentThread).join());
        }
    }

    @Test
    void aFailureReachesTheThreadThatJoins() {
        try (SearchCrew<Integer> crew = new SearchCrew<>(1)) {
            SearchCrew<Integer>.Job job = crew.handOver(() -> {
                throw new IllegalStateException("subtree failed");
            });
            assertEquals("subtree failed", assertThrows(IllegalStateException.class, job::join).getMessage());
        }
    }

    /** Waits for another thread to make {@code condition} true, failing after ten seconds. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.onSpinWait();
        }
    }
}
