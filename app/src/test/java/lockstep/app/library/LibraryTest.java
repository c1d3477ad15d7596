package lockstep.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryTest {
    private final BundledLibrary library = load();

    private static BundledLibrary load() {
        try {
            return BundledLibrary.load(LibraryTest.class.getClassLoader());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyBundledScenarioIsListedOnceUnderATopicAndEveryTopicOfACourseHasScenarios() {
        assertTrue(library.entries().size() >= 40, "bundled: " + library.entries().size());
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        library.entries().forEach(e -> topics.add(e.topic()));
        assertEquals(EnumSet.allOf(Topic.class), topics);
        assertEquals(Topic.DEADLOCK, library.byId("philosophers-deadlock").topic());
        assertEquals(Topic.SYNCHRONIZATION, library.byId("lost-update-lock").topic());
        assertEquals(Topic.THREADS, library.byId("lost-update").topic());
        assertEquals(Topic.PROCESSES, library.byId("fork-deadlock").topic());
        assertEquals(Topic.GIL, library.byId("gil-convoy-effect").topic());
    }

    @Test
    void aScenarioFromElsewhereIsPlacedByItsTags() {
        assertEquals(Topic.ASYNCIO, Topic.of("", List.of("asyncio")));
        assertEquals(Topic.DEADLOCK, Topic.of("", List.of("threads", "deadlock")));
        assertEquals(Topic.PROCESSES, Topic.of("", List.of("fork")));
        assertEquals(Topic.BASICS, Topic.of("", List.of()));
    }

    @Test
    void searchMatchesEveryWordInTitlesOfBothLanguagesIdsAndTags() {
        LibraryEntry lost = library.byId("lost-update");
        assertTrue(lost.matches("lost update"));
        assertTrue(lost.matches("RACE"));
        assertTrue(lost.matches("丢失"));
        assertTrue(lost.matches(""));
        assertTrue(!lost.matches("lost fork"));
    }
}
