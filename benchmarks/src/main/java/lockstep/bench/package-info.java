/**
 * Benchmarks, run by hand: {@code InterpreterBenchmark} (JMH: micro-ops per second), {@code RetainedMemory}
 * (bytes a finished run keeps per step) and {@code PrimeCheckTiming} (tutorial 004's prime check beside CPython).
 */
package lockstep.bench;
