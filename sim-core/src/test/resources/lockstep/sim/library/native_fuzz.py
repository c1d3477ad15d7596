# Calls every callable of every simulated module (and the methods of every class they hold) with 0 to 3 awkward
# arguments, and reports each call that failed with a Java exception instead of a Python one: the machine turns those
# into SystemError naming the native (see NativeFailures). NativeFuzzTest writes the imports above this text and the
# targets, found in the module objects, SKIPPED, START (the first call to make: the test starts again after a
# call that crashed the machine) and the call of main() below it; main() runs only under
# `if __name__ == '__main__'`, since multiprocessing's spawned children import this file.

SAMPLES = 12  # two- and three-argument calls per callable, drawn by the LCG below
TARGETS = []
LAST = ''  # the call in progress, for a run that ends inside one


def add_target(name, read):
    """Adds (name, callable) when reading it works and gives a callable (a class's attribute may be neither)."""
    try:
        value = read()
    except Exception:
        return
    if callable(value):
        TARGETS.append((name, value))


def awkward_values():
    """A fresh set per call: natives may mutate what they are given."""
    looped = []
    looped.append(looped)
    nested = {}
    nested['self'] = nested

    class Plain:
        pass

    # The range's bounds are at the edge of a 64-bit integer (its length overflows one) but it holds 16 items: a
    # range of 2**62 items would make every function that consumes an iterable (sum, list, math.prod) run for ever,
    # in CPython as well; bounding those is the step budget's job, not this test's. No b'': the language has no bytes.
    return [None, True, -1, 0, 2**100, -2**100, 1.5, float('nan'), float('inf'), 1e308, '', 'x', 'a' * 50, [], looped, {}, nested, (), {1, 'x'}, lambda *args, **kwargs: None, object(), Plain,
            range(-2**62, 2**62, 2**59)]


VALUE_NAMES = ['None', 'True', '-1', '0', '2**100', '-2**100', '1.5', 'nan', 'inf', '1e308', "''", "'x'", "'a'*50", '[]', 'looped', '{}', 'nested', '()', "{1, 'x'}", 'lambda', 'object()', 'Plain',
               'range(-2**62, 2**62, 2**59)']


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n


def argument_lists(count, lcg):
    """Index tuples: none, every single value, then SAMPLES pairs and SAMPLES triples."""
    lists = [()]
    lists += [(i,) for i in range(count)]
    for size in (2, 3):
        for _ in range(SAMPLES):
            lists.append(tuple(lcg.below(count) for _ in range(size)))
    return lists


def main():
    """Prints each callable's first finding and, at the end, how many calls were made and failed."""
    global LAST
    lcg = Lcg(14)
    count = len(VALUE_NAMES)
    calls = 0
    findings = {}
    for name, function in TARGETS:
        for indexes in argument_lists(count, lcg):
            calls += 1
            if calls < START or name in SKIPPED:
                continue
            shown = name + '(' + ', '.join(VALUE_NAMES[i] for i in indexes) + ')'
            LAST = str(calls) + ' ' + shown
            values = awkward_values()
            try:
                function(*[values[i] for i in indexes])
            except SystemError as e:
                if name not in findings:
                    findings[name] = 0
                    print('FINDING', shown, '->', e)
                findings[name] += 1
            except BaseException:
                pass
    for name, failed in findings.items():
        print('FAILED', failed, name)
    print('CALLS', calls)
