package lockstep.sim.runtime;

/**
 * What one micro-op's native work costs the run. A native that handles many elements, characters or digits charges
 * them here <em>before</em> doing the work: every {@link #UNITS_PER_STEP} units are one more step (and its virtual
 * time), and a charge that would pass the run's step limit ends the run at the limit instead. A native about to build
 * a big value reserves its size here first: a value larger than the run's memory budget raises {@code MemoryError},
 * as CPython does on a machine that small. What natives make is also told to the meter ({@link #allocated}): the run
 * holds the whole of what its program keeps alive to the same budget (see {@code MemoryCensus}). Sizes and counts
 * only, never the wall clock or the JVM's memory, so a run ends the same way on every machine.
 */
public interface WorkMeter {
    /** Elements, characters or digits handled per extra step: an operation on fewer costs nothing more than before. */
    long UNITS_PER_STEP = 1_000;
    /** The default memory budget: 256 MiB, counted as CPython's sizes ({@link #STR_CHAR_BYTES} and friends). */
    long DEFAULT_MEMORY_BUDGET = 256L * 1024 * 1024;
    /** A character of a string: CPython's compact ASCII strings take one byte each. */
    long STR_CHAR_BYTES = 1;
    /** What a str object takes besides its characters (CPython's {@code sys.getsizeof('')}). */
    long STR_HEADER_BYTES = 49;
    /** A slot of a list or tuple: a pointer. */
    long SLOT_BYTES = 8;
    /** An entry of a dict: its slot in the index and its hash, key and value. */
    long DICT_ENTRY_BYTES = 32;
    /** An entry of a set: its hash and key. */
    long SET_ENTRY_BYTES = 16;
    /** A small object an item of a new container may be: an int, a short string, a small instance. */
    long ITEM_BYTES = 32;
    /** What an item of an endless iterator costs past the first thousand of one step (see {@link #endlessItem}). */
    long ENDLESS_ITEM_STEPS = 1_000;
    /** A count standing for "without end": charging it always reaches the step limit. */
    long ENDLESS = Long.MAX_VALUE;

    /** Charges {@code units} elements, characters or digits of work about to be done. */
    void charge(long units);

    /** The run's memory budget in bytes. */
    long memoryBudget();

    /**
     * An endless iterator ({@code count()}, {@code repeat(x)}, a cycling {@code cycle}) gave an item: within one
     * step, the first {@link #UNITS_PER_STEP} are free and each one after costs {@link #ENDLESS_ITEM_STEPS} steps, so
     * a native that would pull items without end ({@code sum(map(abs, count()))}, {@code -1 in count()},
     * {@code next(filter(None, repeat(0)))}) reaches the step limit after a million of them, in a fraction of a
     * second. A {@code for} loop takes one item a step, so it pays nothing.
     */
    default void endlessItem() {
    }

    /** Raises {@code MemoryError} when a value of {@code bytes} bytes would not fit the run's memory budget. */
    default void reserve(long bytes) {
        if (bytes < 0 || bytes > memoryBudget()) {
            throw Errors.memoryError("");
        }
    }

    /**
     * A native is about to make {@code bytes} bytes of new value (a value built, or the items a container gains):
     * the run may first count what its program holds, and raises {@code MemoryError} when that is past the budget.
     */
    default void allocated(long bytes) {
    }

    /**
     * A value of {@code count} items of {@code bytesEach} about to be built: reserves its size, then charges it; an
     * {@link #ENDLESS} count is charged first, as the work would never end before the memory did.
     */
    default void build(long count, long bytesEach) {
        if (count == ENDLESS) {
            charge(ENDLESS);
        }
        long bytes = times(count, bytesEach);
        reserve(bytes);
        allocated(made(count, bytesEach));
        charge(count);
    }

    /**
     * What making {@code count} items of {@code bytesEach} may add to what the program holds: characters are only
     * their bytes, but each slot or entry may hold an object made with it ({@code list(range(n))} makes n ints),
     * counted at {@link #ITEM_BYTES}. Too much only counts what the program holds a little sooner.
     */
    static long made(long count, long bytesEach) {
        return times(count, bytesEach >= SLOT_BYTES ? bytesEach + ITEM_BYTES : bytesEach);
    }

    /**
     * A container grown one item at a time, now at {@code size} items of {@code bytesEach}: at each thousandth item,
     * its size is held to the budget and the thousand items it gained are told as made.
     */
    default void grewTo(long size, long bytesEach) {
        if (size % UNITS_PER_STEP == 0) {
            reserve(times(size, bytesEach));
            allocated(made(UNITS_PER_STEP, bytesEach));
        }
    }

    /** {@code a * b} for non-negative counts, or {@link Long#MAX_VALUE} when that overflows. */
    static long times(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    /** A meter that charges no steps (there is no run) and keeps the default budget: tests and diagnostics. */
    WorkMeter UNMETERED = new WorkMeter() {
        @Override
        public void charge(long units) {
        }

        @Override
        public long memoryBudget() {
            return DEFAULT_MEMORY_BUDGET;
        }
    };
}
