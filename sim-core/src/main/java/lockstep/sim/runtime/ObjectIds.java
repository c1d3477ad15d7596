package lockstep.sim.runtime;

/**
 * What {@code id()} returns for an object, which is also the address its default repr shows: CPython's addresses
 * stand-in, {@link #BASE_ADDRESS} plus 16 bytes per object numbered within the process.
 */
public interface ObjectIds {
    /** Where the numbered objects start, as CPython's heap addresses look on 64-bit Linux. */
    long BASE_ADDRESS = 0x7f0000000000L;
    /** Bytes between two numbered objects; CPython's objects are 16-byte aligned. */
    long ALIGNMENT = 16;

    /** The object's id, {@code BASE_ADDRESS + n * ALIGNMENT}. */
    long idOf(PyObject o);

    /** The address for the {@code n}th object of a process (from 1). */
    static long address(long number) {
        return BASE_ADDRESS + number * ALIGNMENT;
    }
}
