#!/usr/bin/env python3
"""Regenerates the expected syntax trees for CpythonAstComparisonTest, using CPython 3.11 itself.

Reads programs from ast-cases.txt (and the extracted tutorial programs under seed-programs/), parses each with
ast.parse, converts the tree to the shape of Lockstep's syntax tree (lockstep.sim.lang.Expr / Stmt) and prints it in
the same compact form as AstDump.java, one line per program, into ast-expected.txt.

Columns are converted from CPython's UTF-8 byte offsets to 1-based code-point columns, which is what Lockstep uses.

Usage (from this directory):  python3 regenerate-ast-dumps.py
"""
import ast
import decimal
import math
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DELIMITER = "#=== "

BINARY = {ast.Add: "ADD", ast.Sub: "SUB", ast.Mult: "MUL", ast.MatMult: "MATMUL", ast.Div: "DIV",
          ast.FloorDiv: "FLOOR_DIV", ast.Mod: "MOD", ast.Pow: "POW", ast.LShift: "LSHIFT", ast.RShift: "RSHIFT",
          ast.BitOr: "BIT_OR", ast.BitXor: "BIT_XOR", ast.BitAnd: "BIT_AND"}
UNARY = {ast.Not: "NOT", ast.USub: "NEG", ast.UAdd: "POS", ast.Invert: "INVERT"}
COMPARE = {ast.Eq: "EQ", ast.NotEq: "NE", ast.Lt: "LT", ast.LtE: "LE", ast.Gt: "GT", ast.GtE: "GE",
           ast.Is: "IS", ast.IsNot: "IS_NOT", ast.In: "IN", ast.NotIn: "NOT_IN"}


def read_cases():
    """(name, source) pairs: the blocks of ast-cases.txt, then every seed program."""
    cases = []
    name, lines = None, []
    for line in (HERE / "ast-cases.txt").read_text(encoding="utf-8").split("\n"):
        if line.startswith(DELIMITER):
            if name is not None:
                cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
            name, lines = line[len(DELIMITER):].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
    for path in sorted((HERE / "seed-programs").glob("*.py")):
        cases.append(("seed-programs/" + path.name, path.read_text(encoding="utf-8")))
    return cases


class Dumper:
    def __init__(self, source):
        self.lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def pos(self, node):
        line = self.lines[node.lineno - 1].encode("utf-8")
        col = len(line[:node.col_offset].decode("utf-8")) + 1
        return f"@{node.lineno}:{col}"

    def rec(self, kind, node, **fields):
        where = self.pos(node) if node is not None else ""
        inner = ", ".join(f"{k}={v}" for k, v in fields.items())
        return f"{kind}{where}({inner})"

    def seq(self, items):
        return "[" + ", ".join(items) + "]"

    def stmts(self, body):
        return self.seq([self.stmt(s) for s in body])

    def exprs(self, items):
        return self.seq([self.expr(e) for e in items])

    def opt(self, e):
        return "~" if e is None else self.expr(e)

    # ---- statements ----

    def stmt(self, s):
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and s.decorator_list:
            return self.decorated(s)
        r = self.rec
        if isinstance(s, ast.Expr):
            return r("ExprStmt", s, value=self.expr(s.value))
        if isinstance(s, ast.Assign):
            return r("Assign", s, targets=self.exprs(s.targets), value=self.expr(s.value))
        if isinstance(s, ast.AugAssign):
            return r("AugAssign", s, target=self.expr(s.target), op=BINARY[type(s.op)], value=self.expr(s.value))
        if isinstance(s, ast.AnnAssign):
            return r("AnnAssign", s, target=self.expr(s.target), annotation=self.expr(s.annotation),
                     value=self.opt(s.value))
        if isinstance(s, ast.Delete):
            return r("Delete", s, targets=self.exprs(s.targets))
        if isinstance(s, ast.Global):
            return r("Global", s, names=self.seq([quote(n) for n in s.names]))
        if isinstance(s, ast.Nonlocal):
            return r("Nonlocal", s, names=self.seq([quote(n) for n in s.names]))
        if isinstance(s, ast.If):
            return r("If", s, test=self.expr(s.test), body=self.stmts(s.body), orElse=self.stmts(s.orelse))
        if isinstance(s, ast.While):
            return r("While", s, test=self.expr(s.test), body=self.stmts(s.body), orElse=self.stmts(s.orelse))
        if isinstance(s, ast.For):
            return r("For", s, target=self.expr(s.target), iter=self.expr(s.iter), body=self.stmts(s.body),
                     orElse=self.stmts(s.orelse))
        if isinstance(s, ast.AsyncFor):
            # Lockstep keeps the loop as a For at its 'for' keyword, inside an AsyncFor at 'async'.
            text = self.lines[s.lineno - 1].encode("utf-8")[s.col_offset:].decode("utf-8")
            skip = len(text) - len(text[len("async"):].lstrip())
            loop = ast.For(target=s.target, iter=s.iter, body=s.body, orelse=s.orelse, lineno=s.lineno,
                           col_offset=s.col_offset + len(text[:skip].encode("utf-8")))
            return r("AsyncFor", s, loop=self.stmt(loop))
        if isinstance(s, (ast.Break, ast.Continue, ast.Pass)):
            return r(type(s).__name__, s)
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            assert not s.decorator_list
            return r("FunctionDef", s, name=quote(s.name), params=self.params(s.args), body=self.stmts(s.body),
                     isAsync="True" if isinstance(s, ast.AsyncFunctionDef) else "False")
        if isinstance(s, ast.Return):
            return r("Return", s, value=self.opt(s.value))
        if isinstance(s, ast.ClassDef):
            assert all(k.arg == "metaclass" for k in s.keywords) and not s.decorator_list
            metaclass = next((k.value for k in s.keywords), None)
            return r("ClassDef", s, name=quote(s.name), bases=self.exprs(s.bases), metaclass=self.opt(metaclass),
                     body=self.stmts(s.body))
        if isinstance(s, (ast.With, ast.AsyncWith)):
            items = [f"WithItem(context={self.expr(i.context_expr)}, target={self.opt(i.optional_vars)})"
                     for i in s.items]
            return r("With", s, items=self.seq(items), body=self.stmts(s.body),
                     isAsync="True" if isinstance(s, ast.AsyncWith) else "False")
        if isinstance(s, ast.TryStar):
            handlers = [r("ExceptHandler", h, type=self.opt(h.type), name=quote_opt(h.name), body=self.stmts(h.body))
                        for h in s.handlers]
            return r("TryStar", s, body=self.stmts(s.body), handlers=self.seq(handlers), orElse=self.stmts(s.orelse),
                     finalBody=self.stmts(s.finalbody))
        if isinstance(s, ast.Try):
            handlers = [r("ExceptHandler", h, type=self.opt(h.type), name=quote_opt(h.name), body=self.stmts(h.body))
                        for h in s.handlers]
            return r("Try", s, body=self.stmts(s.body), handlers=self.seq(handlers), orElse=self.stmts(s.orelse),
                     finalBody=self.stmts(s.finalbody))
        if isinstance(s, ast.Raise):
            return r("Raise", s, exc=self.opt(s.exc), cause=self.opt(s.cause))
        if isinstance(s, ast.Assert):
            return r("Assert", s, test=self.expr(s.test), msg=self.opt(s.msg))
        if isinstance(s, ast.Import):
            return r("Import", s, names=self.aliases(s.names))
        if isinstance(s, ast.ImportFrom):
            module = "." * s.level + (s.module or "")
            return r("ImportFrom", s, module=quote(module), names=self.aliases(s.names))
        raise ValueError(f"statement outside the scenario language: {ast.dump(s)}")

    def decorated(self, s):
        """Lockstep wraps a decorated def or class in Decorated, placed at the first decorator's '@'."""
        first = s.decorator_list[0]
        line = self.lines[first.lineno - 1]
        at = line[:len(line.encode("utf-8")[:first.col_offset].decode("utf-8"))].rindex("@")
        decorators = self.exprs(s.decorator_list)
        s.decorator_list = []
        return f"Decorated@{first.lineno}:{at + 1}(decorators={decorators}, definition={self.stmt(s)})"

    def aliases(self, names):
        return self.seq([self.rec("Alias", a, name=quote(a.name), asName=quote_opt(a.asname)) for a in names])

    def params(self, a):
        positional = a.posonlyargs + a.args
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        pos = [self.rec("Parameter", p, name=quote(p.arg), defaultValue=self.opt(d))
               for p, d in zip(positional, defaults)]
        kwonly = [self.rec("Parameter", p, name=quote(p.arg), defaultValue=self.opt(d))
                  for p, d in zip(a.kwonlyargs, a.kw_defaults)]
        return (f"Parameters(positional={self.seq(pos)}, vararg={quote_opt(a.vararg and a.vararg.arg)}, "
                f"keywordOnly={self.seq(kwonly)}, kwarg={quote_opt(a.kwarg and a.kwarg.arg)})")

    # ---- expressions ----

    def expr(self, e):
        r = self.rec
        if isinstance(e, ast.Name):
            return r("Name", e, id=quote(e.id))
        if isinstance(e, ast.Constant):
            return r("Constant", e, value=constant(e.value))
        if isinstance(e, ast.JoinedStr):
            return r("JoinedStr", e, parts=self.exprs(e.values))
        if isinstance(e, ast.FormattedValue):
            conversion = "-" if e.conversion == -1 else chr(e.conversion)
            return r("FormattedValue", e, value=self.expr(e.value), conversion=conversion,
                     formatSpec=self.opt(e.format_spec))
        if isinstance(e, ast.BinOp):
            return r("BinOp", e, left=self.expr(e.left), op=BINARY[type(e.op)], right=self.expr(e.right))
        if isinstance(e, ast.UnaryOp):
            return r("UnaryOp", e, op=UNARY[type(e.op)], operand=self.expr(e.operand))
        if isinstance(e, ast.BoolOp):
            return r("BoolOp", e, isAnd="True" if isinstance(e.op, ast.And) else "False", values=self.exprs(e.values))
        if isinstance(e, ast.Compare):
            return r("Compare", e, left=self.expr(e.left), ops=self.seq([COMPARE[type(o)] for o in e.ops]),
                     comparators=self.exprs(e.comparators))
        if isinstance(e, ast.Call):
            keywords = [r("Keyword", k, name=quote_opt(k.arg), value=self.expr(k.value)) for k in e.keywords]
            return r("Call", e, func=self.expr(e.func), args=self.exprs(e.args), keywords=self.seq(keywords))
        if isinstance(e, ast.Attribute):
            return r("Attribute", e, value=self.expr(e.value), attr=quote(e.attr))
        if isinstance(e, ast.Subscript):
            if any(isinstance(n, ast.Starred) for n in ast.walk(e.slice)):
                raise ValueError("starred expression in an index")
            return r("Subscript", e, value=self.expr(e.value), index=self.expr(e.slice))
        if isinstance(e, ast.Slice):
            return r("Slice", e, lower=self.opt(e.lower), upper=self.opt(e.upper), step=self.opt(e.step))
        if isinstance(e, ast.List):
            return r("ListExpr", e, elts=self.exprs(e.elts))
        if isinstance(e, ast.Tuple):
            return r("TupleExpr", e, elts=self.exprs(e.elts))
        if isinstance(e, ast.Dict):
            return r("DictExpr", e, keys=self.seq([self.opt(k) for k in e.keys]), values=self.exprs(e.values))
        if isinstance(e, ast.Set):
            return r("SetExpr", e, elts=self.exprs(e.elts))
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            name = {ast.ListComp: "ListComp", ast.SetComp: "SetComp", ast.GeneratorExp: "GeneratorExp"}[type(e)]
            return r(name, e, elt=self.expr(e.elt), generators=self.generators(e.generators))
        if isinstance(e, ast.DictComp):
            return r("DictComp", e, key=self.expr(e.key), value=self.expr(e.value),
                     generators=self.generators(e.generators))
        if isinstance(e, ast.Lambda):
            return r("Lambda", e, params=self.params(e.args), body=self.expr(e.body))
        if isinstance(e, ast.IfExp):
            return r("IfExp", e, test=self.expr(e.test), body=self.expr(e.body), orElse=self.expr(e.orelse))
        if isinstance(e, ast.Starred):
            return r("Starred", e, value=self.expr(e.value))
        if isinstance(e, ast.Await):
            return r("Await", e, value=self.expr(e.value))
        if isinstance(e, ast.NamedExpr):
            return r("NamedExpr", e, target=self.expr(e.target), value=self.expr(e.value))
        if isinstance(e, ast.Yield):
            return r("Yield", e, value=self.expr(e.value) if e.value is not None else "~")
        if isinstance(e, ast.YieldFrom):
            return r("YieldFrom", e, value=self.expr(e.value))
        raise ValueError(f"expression outside the scenario language: {ast.dump(e)}")

    def generators(self, gens):
        out = []
        for g in gens:
            # isAsync is shown only for an async for clause, as AstDump shows it.
            flag = ", isAsync=True" if g.is_async else ""
            out.append(f"Comprehension(target={self.expr(g.target)}, iter={self.expr(g.iter)}, ifs={self.exprs(g.ifs)}{flag})")
        return self.seq(out)


def constant(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "..."
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "float:inf" if math.isinf(v) else "float:" + format(decimal.Decimal(v), "f")
    if isinstance(v, str):
        return quote(v)
    raise ValueError(f"constant outside the scenario language: {v!r}")


def quote(s):
    out = ['"']
    for ch in s:
        cp = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif cp < 0x20 or 0x7F <= cp < 0xA0 or 0xD800 <= cp < 0xE000:
            out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def quote_opt(s):
    return "~" if s is None else quote(s)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11: the expectations are CPython 3.11's trees")
    out = []
    for name, source in read_cases():
        tree = ast.parse(source)
        try:
            dump = Dumper(source).stmts(tree.body)
        except (ValueError, AssertionError) as e:
            dump = f"UNSUPPORTED {e}"  # the parser must reject it as outside the scenario language
        out.append(name + "\t" + dump)
    (HERE / "ast-expected.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} trees to ast-expected.txt")


if __name__ == "__main__":
    main()
