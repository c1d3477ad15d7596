package lockstep.sim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Seeded random interleavings (java.util.Random, fixed seeds): properties that hold for every one. */
class RaceDetectorPropertyTest {
    private static final int MAIN = 1;
    private static final String[] VARIABLES = {"global x", "global y", "C#3.count"};
    private static final String LOCK = "lock#1";

    enum Kind { START, JOIN, RELEASE, ACQUIRE, READ, WRITE }

    /** One event; its step is its index in the run. */
    record Event(Kind kind, int thread, int other, String name, int line) {
        void feed(SyncObserver observer, long step) {
            switch (kind) {
                case START: observer.threadStarted(thread, other); break;
                case JOIN: observer.threadJoined(thread, other); break;
                case RELEASE: observer.released(thread, name); break;
                case ACQUIRE: observer.acquired(thread, name); break;
                case READ: observer.read(thread, name, step, line); break;
                case WRITE: observer.wrote(thread, name, step, line); break;
                default: throw new AssertionError(kind);
            }
        }

        boolean isAccess() {
            return kind == Kind.READ || kind == Kind.WRITE;
        }
    }

    static RaceDetector replay(List<Event> events) {
        RaceDetector detector = new RaceDetector(RaceDetectorTest.NAMES);
        for (int step = 0; step < events.size(); step++) {
            events.get(step).feed(detector, step);
        }
        return detector;
    }

    /** A random run: every access inside one lock ({@code locked}), or two threads with no sync at all. */
    static RaceDetector randomRun(long seed, boolean locked) {
        return replay(locked ? lockedRun(new Random(seed)) : unsynchronizedRun(new Random(seed)));
    }

    private static Event access(Random random, int thread) {
        return new Event(random.nextBoolean() ? Kind.READ : Kind.WRITE, thread, 0,
                VARIABLES[random.nextInt(VARIABLES.length)], 1 + random.nextInt(9));
    }

    /**
     * Main starts 2 to 4 workers; main and the workers run critical sections of one to three accesses, each inside
     * {@link #LOCK}, interleaved at random by a scheduler that honours mutual exclusion; main joins them all and
     * then accesses every variable without the lock.
     */
    static List<Event> lockedRun(Random random) {
        int workers = 2 + random.nextInt(3);
        List<Event> events = new ArrayList<>();
        List<List<Event>> programs = new ArrayList<>();
        for (int thread = MAIN; thread <= MAIN + workers; thread++) {
            if (thread != MAIN) {
                events.add(new Event(Kind.START, MAIN, thread, null, 1));
            }
            List<Event> program = new ArrayList<>();
            for (int section = 1 + random.nextInt(6); section > 0; section--) {
                program.add(new Event(Kind.ACQUIRE, thread, 0, LOCK, 0));
                for (int accesses = 1 + random.nextInt(3); accesses > 0; accesses--) {
                    program.add(access(random, thread));
                }
                program.add(new Event(Kind.RELEASE, thread, 0, LOCK, 0));
            }
            programs.add(program);
        }
        int holder = 0; // thread holding the lock, 0 if free
        int[] next = new int[programs.size()];
        while (true) {
            List<Integer> runnable = new ArrayList<>();
            for (int i = 0; i < programs.size(); i++) {
                if (next[i] < programs.get(i).size()
                        && (programs.get(i).get(next[i]).kind() != Kind.ACQUIRE || holder == 0)) {
                    runnable.add(i);
                }
            }
            if (runnable.isEmpty()) {
                break;
            }
            int chosen = runnable.get(random.nextInt(runnable.size()));
            Event event = programs.get(chosen).get(next[chosen]++);
            if (event.kind() == Kind.ACQUIRE) {
                holder = event.thread();
            } else if (event.kind() == Kind.RELEASE) {
                holder = 0;
            }
            events.add(event);
        }
        for (int thread = MAIN + 1; thread <= MAIN + workers; thread++) {
            events.add(new Event(Kind.JOIN, MAIN, thread, null, 1));
        }
        for (String variable : VARIABLES) {
            events.add(new Event(Kind.READ, MAIN, 0, variable, 20));
            events.add(new Event(Kind.WRITE, MAIN, 0, variable, 21));
        }
        return events;
    }

    /**
     * Main starts two workers that then access {@code global x} (and others) with no synchronization at all; the
     * first worker writes x at least once and the second accesses it at least once, in random order.
     */
    static List<Event> unsynchronizedRun(Random random) {
        int first = MAIN + 1;
        int second = MAIN + 2;
        List<Event> events = new ArrayList<>(List.of(new Event(Kind.START, MAIN, first, null, 1),
                new Event(Kind.START, MAIN, second, null, 1)));
        List<List<Event>> programs = new ArrayList<>();
        for (int thread : new int[] {first, second}) {
            List<Event> program = new ArrayList<>();
            for (int accesses = random.nextInt(8); accesses > 0; accesses--) {
                program.add(access(random, thread));
            }
            Kind conflicting = thread == first || random.nextBoolean() ? Kind.WRITE : Kind.READ;
            program.add(random.nextInt(program.size() + 1),
                    new Event(conflicting, thread, 0, "global x", 1 + random.nextInt(9)));
            programs.add(program);
        }
        int[] next = new int[2];
        while (next[0] < programs.get(0).size() || next[1] < programs.get(1).size()) {
            int chosen = next[0] == programs.get(0).size() ? 1
                    : next[1] == programs.get(1).size() ? 0 : random.nextInt(2);
            events.add(programs.get(chosen).get(next[chosen]++));
        }
        return events;
    }

    @Test
    void accessesAllInsideOneLockNeverRace() {
        for (long seed = 0; seed < 500; seed++) {
            List<Event> events = lockedRun(new Random(seed));
            RaceDetector detector = replay(events);
            assertEquals(List.of(), detector.races(), "seed " + seed);
            assertEquals(0, detector.suppressed(), "seed " + seed);
            // The same run without its lock events (and without the joins) has races: the lock is what orders.
            List<Event> unlocked = new ArrayList<>();
            for (Event event : events) {
                if (event.kind() != Kind.ACQUIRE && event.kind() != Kind.RELEASE && event.kind() != Kind.JOIN) {
                    unlocked.add(event);
                }
            }
            assertEquals(hasRace(unlocked), !replay(unlocked).races().isEmpty(), "seed " + seed + " without lock");
        }
    }

    @Test
    void conflictingAccessesWithNoSyncAlwaysRace() {
        for (long seed = 0; seed < 500; seed++) {
            RaceDetector detector = randomRun(seed, false);
            List<Race> races = detector.races();
            assertFalse(races.isEmpty(), "seed " + seed);
            for (Race race : races) {
                assertNotEquals(race.first().thread(), race.second().thread(), "seed " + seed);
                assertTrue(race.first().write() || race.second().write(), "seed " + seed);
                assertTrue(race.first().step() < race.second().step(), "seed " + seed);
            }
        }
    }

    /**
     * Against an oracle that computes happens-before by reachability over the whole run (program order, start,
     * join, every release before an acquire of the same object), with no vector clocks: every reported race is a
     * real one, and a variable gets a report exactly when it has a race.
     */
    @Test
    void agreesWithAReachabilityOracleOnRandomSynchronization() {
        int racy = 0;
        int clean = 0;
        for (long seed = 0; seed < 500; seed++) {
            List<Event> events = mixedRun(new Random(seed));
            RaceDetector detector = replay(events);
            BitSet[] before = happensBefore(events);
            TreeSet<String> reportedVariables = new TreeSet<>();
            for (Race race : detector.races()) {
                int first = (int) race.first().step();
                int second = (int) race.second().step();
                assertTrue(first < second, "seed " + seed);
                assertTrue(races(events, before, first, second), "seed " + seed + ": not a race: " + race);
                assertEquals(events.get(first).line(), race.first().line());
                assertEquals(events.get(second).kind() == Kind.WRITE, race.second().write());
                reportedVariables.add(race.variable());
            }
            TreeSet<String> racyVariables = new TreeSet<>();
            for (int j = 0; j < events.size(); j++) {
                for (int i = 0; i < j; i++) {
                    if (races(events, before, i, j)) {
                        racyVariables.add(events.get(j).name());
                    }
                }
            }
            assertEquals(racyVariables, reportedVariables, "seed " + seed);
            if (racyVariables.isEmpty()) {
                clean++;
            } else {
                racy++;
            }
        }
        assertTrue(racy > 50 && clean > 50, "both kinds of run are exercised: " + racy + " racy, " + clean + " clean");
    }

    /**
     * Main and up to three workers; main starts workers at random moments and joins those that are done; every
     * thread accesses two variables and releases and acquires two objects at random.
     */
    static List<Event> mixedRun(Random random) {
        int workers = 1 + random.nextInt(3);
        int[] budget = new int[workers + 2];
        boolean[] started = new boolean[workers + 2];
        boolean[] joined = new boolean[workers + 2];
        for (int thread = MAIN; thread <= MAIN + workers; thread++) {
            budget[thread] = 2 + random.nextInt(8);
        }
        started[MAIN] = true;
        String[] variables = {"global x", "global y"};
        String[] objects = {"lock#1", "event#2"};
        List<Event> events = new ArrayList<>();
        int nextToStart = MAIN + 1;
        while (true) {
            List<Integer> candidates = new ArrayList<>();
            for (int thread = MAIN; thread <= MAIN + workers; thread++) {
                if (started[thread] && budget[thread] > 0) {
                    candidates.add(thread);
                }
            }
            if (nextToStart <= MAIN + workers) {
                candidates.add(-1); // main starts the next worker
            }
            if (candidates.isEmpty()) {
                break;
            }
            int chosen = candidates.get(random.nextInt(candidates.size()));
            if (chosen == -1) {
                events.add(new Event(Kind.START, MAIN, nextToStart, null, 1));
                started[nextToStart++] = true;
                continue;
            }
            budget[chosen]--;
            int roll = random.nextInt(10);
            if (chosen == MAIN && roll == 0) {
                for (int thread = MAIN + 1; thread < nextToStart; thread++) {
                    if (budget[thread] == 0 && !joined[thread]) {
                        events.add(new Event(Kind.JOIN, MAIN, thread, null, 1));
                        joined[thread] = true;
                        break;
                    }
                }
            } else if (roll < 3) {
                events.add(new Event(Kind.RELEASE, chosen, 0, objects[random.nextInt(2)], 0));
            } else if (roll < 5) {
                events.add(new Event(Kind.ACQUIRE, chosen, 0, objects[random.nextInt(2)], 0));
            } else {
                events.add(new Event(random.nextInt(3) == 0 ? Kind.WRITE : Kind.READ, chosen, 0,
                        variables[random.nextInt(2)], 1 + random.nextInt(6)));
            }
        }
        for (int thread = MAIN + 1; thread <= MAIN + workers; thread++) {
            if (!joined[thread]) {
                events.add(new Event(Kind.JOIN, MAIN, thread, null, 1));
            }
        }
        events.add(new Event(Kind.READ, MAIN, 0, "global x", 7));
        return events;
    }

    /** For each event, the set of earlier events that happen before it, by reachability. */
    static BitSet[] happensBefore(List<Event> events) {
        BitSet[] before = new BitSet[events.size()];
        int[] last = new int[64];
        java.util.Arrays.fill(last, -1);
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            BitSet set = new BitSet();
            List<Integer> predecessors = new ArrayList<>();
            predecessors.add(last[event.thread()]);
            if (event.kind() == Kind.JOIN) {
                predecessors.add(last[event.other()]);
            }
            if (event.kind() == Kind.ACQUIRE) {
                for (int p = 0; p < e; p++) {
                    if (events.get(p).kind() == Kind.RELEASE && events.get(p).name().equals(event.name())) {
                        predecessors.add(p);
                    }
                }
            }
            for (int p : predecessors) {
                if (p >= 0) {
                    set.or(before[p]);
                    set.set(p);
                }
            }
            before[e] = set;
            last[event.thread()] = e;
            if (event.kind() == Kind.START) {
                last[event.other()] = e;
            }
        }
        return before;
    }

    private static boolean races(List<Event> events, BitSet[] before, int i, int j) {
        Event a = events.get(i);
        Event b = events.get(j);
        return a.isAccess() && b.isAccess() && a.name().equals(b.name()) && a.thread() != b.thread()
                && (a.kind() == Kind.WRITE || b.kind() == Kind.WRITE) && !before[j].get(i);
    }

    private static boolean hasRace(List<Event> events) {
        BitSet[] before = happensBefore(events);
        for (int j = 0; j < events.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (races(events, before, i, j)) {
                    return true;
                }
            }
        }
        return false;
    }
}
