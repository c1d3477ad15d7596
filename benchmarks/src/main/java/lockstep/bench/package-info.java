/**
 * Benchmarks, run by hand: {@code InterpreterBenchmark} (JMH: micro-ops per second), {@code RetainedMemory}
 * (bytes a finished run keeps per step), {@code PrimeCheckTiming} (tutorial 004's prime check beside CPython) and
 * {@code InspectorTiming} (pictures of the machine at a step, stepping forward and back). The explorer on the
 * counter race: {@code ExplorerTiming} (plain timings), {@code ExplorerBenchmark} (JMH) and {@code SpinSideBySide}
 * (beside SPIN's figures for the same models, from {@code benchmarks/spin/}).
 */
package lockstep.bench;
