package lockstep.app.simulation;

/**
 * A key pressed in manual mode, kept until the simulator applies it: presses are applied one after another, each
 * to the choice the ones before it led to, so none is lost while a run is being computed.
 */
public sealed interface ManualPress {
    /** The key of a thread (a digit, or a click on its row): that thread runs one step at the grain. */
    record Pick(int key) implements ManualPress {}

    /** Space or →: the one thread that can run runs one step at the grain; refused when several or none can. */
    record Only() implements ManualPress {}
}
