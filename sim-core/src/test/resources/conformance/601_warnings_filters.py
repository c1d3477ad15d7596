# warnings.warn from __main__: categories, the default filters (a DeprecationWarning of __main__ is shown,
# a PendingDeprecationWarning is not), once per line, simplefilter/filterwarnings actions and catch_warnings.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # CPython names __main__'s file by its absolute path: the file's own name keeps this output portable.
    print(warnings.formatwarning(message, category, filename.split("/")[-1], lineno, line), end="")


warnings.showwarning = show

warnings.warn("plain")
warnings.warn("old api", DeprecationWarning)
warnings.warn("soon old", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
for i in range(3):
    warnings.warn("in a loop", FutureWarning)


def deprecated_api():
    warnings.warn("deprecated_api() is deprecated", DeprecationWarning, stacklevel=2)
    return 42


print(deprecated_api())
print(deprecated_api())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", DeprecationWarning)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print(caught[0].lineno, caught[0].filename.endswith(".py"))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("not shown")
    print("ignored inside")

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        warnings.warn("now an error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised:", type(e).__name__, e)

warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy message")
warnings.warn("quiet message")
warnings.simplefilter("once", UserWarning)
warnings.warn("once only")
warnings.warn("once only")
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1].__name__)
print("end")
