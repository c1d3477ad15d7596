/**
 * Fuzz targets (Jazzer {@code @FuzzTest}) for the scenario loader, the compiler and whole runs. {@code ./mvnw -B
 * verify} replays each target's committed corpus ({@code src/test/resources/lockstep/sim/fuzz/<Target>Inputs/}) as
 * ordinary tests; {@code JAZZER_FUZZ=1} fuzzes for real (see the README).
 */
package lockstep.sim.fuzz;
