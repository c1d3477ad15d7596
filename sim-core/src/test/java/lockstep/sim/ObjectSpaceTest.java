package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids come from the object space of the process: the same in every run, unchanged by watching the run, copied by a
 * fork (the child sees its parent's ids and numbers on from the same point, as a forked CPython keeps its
 * addresses), fresh in a spawned process (a new interpreter).
 */
class ObjectSpaceTest {
    private static String output(String source, RunOptions options) {
        RunResult r = Runs.run(source, options);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        return r.outputText();
    }

    @Test
    void idsAreNumberedInTheOrderTheProgramAsksForThem() {
        String program = "class C:\n    pass\na = C()\nb = C()\nprint(hex(id(b)), a, hex(id(a)))\n";
        assertEquals("0x7f0000000010 <__main__.C object at 0x7f0000000020> 0x7f0000000020\n",
                output(program, RunOptions.defaults()));
    }

    @Test
    void watchingARunDoesNotChangeTheIdsItsProgramSees() {
        // Narration shows the function and the list before the program asks for any id.
        String program = "def f():\n    pass\nitems = [f]\nprint(hex(id(items)), items, hash(f) == id(f) >> 4)\n";
        String unwatched = output(program, RunOptions.defaults());
        List<lockstep.sim.trace.Step> steps = new ArrayList<>();
        String watched = output(program, RunOptions.defaults().withStepListener(steps::add));
        assertEquals(unwatched, watched);
        assertEquals("0x7f0000000010 [<function f at 0x7f0000000020>] True\n", unwatched);
    }

    @Test
    void aForkedChildSeesItsParentsIdsAndNumbersOnFromTheSamePoint() {
        String program = """
                import os
                class C:
                    pass
                a = C()
                first = id(a)
                b = C()
                pid = os.fork()
                if pid == 0:
                    print('child', id(a) == first, hex(id(b)), hex(id(C())))
                    os._exit(0)
                os.waitpid(pid, 0)
                print('parent', id(a) == first, hex(id(b)))
                """;
        assertEquals("child True 0x7f0000000020 0x7f0000000030\nparent True 0x7f0000000020\n",
                output(program, RunOptions.defaults()));
    }

    @Test
    void aSpawnedProcessStartsAFreshSpace() {
        String program = """
                import multiprocessing as mp
                class C:
                    pass
                def work():
                    print('child', hex(id(C())), flush=True)
                if __name__ == '__main__':
                    kept = [C() for i in range(5)]
                    print('main', hex(id(kept[4])), flush=True)
                    p = mp.get_context('spawn').Process(target=work)
                    p.start()
                    p.join()
                    q = mp.get_context('fork').Process(target=work)
                    q.start()
                    q.join()
                """;
        // The spawned child numbers from the start; the forked one on from its parent's one id.
        assertEquals("main 0x7f0000000010\nchild 0x7f0000000010\nchild 0x7f0000000020\n",
                output(program, RunOptions.defaults()));
    }

    @Test
    void aForkedChildPopsFromASetWhereItsParentWouldGoOn() {
        String program = """
                import os
                s = {5, 13, 21, 3, 40, 8, 29, 61}
                print(s.pop(), s.pop())
                pid = os.fork()
                if pid == 0:
                    print([s.pop() for i in range(len(s))], flush=True)
                    os._exit(0)
                os.waitpid(pid, 0)
                print([s.pop() for i in range(len(s))])
                """;
        // The set's table and search finger are the child's too, as in a forked CPython.
        String[] lines = output(program, RunOptions.defaults()).split("\n");
        assertEquals(3, lines.length);
        assertEquals(lines[1], lines[2]);
    }
}
