package lockstep.sim.library;

import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * The natives under the standard library modules written in the scenario language ({@code sys.py}, {@code
 * logging.py}, {@code uuid.py}, {@code os.py}): the program's two output streams, the exception being handled, the
 * caller's place, the program's name, the cores and the operating system's randomness.
 */
final class StdlibSupport {
    private StdlibSupport() {}

    /** {@code _sys}'s additions: what {@code sys.stdout}, {@code sys.exc_info} and {@code logging} stand on. */
    static void installSys(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_write_stdout", (ctx, a, kw) -> {
            Args.count("_write_stdout", a, 1, 1);
            String text = Args.asString(a[0], "write()");
            ctx.output().print(text);
            return PyInt.of(text.length());
        });
        Natives.function(d, "_write_stderr", (ctx, a, kw) -> {
            Args.count("_write_stderr", a, 1, 1);
            String text = Args.asString(a[0], "write()");
            ctx.output().writeStderr(text);
            return PyInt.of(text.length());
        });
        Natives.function(d, "exc_info", (ctx, a, kw) -> {
            Args.count("exc_info", a, 0, 0);
            PyBaseException e = ctx.threads().currentThread().handledException();
            // No traceback objects in the simulation: the third item is None; _format_exception reads the value's.
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(e.type(), e, PyNone.NONE);
        });
        Natives.function(d, "exception", (ctx, a, kw) -> {
            Args.count("exception", a, 0, 0);
            PyBaseException e = ctx.threads().currentThread().handledException();
            return e == null ? PyNone.NONE : e;
        });
        Natives.function(d, "_format_exception", (ctx, a, kw) -> {
            Args.count("_format_exception", a, 1, 1);
            return PyStr.of(a[0] instanceof PyBaseException e ? ctx.output().formatTraceback(e) : "NoneType: None");
        });
        Natives.function(d, "_caller", (ctx, a, kw) -> {
            Args.count("_caller", a, 2, 2);
            return caller(ctx.threads().currentThread().callStack(), a[0], Args.asLong(a[1]));
        });
        // What warnings.warn needs of the frame it reports: its module's name and its source line.
        Natives.function(d, "_module_of", (ctx, a, kw) -> {
            Args.count("_module_of", a, 1, 1);
            String file = Args.asString(a[0], "_module_of()");
            boolean library = Modules.isLibraryFile(file);
            return PyStr.of(library ? file.substring(0, file.length() - ".py".length()) : "__main__");
        });
        Natives.function(d, "_program_line", (ctx, a, kw) -> {
            Args.count("_program_line", a, 2, 2);
            String file = Args.asString(a[0], "_program_line()");
            long line = Args.asLong(a[1]);
            boolean program = !Modules.isLibraryFile(file) && line >= 1 && line <= Integer.MAX_VALUE;
            return program ? PyStr.of(ctx.output().programLine((int) line)) : PyStr.of("");
        });
        Natives.function(d, "_imported", (ctx, a, kw) -> {
            Args.count("_imported", a, 1, 1);
            PyObject m = ctx.processes().importedModule(Args.asString(a[0], "_imported()"));
            return m == null ? PyNone.NONE : m;
        });
        Natives.function(d, "_argv", (ctx, a, kw) -> {
            PyObject main = ctx.processes().mainModule();
            PyObject file = main instanceof lockstep.sim.runtime.PyModule m ? m.dict.get("__file__") : null;
            List<PyObject> argv = new java.util.ArrayList<>();
            argv.add(file == null ? PyStr.of("") : file);
            return new PyList(argv);
        });
    }

    /**
     * The {@code stacklevel}-th frame, counting outwards, whose file is not one of {@code skipped} (a tuple of file
     * names), else the outermost frame, as {@code (filename, lineno, funcName)}: where a logging call was made, as
     * CPython's {@code Logger.findCaller} finds it.
     */
    private static PyObject caller(List<PyBaseException.TracebackEntry> stack, PyObject skipped, long stacklevel) {
        if (!(skipped instanceof PyTuple files)) {
            throw lockstep.sim.runtime.Errors.typeError("_caller() expects a tuple of files to skip, not '" + skipped.type().name + "'");
        }
        List<PyObject> skip = List.of(files.items);
        long wanted = Math.max(1, stacklevel);
        PyBaseException.TracebackEntry found = null;
        for (int i = stack.size() - 1; i >= 0 && wanted > 0; i--) {
            PyBaseException.TracebackEntry entry = stack.get(i);
            found = entry;
            if (!skip.contains(PyStr.of(entry.fileName()))) {
                wanted--;
            }
        }
        if (found == null) {
            return PyTuple.of(PyStr.of("(unknown file)"), PyInt.of(0), PyStr.of("(unknown function)"));
        }
        return PyTuple.of(PyStr.of(found.fileName()), PyInt.of(found.line()), PyStr.of(found.function()));
    }

    /** {@code _os}'s additions: the cores of the simulated computer and its randomness. */
    static void installOs(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "cpu_count", (ctx, a, kw) -> {
            Args.count("cpu_count", a, 0, 0);
            return PyInt.of(ctx.processes().cpuCount());
        });
        Natives.function(d, "_random_bits", (ctx, a, kw) -> {
            Args.count("_random_bits", a, 1, 1);
            return PyInt.of(ctx.processes().entropy().getrandbits((int) Args.asLong(a[0])));
        });
    }
}
