package lockstep.sim.runtime;

/**
 * A library object that is no instance of a class yet has a repr of its own, as CPython's C types write it:
 * {@code count(5)}, {@code repeat('a', 3)}, {@code operator.itemgetter(1)}.
 */
public interface NativeRepr {
    String repr(CallContext ctx);
}
