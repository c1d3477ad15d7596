package lockstep.app.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.Grain;
import org.junit.jupiter.api.Test;

/** Manual-mode presses applied by the simulation service, off the window. */
class ManualPressesTest {
    private static SimulationOutcome.Ran simulate(Schedule chosen, List<ManualPress> presses, Grain grain)
            throws Exception {
        String program = RunSessionTest.PROGRAM;
        ScenarioDocument doc = new ScenarioDocument(ScenarioLoader.load("p.py", program), program, Path.of("p.py"),
                null);
        SimulationOutcome outcome = SimulationService.simulate(new SimulationRequest(doc, program,
                RunOptions.defaults(), chosen, presses, grain), new InspectorManualScheduling());
        return assertInstanceOf(SimulationOutcome.Ran.class, outcome);
    }

    @Test
    void pressesRunTheirThreadsAStepAtTheGrainInOrder() throws Exception {
        ManualPress only = new ManualPress.Only();
        SimulationOutcome.Ran ran = simulate(new Schedule(), List.of(only, only, new ManualPress.Pick(1)),
                Grain.OPERATION);
        // MainThread starts; stores threading; stores x.
        assertEquals(4, ran.session().steps());
        assertTrue(ran.session().awaitingChoice());
        assertEquals("1 4\n", ran.session().result().schedule().toText().lines().skip(1).findFirst().orElseThrow()
                + "\n");
        assertNull(ran.refusal());
        assertEquals(List.of(new ManualThread(1, "MainThread", ran.threads().get(0).pid(), true,
                ran.threads().get(0).where())), ran.threads());

        SimulationOutcome.Ran microOps = simulate(new Schedule(), List.of(only, only, new ManualPress.Pick(1)),
                Grain.MICRO_OP);
        assertEquals(3, microOps.session().steps());
    }

    @Test
    void aPressForNoThreadOrAThreadThatCannotRunRunsNothingAndSaysWhy() throws Exception {
        SimulationOutcome.Ran ran = simulate(new Schedule(), List.of(new ManualPress.Pick(2)), Grain.OPERATION);
        assertEquals(0, ran.session().steps());
        assertEquals(ManualRefusal.Reason.NO_SUCH_THREAD, ran.refusal().reason());
        assertEquals(2, ran.refusal().key());
    }

    @Test
    void aScheduleThatNoLongerFitsTheProgramShowsWhereItDivergesRatherThanFailing() throws Exception {
        Schedule chosen = new Schedule();
        chosen.add(1, 3);
        chosen.add(7, 2);
        SimulationOutcome.Ran ran = simulate(chosen, List.of(), Grain.OPERATION);
        assertFalse(ran.session().awaitingChoice());
        assertTrue(ran.threads().isEmpty());
        assertTrue(ran.session().result().error().contains("cannot run"), ran.session().result().error());
    }

    @Test
    void aThreadKeepsItsKeyOnceItHasEndedAndIsListedAsEnded() throws Exception {
        Schedule chosen = new Schedule();
        SimulationOutcome.Ran ran = simulate(chosen, List.of(), Grain.OPERATION);
        for (int press = 0; press < 100 && !ended(ran, 2); press++) {
            boolean workerCanRun = ran.threads().stream().anyMatch(t -> t.key() == 2 && t.canRun());
            chosen = ran.session().result().schedule();
            ran = simulate(chosen, List.of(new ManualPress.Pick(workerCanRun ? 2 : 1)), Grain.OPERATION);
            assertNull(ran.refusal());
        }
        assertTrue(ended(ran, 2));
        assertEquals(List.of(1, 2), ran.threads().stream().map(ManualThread::key).toList());
        assertEquals("MainThread", ran.threads().get(0).name());
        assertTrue(ran.threads().get(0).canRun());
        assertEquals("Thread-1 (add)", ran.threads().get(1).name());
        assertFalse(ran.threads().get(1).canRun());
        SimulationOutcome.Ran refused = simulate(ran.session().result().schedule(), List.of(new ManualPress.Pick(2)),
                Grain.OPERATION);
        assertEquals(ManualRefusal.Reason.CANNOT_RUN, refused.refusal().reason());
        assertEquals(lockstep.sim.ThreadState.DONE, refused.refusal().thread().where().state());
        assertEquals(ran.session().steps(), refused.session().steps());
    }

    private static boolean ended(SimulationOutcome.Ran ran, int key) {
        return ran.threads().stream().anyMatch(t -> t.key() == key
                && t.where().state() == lockstep.sim.ThreadState.DONE);
    }
}
