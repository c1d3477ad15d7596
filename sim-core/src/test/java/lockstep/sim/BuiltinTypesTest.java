package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lockstep.sim.library.Builtins;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.Types;
import org.junit.jupiter.api.Test;

/** The built-in types are shared by every run in the JVM, so neither a program nor Java code may change them. */
class BuiltinTypesTest {
    @Test
    void aProgramCannotSetOrDeleteAttributesOfABuiltInType() {
        String program = """
                for target in (int, object, ValueError):
                    try:
                        target.x = 1
                    except TypeError as e:
                        print(e)
                try:
                    del int.real
                except TypeError as e:
                    print(e)
                """;
        RunResult r = Runs.run(program);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        // What python3.11 prints.
        assertEquals("""
                cannot set 'x' attribute of immutable type 'int'
                cannot set 'x' attribute of immutable type 'object'
                cannot set 'x' attribute of immutable type 'ValueError'
                cannot set 'real' attribute of immutable type 'int'
                """, r.outputText());
    }

    @Test
    void theDictOfABuiltInTypeIsFrozenOnceTheBuiltinsExist() {
        Builtins.all();
        assertTrue(Types.INT.isFrozen());
        PyRaise e = assertThrows(PyRaise.class, () -> Types.STR.dict.put("shout", PyStr.of("!")));
        assertEquals("cannot set 'shout' attribute of immutable type 'str'", e.exception.args.items[0].toString());
        assertThrows(PyRaise.class, () -> Types.LIST.dict.remove("append"));
        assertThrows(UnsupportedOperationException.class, () -> Types.DICT.dict.entrySet().clear());
    }
}
