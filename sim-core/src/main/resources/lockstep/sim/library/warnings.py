# The warnings module as CPython 3.11 behaves without -W options: a warning goes through the filters, first match
# wins; "default" shows it once per (text, category, line) of the module that issued it, "module" once per module,
# "once" once at all, "always" every time, "error" raises it, "ignore" drops it. The default filters show a
# DeprecationWarning only when the code that triggered it is __main__'s. Shown warnings go to sys.stderr as
# "file:line: Category: text" followed by the source line indented by two spaces.
import sys
import _sys

# Frames of this file stand for CPython's C, which stacklevel does not count.
_skipped = ("_iterate.py",)
_actions = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# Each module's registry of the warnings it has shown, cleared whenever the filters change (CPython's
# __warningregistry__ with its "version" entry).
_registries = {}
_filters_version = [1]


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _filters_mutated():
    _filters_version[0] += 1


def _add_filter(item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def _check_action(action):
    if action not in _actions:
        raise AssertionError("invalid action: " + repr(action))


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    # CPython compiles message and module as regular expressions matched at the start (case-insensitive for the
    # message); plain prefixes cover what programs write, so they are compared as such.
    _add_filter((action, message.lower() if message else None, category, module if module else None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if pattern.endswith("$"):
        return text == pattern[:-1]
    return text.startswith(pattern)


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _matches(msg, text.lower())) and issubclass(category, cat)
                and (mod is None or _matches(mod, module)) and (ln == 0 or ln == lineno)):
            return action
    return defaultaction


def _formatwarnmsg(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _sys._program_line(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # A warning about an object (an unawaited coroutine): CPython offers tracemalloc, which is not tracing.
        s += "%s: Enable tracemalloc to get the object allocation traceback\n" % category
    return s


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg(msg):
    text = _formatwarnmsg(msg)
    try:
        (msg.file if msg.file is not None else sys.stderr).write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg(WarningMessage(message, category, filename, lineno, file, line))


def _registry_of(module):
    registry = _registries.get(module)
    if registry is None or registry.get("version") != _filters_version[0]:
        registry = {"version": _filters_version[0]}
        _registries[module] = registry
    return registry


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    # Counted from warn's own frame, the innermost: stacklevel 1 is the code that called warn.
    where = _sys._caller(_skipped, stacklevel + 1)
    filename = where[0]
    lineno = where[1]
    module = _sys._module_of(filename)
    warn_explicit(message, category, filename, lineno, module, _registry_of(module), None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    if module is None:
        module = filename[:-3] if filename.endswith(".py") else filename
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    if _recording:
        _recording[-1].append(WarningMessage(message, category, filename, lineno, None, None, source))
        return
    if showwarning is not _original_showwarning:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(message, category, filename, lineno, None, None)
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


_original_showwarning = showwarning
# The lists catch_warnings(record=True) blocks collect into, innermost last.
_recording = []


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; record=True collects the warnings."""

    def __init__(self, *, record=False, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = showwarning
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _recording.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global showwarning
        filters[:] = self._saved_filters
        showwarning = self._saved_showwarning
        _filters_mutated()
        if self._record:
            _recording.pop()


def _warn_unawaited_coroutine(coro):
    # Called by the machine when the program drops a coroutine it never awaited (CPython calls it from C).
    msg = "coroutine '%s' was never awaited" % coro.__qualname__
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
