def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)

d = {"a": 1}
attempt("dict", lambda: d["missing"])
attempt("dict int key", lambda: {1: "x"}[2])
attempt("list", lambda: [1, 2, 3][3])
attempt("list neg", lambda: [1, 2, 3][-4])
attempt("tuple", lambda: (1, 2)[5])
attempt("str", lambda: "abc"[10])
attempt("pop empty", lambda: [].pop())
attempt("pop index", lambda: [1].pop(3))
attempt("dict pop", lambda: {}.pop("k"))
attempt("remove", lambda: [1, 2].remove(3))
attempt("index", lambda: [1, 2].index(9))
attempt("str index", lambda: "abc".index("z"))
try:
    d["nope"]
except KeyError as e:
    print(repr(e), e.args)
