package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler options, schedules, deadlocks and races through the command line. */
class ThreadsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOST_UPDATE = "import threading\nx = 0\ndef inc():\n    global x\n"
            + "    for i in range(200):\n        x += 1\nts = [threading.Thread(target=inc) for _ in range(2)]\n"
            + "for t in ts: t.start()\nfor t in ts: t.join()\nprint(x)\n";
    private static final String DEADLOCK = "import threading, time\na = threading.Lock()\nb = threading.Lock()\n"
            + "def one():\n    with a:\n        time.sleep(0.1)\n        with b:\n            pass\n"
            + "def two():\n    with b:\n        time.sleep(0.1)\n        with a:\n            pass\n"
            + "t1 = threading.Thread(target=one, name='T1')\nt2 = threading.Thread(target=two, name='T2')\n"
            + "t1.start(); t2.start()\nt1.join(); t2.join()\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theSameSeedGivesByteIdenticalJson() throws IOException {
        Path program = file("lost.py", LOST_UPDATE);
        Invocation a = lockstep("run", program.toString(), "--json", "--policy", "random", "--seed", "4");
        Invocation b = lockstep("run", program.toString(), "--json", "--policy", "random", "--seed", "4");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(a.out(), b.out());
        JsonNode json = JSON.readTree(a.out());
        assertTrue(json.get("globals").get("x").asLong() < 400, a.out());
        assertEquals("x", json.get("races").get(0).get("variable").asText());
        assertEquals("write", json.get("races").get(0).get("first").get("kind").asText());
        JsonNode first = json.get("races").get(0).get("first");
        JsonNode second = json.get("races").get(0).get("second");
        assertTrue(first.get("threadId").isInt() && second.get("threadId").isInt(), json.toString());
        assertTrue(first.get("threadId").asInt() != second.get("threadId").asInt(), "a race is between two threads");
    }

    @Test
    void aDeadlockIsAResultWithItsCycle() throws IOException {
        Invocation run = lockstep("run", file("dead.py", DEADLOCK).toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("deadlock", json.get("status").asText());
        assertEquals("[\"T1\",\"b\",\"T2\",\"a\",\"T1\"]", json.get("deadlock").get("cycle").toString());
        assertEquals("[2,3,2]", json.get("deadlock").get("cycleThreadIds").toString());
        JsonNode waiting = json.get("deadlock").get("waiting").get(1);
        assertEquals("T1", waiting.get("thread").asText(), json.toString());
        assertEquals(2, waiting.get("threadId").asInt());
        assertEquals(3, waiting.get("heldById").asInt());
        Invocation text = lockstep("run", file("dead2.py", DEADLOCK).toString());
        assertTrue(text.out().contains("-- deadlock ·"), text.out());
        assertTrue(text.err().contains("deadlock: T1 → b → T2 → a → T1"), text.err());
        assertNoStackTrace(text);
    }

    @Test
    void aSavedScheduleReplaysTheRun() throws IOException {
        Path program = file("lost.py", LOST_UPDATE);
        Path schedule = dir.resolve("run.schedule");
        Invocation first = lockstep("run", program.toString(), "--policy", "random", "--seed", "9",
                "--save-schedule", schedule.toString());
        Invocation replay = lockstep("run", program.toString(), "--schedule", schedule.toString());
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(first.out(), replay.out());
        Files.writeString(schedule, "1 3\n9 4\n");
        Invocation diverged = lockstep("run", program.toString(), "--schedule", schedule.toString());
        assertTrue(diverged.err().contains("diverges"), diverged.err());
        Files.writeString(schedule, "1 three\n");
        Invocation malformed = lockstep("run", program.toString(), "--schedule", schedule.toString());
        assertEquals(1, malformed.exitCode());
        assertTrue(malformed.err().contains("line 1: expected '<thread id> <steps>'"), malformed.err());
    }

    @Test
    void schedulerOptionsAreChecked() throws IOException {
        Path program = file("lost.py", LOST_UPDATE);
        assertEquals(2, lockstep("run", program.toString(), "--policy", "lottery").exitCode());
        assertEquals(2, lockstep("run", program.toString(), "--quantum", "0").exitCode());
        assertEquals(2, lockstep("run", program.toString(), "--cores", "0").exitCode());
        assertEquals(2, lockstep("run", program.toString(), "--policy", "replay").exitCode());
        Invocation twoCores = lockstep("run", program.toString(), "--cores", "2", "--quantum", "3");
        assertEquals(0, twoCores.exitCode(), twoCores.err());
    }

    @Test
    void theLostUpdateScenarioCountsItsLostUpdates() throws IOException {
        JsonNode json = JSON.readTree(lockstep("run", "lost-update", "--json").out());
        assertEquals(231, json.get("globals").get("x").asInt());
        assertEquals(169, json.get("lost_updates").asInt());
        assertEquals(1, json.get("races").size());
        assertEquals(563, json.get("races").get(0).get("count").asInt());
        Invocation text = lockstep("run", "lost-update");
        assertTrue(text.out().contains(" s virtual time · 169 lost updates"), text.out());
        assertEquals(0, JSON.readTree(lockstep("run", "lost-update-lock", "--json").out()).get("lost_updates").asInt());
    }
}
