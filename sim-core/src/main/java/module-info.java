/**
 * The deterministic simulator. Its API is what a front end needs to run a program and show the run: the
 * simulator, its options and the schedule ({@code lockstep.sim}), scenarios, the trace, the inspector's pictures,
 * the analyses, the program errors and the safe reading and writing of the user's files. The machine, the runtime, the compiler and the library stay inside.
 */
module lockstep.sim {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    // Field offsets and allocation without a constructor, for the explorer's machine copies.
    requires jdk.unsupported;

    exports lockstep.sim;
    exports lockstep.sim.analysis;
    exports lockstep.sim.explore;
    exports lockstep.sim.files;
    exports lockstep.sim.inspect;
    exports lockstep.sim.lang;
    exports lockstep.sim.scenario;
    exports lockstep.sim.trace;
}
