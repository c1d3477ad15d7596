/**
 * Benchmarks, run by hand: {@code InterpreterBenchmark} (JMH: micro-ops per second), {@code RetainedMemory}
 * (bytes a finished run keeps per step), {@code PrimeCheckTiming} (tutorial 004's prime check beside CPython) and
 * {@code InspectorTiming} (pictures of the machine at a step, stepping forward and back).
 */
package lockstep.bench;
