package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small threaded Python programs from a seeded generator, for checking the explorer's modes against each other. Each
 * program has 2 or 3 worker threads ({@code threading.Thread}, started then joined by the main thread), each doing
 * 1 to a few operations: writes, {@code +=} and copies of the globals {@code x} and {@code y}, appends to the shared
 * list {@code items}, prints, {@code with} blocks on a lock or a semaphore (nested now and then, in either order, so
 * that some programs can deadlock), and signals between two threads: a semaphore released by one and acquired by
 * the other, an event set and waited for, a queue put and got. Signals are made in pairs, the two halves in two
 * different threads, so that most runs end; now and then a wait has no partner and the program deadlocks, a fine
 * outcome too. An operation is one statement; a {@code with} block counts its header and its body.
 *
 * <p>The same seed and shape give the same programs, in the same order.
 */
final class ProgramGenerator {
    /**
     * How big the programs are.
     *
     * @param minWorkers      fewest worker threads
     * @param maxWorkers      most worker threads
     * @param maxWorkerOps    most operations of one worker (each has at least one)
     * @param maxOps          most operations of all workers together
     */
    record Shape(int minWorkers, int maxWorkers, int maxWorkerOps, int maxOps) {
        Shape {
            if (minWorkers < 1 || maxWorkers < minWorkers || maxWorkerOps < 1 || maxOps < maxWorkers) {
                throw new IllegalArgumentException("bad shape " + minWorkers + ".." + maxWorkers + " workers, "
                        + maxWorkerOps + " per worker, " + maxOps + " in all");
            }
        }
    }

    /** A generated program: its source and its size. */
    record GeneratedProgram(int index, String source, int workers, int operations) {}

    /** One top-level statement of a worker, as source lines without the function's indentation. */
    private record Statement(List<String> lines, int operations) {}

    private static final String[] VARIABLES = {"x", "y"};

    private final SplittableRandom random;
    private final Shape shape;
    private int made;

    // The program being made.
    private List<List<Statement>> workers;
    private int[] budget;
    private boolean usesQueue;
    private boolean usesLock;
    private boolean usesSemaphore;
    private boolean usesSignal;
    private boolean usesEvent;

    ProgramGenerator(long seed, Shape shape) {
        this.random = new SplittableRandom(seed);
        this.shape = shape;
    }

    GeneratedProgram next() {
        int count = shape.minWorkers() + random.nextInt(shape.maxWorkers() - shape.minWorkers() + 1);
        workers = new ArrayList<>();
        budget = new int[count];
        usesQueue = usesLock = usesSemaphore = usesSignal = usesEvent = false;
        int left = shape.maxOps();
        for (int w = 0; w < count; w++) {
            int most = Math.min(shape.maxWorkerOps(), left - (count - w - 1));
            budget[w] = 1 + random.nextInt(most);
            left -= budget[w];
            workers.add(new ArrayList<>());
        }
        for (int w = 0; w < count; w++) {
            while (budget[w] > 0) {
                addStatement(w);
            }
        }
        return new GeneratedProgram(made++, source(), count, operations());
    }

    private void addStatement(int w) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            // A wait nobody answers (unless another one's partner does): the program is likely to deadlock.
            add(w, waitHalf(random.nextInt(3)));
        } else if (roll < 49 || budget[w] < 2) {
            add(w, simple());
        } else if (roll < 74) {
            add(w, block(budget[w]));
        } else {
            signal(w);
        }
    }

    private void add(int w, Statement s) {
        workers.get(w).add(random.nextInt(workers.get(w).size() + 1), s);
        budget[w] -= s.operations();
    }

    /** A plain statement on the globals or the output: one operation. */
    private Statement simple() {
        String a = VARIABLES[random.nextInt(VARIABLES.length)];
        String b = a.equals("x") ? "y" : "x";
        int c = 1 + random.nextInt(3);
        String line = switch (random.nextInt(6)) {
            case 0 -> a + " = " + c;
            case 1 -> a + " += " + c;
            case 2 -> a + " = " + b + " + " + c;
            case 3 -> "items.append(" + (random.nextBoolean() ? a : String.valueOf(c)) + ")";
            case 4 -> "print(" + a + ")";
            default -> "print('" + a + c + "')";
        };
        return new Statement(List.of(line), 1);
    }

    /** A {@code with} block on the lock or the semaphore, its body one or two operations, at most {@code room}. */
    private Statement block(int room) {
        boolean lock = random.nextBoolean();
        List<String> lines = new ArrayList<>();
        lines.add(withHeader(lock));
        int operations = 1;
        if (room >= 3 && random.nextInt(4) == 0) {
            // Nested in the other object: with another thread nesting the other way round, a deadlock.
            lines.add("    " + withHeader(!lock));
            lines.add("        " + simple().lines().get(0));
            operations += 2;
        } else {
            int body = room >= 3 && random.nextBoolean() ? 2 : 1;
            for (int i = 0; i < body; i++) {
                lines.add("    " + simple().lines().get(0));
            }
            operations += body;
        }
        return new Statement(lines, operations);
    }

    private String withHeader(boolean lock) {
        if (lock) {
            usesLock = true;
            return "with lock:";
        }
        usesSemaphore = true;
        return "with sem:";
    }

    /**
     * A signal from {@code w} to another worker with room for it, or the other way round; a plain statement when no
     * other worker has room.
     */
    private void signal(int w) {
        List<Integer> partners = new ArrayList<>();
        for (int v = 0; v < workers.size(); v++) {
            if (v != w && budget[v] > 0) {
                partners.add(v);
            }
        }
        if (partners.isEmpty()) {
            add(w, simple());
            return;
        }
        int other = partners.get(random.nextInt(partners.size()));
        int kind = random.nextInt(3);
        boolean sends = random.nextBoolean();
        add(sends ? w : other, sendHalf(kind));
        add(sends ? other : w, waitHalf(kind));
    }

    private Statement sendHalf(int kind) {
        return switch (kind) {
            case 0 -> {
                usesSignal = true;
                yield new Statement(List.of("sig.release()"), 1);
            }
            case 1 -> {
                usesEvent = true;
                yield new Statement(List.of("ev.set()"), 1);
            }
            default -> {
                usesQueue = true;
                yield new Statement(List.of("q.put(" + (1 + random.nextInt(3)) + ")"), 1);
            }
        };
    }

    private Statement waitHalf(int kind) {
        return switch (kind) {
            case 0 -> {
                usesSignal = true;
                yield new Statement(List.of("sig.acquire()"), 1);
            }
            case 1 -> {
                usesEvent = true;
                yield new Statement(List.of("ev.wait()"), 1);
            }
            default -> {
                usesQueue = true;
                String a = VARIABLES[random.nextInt(VARIABLES.length)];
                yield new Statement(List.of(random.nextBoolean() ? a + " = q.get()" : "items.append(q.get())"), 1);
            }
        };
    }

    private int operations() {
        int n = 0;
        for (List<Statement> w : workers) {
            for (Statement s : w) {
                n += s.operations();
            }
        }
        return n;
    }

    private String source() {
        StringBuilder sb = new StringBuilder("import threading\n");
        if (usesQueue) {
            sb.append("import queue\n");
        }
        sb.append("x = 0\ny = 0\nitems = []\n");
        if (usesLock) {
            sb.append("lock = threading.Lock()\n");
        }
        if (usesSemaphore) {
            sb.append("sem = threading.Semaphore(").append(1 + random.nextInt(2)).append(")\n");
        }
        if (usesSignal) {
            sb.append("sig = threading.Semaphore(0)\n");
        }
        if (usesEvent) {
            sb.append("ev = threading.Event()\n");
        }
        if (usesQueue) {
            sb.append("q = queue.Queue()\n");
        }
        for (int w = 0; w < workers.size(); w++) {
            sb.append("def w").append(w + 1).append("():\n    global x, y\n");
            for (Statement s : workers.get(w)) {
                for (String line : s.lines()) {
                    sb.append("    ").append(line).append('\n');
                }
            }
        }
        for (int w = 1; w <= workers.size(); w++) {
            sb.append("t").append(w).append(" = threading.Thread(target=w").append(w).append(")\n");
        }
        for (int w = 1; w <= workers.size(); w++) {
            sb.append("t").append(w).append(".start()\n");
        }
        for (int w = 1; w <= workers.size(); w++) {
            sb.append("t").append(w).append(".join()\n");
        }
        return sb.toString();
    }
}
