# A Manager's Namespace: attributes set in one process are seen in the others; it prints as Namespace(a=1, b=2)
# sorted by name, and a missing attribute is an AttributeError.
from multiprocessing import Manager, Process


def child(ns):
    ns.result = ns.base * 2
    ns.seen = sorted(name for name in ("base", "result") if hasattr(ns, name))


if __name__ == "__main__":
    with Manager() as manager:
        ns = manager.Namespace(base=21)
        ns.label = "answer"
        p = Process(target=child, args=(ns,))
        p.start()
        p.join()
        print(ns.result, ns.label, ns.seen)
        print(ns)
        del ns.label
        try:
            ns.label
        except AttributeError as e:
            print("AttributeError:", e)
        print(ns, type(ns).__name__)
