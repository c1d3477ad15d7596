package lockstep.sim.trace;

/** How far one step goes, in {@code lockstep run --trace} and in the app's stepping. */
public enum Grain {
    /** One thread's operation: up to something another thread could observe or that could make it wait. */
    OPERATION("operation"),
    /** One thread's stretch of one program line, library internals folded into the line that called them. */
    LINE("line"),
    /** One micro-op, CPython's bytecode grain. */
    MICRO_OP("micro-op");

    private final String label;

    Grain(String label) {
        this.label = label;
    }

    /** The name the command line and settings use: {@code operation}, {@code line}, {@code micro-op}. */
    public String label() {
        return label;
    }

    /** The grain a label names; null when none does. */
    public static Grain ofLabel(String label) {
        for (Grain g : values()) {
            if (g.label.equals(label)) {
                return g;
            }
        }
        return null;
    }
}
