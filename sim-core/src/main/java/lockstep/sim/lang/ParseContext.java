package lockstep.sim.lang;

/** What every part of one parse shares: the file name, the source as code points, and the nesting guard. */
record ParseContext(String fileName, int[] src, Nesting nesting) {}
