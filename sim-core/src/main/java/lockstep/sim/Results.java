package lockstep.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.lang.Parser;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.analysis.Race;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.Traceback;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.Types;

/** Turns a finished machine into a {@link RunResult}: status, plain-value globals, the traceback text. */
final class Results {
    /** Containers deeper than this are not plain values for the summary. */
    private static final int MAX_DEPTH = 20;
    /**
     * The most items (elements, keys and values) of the final globals, all together, given as plain values: a global
     * past it is left out as one that is not plain is, so that a program ending with ten million items in its globals
     * does not make ten million Java values after its run.
     */
    static final int MAX_PLAIN_ITEMS = 1_000_000;

    private Results() {}

    static RunResult of(Program program, Machine machine, Machine.Outcome outcome, List<Race> races) {
        RunStatus status;
        String error = null;
        switch (outcome) {
            case COMPLETED -> status = RunStatus.COMPLETED;
            case DEADLOCK -> status = RunStatus.DEADLOCK;
            case STEP_LIMIT -> {
                status = RunStatus.STEP_LIMIT;
                error = "stopped at the step limit of " + machine.steps() + " steps";
            }
            case STALLED -> {
                status = RunStatus.INTERNAL_ERROR;
                error = machine.stall().message();
            }
            case OUTPUT_LIMIT -> {
                status = RunStatus.ERROR;
                error = "stopped: the program printed more than 16 MiB";
            }
            default -> {
                status = RunStatus.ERROR;
                error = Traceback.format(machine.mainException(), machine.mainExceptionMessage(), program.source());
            }
        }
        Map<String, Object> globals = new LinkedHashMap<>();
        int[] itemsLeft = {MAX_PLAIN_ITEMS};
        for (Map.Entry<String, PyObject> e : machine.mainGlobals().entrySet()) {
            if (e.getKey().startsWith("__")) {
                continue;
            }
            Object plain = plain(e.getValue(), 0, itemsLeft);
            if (plain != NOT_PLAIN) {
                globals.put(e.getKey(), plain);
            }
        }
        FinalState finalState = expression -> evaluate(machine, expression);
        if (outcome == Machine.Outcome.DEADLOCK) {
            error = machine.deadlock().explanation();
            if (machine.mainException() != null && machine.mainException().type() != Types.SYSTEM_EXIT) {
                // The main thread died first and CPython printed its traceback, then hung waiting for a child.
                error = Traceback.format(machine.mainException(), machine.mainExceptionMessage(), program.source())
                        + "\n" + error;
            }
        }
        return new RunResult(status, machine.output(), globals, machine.clockNanos(), machine.steps(), error,
                machine.trace(), finalState, machine.deadlock(), races, machine.schedule(), machine.errorOutput());
    }

    /** A replay that could not follow its schedule ends as an error naming where it diverged. */
    static RunResult diverged(Program program, Machine machine, String message) {
        return new RunResult(RunStatus.ERROR, machine.output(), Map.of(), machine.clockNanos(), machine.steps(),
                "the replay diverges from its schedule: " + message, machine.trace(), expression -> {
                    throw new IllegalArgumentException("the run did not finish");
                }, null, List.of(), machine.schedule(), machine.errorOutput());
    }

    private static Object evaluate(Machine machine, String expression) throws ProgramError {
        CodeObject code = Compiler.compileExpression(Parser.parse("<expect>", expression));
        try {
            PyObject value = machine.evaluate(code);
            Object plain = plain(value, 0, new int[] {MAX_PLAIN_ITEMS});
            return plain == NOT_PLAIN ? Ops.safeRepr(value, 200) : plain;
        } catch (PyRaise e) {
            throw new IllegalArgumentException(e.exception.type().name + ": " + Ops.exceptionMessage(e.exception));
        }
    }

    private static final Object NOT_PLAIN = new Object();

    /**
     * A Python value as a plain Java value, or {@link #NOT_PLAIN}; {@code itemsLeft[0]} counts down the items it may
     * still give, and a value that would take it below zero is not plain.
     */
    static Object plain(PyObject o, int depth, int[] itemsLeft) {
        if (depth > MAX_DEPTH || --itemsLeft[0] < 0) {
            return NOT_PLAIN;
        }
        if (o instanceof PyBool b) {
            return b.isTrue();
        }
        if (o instanceof PyInt i) {
            return i.big != null ? (Object) i.big : (Object) i.value;
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            List<PyObject> items = o instanceof PyList l ? l.items : ((PyTuple) o).asList();
            List<Object> out = new ArrayList<>(items.size());
            for (PyObject item : items) {
                Object p = plain(item, depth + 1, itemsLeft);
                if (p == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                out.add(p);
            }
            return out;
        }
        if (o instanceof PyDict d) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                Object k = plain(e.getKey(), depth + 1, itemsLeft);
                Object v = plain(e.getValue(), depth + 1, itemsLeft);
                if (k == NOT_PLAIN || k instanceof List || v == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                out.put(k == null ? "None" : k instanceof String s ? s : Ops.safeRepr(e.getKey(), 100), v);
            }
            return out;
        }
        return NOT_PLAIN;
    }

}
