// Parser tests: syntax trees for every construct, compared with CPython 3.11's `ast` output
// (dumped by ASTDump.swift in the same format as a dump of CPython's tree; the expected
// strings were produced by CPython), source positions, literals, nesting limits, and the
// conformance corpus. Error messages are in ParserErrorTests.swift.
import XCTest
@testable import RLMInterpreter

func dumpParseTree(_ source: String, positions: Bool = false) throws -> String {
    var text = ASTDumper(positions: positions).dump(try parseModule(source))
    if text.hasSuffix("\n") { text.removeLast() }
    return text
}

func assertParseTree(_ source: String, _ expected: String, positions: Bool = false,
                file: StaticString = #filePath, line: UInt = #line) throws {
    XCTAssertEqual(try dumpParseTree(source, positions: positions), expected, file: file, line: line)
}

/// The error `parseModule` throws, or nil.
func parseErrorFor(_ source: String) -> SyntaxError? {
    do {
        _ = try parseModule(source)
        return nil
    } catch let error as SyntaxError {
        return error
    } catch {
        XCTFail("unexpected error type \(error)")
        return nil
    }
}

final class ParserTests: XCTestCase {
    func testOperatorPrecedence() throws {
        try assertParseTree("x = -2**2\n",
                       "Assign([Name(x)], UnaryOp(USub, BinOp(Const(int:2), Pow, Const(int:2))))")
        try assertParseTree("y = 2**-1**2\n",
                       "Assign([Name(y)], BinOp(Const(int:2), Pow, UnaryOp(USub, BinOp(Const(int:1), Pow, Const(int:2)))))")
        try assertParseTree("z = -x**-y**~z\n",
                       "Assign([Name(z)], UnaryOp(USub, BinOp(Name(x), Pow, UnaryOp(USub, BinOp(Name(y), Pow, UnaryOp(Invert, Name(z)))))))")
        try assertParseTree("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
                       "Assign([Name(x)], BinOp(Name(a), BitOr, BinOp(Name(b), BitXor, BinOp(Name(c), BitAnd, BinOp(BinOp(Name(d), LShift, Name(e)), RShift, BinOp(BinOp(Name(f), Add, Name(g)), Sub, BinOp(BinOp(BinOp(BinOp(BinOp(Name(h), Mult, Name(i)), Div, Name(j)), FloorDiv, Name(k)), Mod, Name(l)), MatMult, Name(m))))))))")
        try assertParseTree("x = a - b - c\n",
                       "Assign([Name(x)], BinOp(BinOp(Name(a), Sub, Name(b)), Sub, Name(c)))")
        try assertParseTree("x = a ** b ** c\n",
                       "Assign([Name(x)], BinOp(Name(a), Pow, BinOp(Name(b), Pow, Name(c))))")
        try assertParseTree("x = not a == b\n",
                       "Assign([Name(x)], UnaryOp(Not, Compare(Name(a), [Eq], [Name(b)])))")
        try assertParseTree("x = not not b\n",
                       "Assign([Name(x)], UnaryOp(Not, UnaryOp(Not, Name(b))))")
        try assertParseTree("x = a or b or c and d\n",
                       "Assign([Name(x)], BoolOp(Or, [Name(a), Name(b), BoolOp(And, [Name(c), Name(d)])]))")
        try assertParseTree("x = a and b or c and d\n",
                       "Assign([Name(x)], BoolOp(Or, [BoolOp(And, [Name(a), Name(b)]), BoolOp(And, [Name(c), Name(d)])]))")
        try assertParseTree("x = a < b <= c > d >= e == f != g in h not in i is j is not k\n",
                       "Assign([Name(x)], Compare(Name(a), [Lt, LtE, Gt, GtE, Eq, NotEq, In, NotIn, Is, IsNot], [Name(b), Name(c), Name(d), Name(e), Name(f), Name(g), Name(h), Name(i), Name(j), Name(k)]))")
        try assertParseTree("x = -a.b + ~a[1] * +a()\n",
                       "Assign([Name(x)], BinOp(UnaryOp(USub, Attribute(Name(a), b)), Add, BinOp(UnaryOp(Invert, Subscript(Name(a), Const(int:1))), Mult, UnaryOp(UAdd, Call(Name(a), [], [])))))")
        try assertParseTree("x = a if b else c if d else e\n",
                       "Assign([Name(x)], IfExp(Name(b), Name(a), IfExp(Name(d), Name(c), Name(e))))")
        try assertParseTree("x = (a if b else c) if d else e\n",
                       "Assign([Name(x)], IfExp(Name(d), IfExp(Name(b), Name(a), Name(c)), Name(e)))")
    }

    func testLambdas() throws {
        try assertParseTree("f = lambda: 0\n",
                       "Assign([Name(f)], Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Const(int:0)))")
        try assertParseTree("f = lambda x, y=1, *args, z, w=2, **kw: x\n",
                       "Assign([Name(f)], Lambda(args(posonly=[], args=[x, y], vararg=args, kwonly=[z, w], kw_defaults=[-, Const(int:2)], kwarg=kw, defaults=[Const(int:1)]), Name(x)))")
        try assertParseTree("f = lambda *, a: a\n",
                       "Assign([Name(f)], Lambda(args(posonly=[], args=[], vararg=-, kwonly=[a], kw_defaults=[-], kwarg=-, defaults=[]), Name(a)))")
        try assertParseTree("f = lambda a, /, b: a\n",
                       "Assign([Name(f)], Lambda(args(posonly=[a], args=[b], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Name(a)))")
        try assertParseTree("g = lambda x: lambda y: x + y\n",
                       "Assign([Name(g)], Lambda(args(posonly=[], args=[x], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Lambda(args(posonly=[], args=[y], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), BinOp(Name(x), Add, Name(y)))))")
        try assertParseTree("x = a if b else (lambda: c)\n",
                       "Assign([Name(x)], IfExp(Name(b), Name(a), Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Name(c))))")
    }

    func testFunctionDefinitions() throws {
        try assertParseTree("def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n",
                       "FunctionDef(f, args(posonly=[a, b], args=[c], vararg=d, kwonly=[e, f], kw_defaults=[-, Const(int:3)], kwarg=g, defaults=[Const(int:1), Const(int:2)]), decorators=[])\n body:\n  Return(Name(a))")
        try assertParseTree("def f(a: int, *, b: str = \"x\") -> None: pass\n",
                       "FunctionDef(f, args(posonly=[], args=[a], vararg=-, kwonly=[b], kw_defaults=[Const(str:\"x\")], kwarg=-, defaults=[]), decorators=[])\n body:\n  Pass")
        try assertParseTree("def f(*args: int, **kwargs: str): pass\n",
                       "FunctionDef(f, args(posonly=[], args=[], vararg=args, kwonly=[], kw_defaults=[], kwarg=kwargs, defaults=[]), decorators=[])\n body:\n  Pass")
        try assertParseTree("def f(\n    a,\n    b,\n): ...\n",
                       "FunctionDef(f, args(posonly=[], args=[a, b], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[])\n body:\n  Expr(Const(Ellipsis))")
        try assertParseTree("@dec\n@dec2(1, x=2)\n@a.b.c\ndef f(): pass\n",
                       "FunctionDef(f, args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[Name(dec), Call(Name(dec2), [Const(int:1)], [kw(x, Const(int:2))]), Attribute(Attribute(Name(a), b), c)])\n body:\n  Pass")
        try assertParseTree("@property\ndef f(self): pass\n@f.setter\ndef f(self, v): pass\n",
                       "FunctionDef(f, args(posonly=[], args=[self], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[Name(property)])\n body:\n  Pass\nFunctionDef(f, args(posonly=[], args=[self, v], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[Attribute(Name(f), setter)])\n body:\n  Pass")
    }

    func testClasses() throws {
        try assertParseTree("class A(B, C, metaclass=M): pass\n",
                       "ClassDef(A, bases=[Name(B), Name(C)], keywords=[kw(metaclass, Name(M))], decorators=[])\n body:\n  Pass")
        try assertParseTree("class A:\n    x: int = 3\n    y: \"str\"\n    def m(self): return self.x\n",
                       "ClassDef(A, bases=[], keywords=[], decorators=[])\n body:\n  AnnAssign(Name(x), Name(int), Const(int:3))\n  AnnAssign(Name(y), Const(str:\"str\"), -)\n  FunctionDef(m, args(posonly=[], args=[self], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[])\n   body:\n    Return(Attribute(Name(self), x))")
        try assertParseTree("class A(B,\n        C):\n    def __init__(self, *a,\n                 **k):\n        super().__init__(*a, **k)\n",
                       "ClassDef(A, bases=[Name(B), Name(C)], keywords=[], decorators=[])\n body:\n  FunctionDef(__init__, args(posonly=[], args=[self], vararg=a, kwonly=[], kw_defaults=[], kwarg=k, defaults=[]), decorators=[])\n   body:\n    Expr(Call(Attribute(Call(Name(super), [], []), __init__), [Starred(Name(a))], [kw(**, Name(k))]))")
    }

    func testIfWhileFor() throws {
        try assertParseTree("if a: pass\nelif b: pass\nelif c:\n    pass\nelse:\n    pass\n",
                       "If(Name(a))\n body:\n  Pass\n orelse:\n  If(Name(b))\n   body:\n    Pass\n   orelse:\n    If(Name(c))\n     body:\n      Pass\n     orelse:\n      Pass")
        try assertParseTree("while x: x -= 1\nelse: y = 2\n",
                       "While(Name(x))\n body:\n  AugAssign(Name(x), Sub, Const(int:1))\n orelse:\n  Assign([Name(y)], Const(int:2))")
        try assertParseTree("for i, x in enumerate(y): pass\nelse: pass\n",
                       "For(Tuple[Name(i), Name(x)], Call(Name(enumerate), [Name(y)], []))\n body:\n  Pass\n orelse:\n  Pass")
        try assertParseTree("for (a, b), *c in d: pass\n",
                       "For(Tuple[Tuple[Name(a), Name(b)], Starred(Name(c))], Name(d))\n body:\n  Pass\n orelse:")
        try assertParseTree("for x, in y: pass\n",
                       "For(Tuple[Name(x)], Name(y))\n body:\n  Pass\n orelse:")
        try assertParseTree("for x in 1, 2, *y: pass\n",
                       "For(Name(x), Tuple[Const(int:1), Const(int:2), Starred(Name(y))])\n body:\n  Pass\n orelse:")
        try assertParseTree("if (n := len(a)) > 10: pass\nwhile (line := f()) != \"\": pass\n",
                       "If(Compare(NamedExpr(n, Call(Name(len), [Name(a)], [])), [Gt], [Const(int:10)]))\n body:\n  Pass\n orelse:\nWhile(Compare(NamedExpr(line, Call(Name(f), [], [])), [NotEq], [Const(str:\"\")]))\n body:\n  Pass\n orelse:")
    }

    func testTryRaiseAssert() throws {
        try assertParseTree("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
                       "Try\n body:\n  Pass\n handler(Tuple[Name(A), Name(B)], e):\n  Pass\n handler(Name(C), -):\n  Pass\n handler(-, -):\n  Pass\n orelse:\n  Pass\n finally:\n  Pass")
        try assertParseTree("try:\n    pass\nfinally:\n    pass\n",
                       "Try\n body:\n  Pass\n orelse:\n finally:\n  Pass")
        try assertParseTree("raise\nraise X\nraise X from None\n",
                       "Raise(-, -)\nRaise(Name(X), -)\nRaise(Name(X), Const(None))")
        try assertParseTree("assert x\nassert x, \"msg %s\" % y\n",
                       "Assert(Name(x), -)\nAssert(Name(x), BinOp(Const(str:\"msg %s\"), Mod, Name(y)))")
    }

    func testDeleteGlobalImport() throws {
        try assertParseTree("del a, b[1], c.d, (e, f), [g]\ndel a,\n",
                       "Delete([Name(a), Subscript(Name(b), Const(int:1)), Attribute(Name(c), d), Tuple[Name(e), Name(f)], List[Name(g)]])\nDelete([Name(a)])")
        try assertParseTree("global a, b\ndef f():\n    nonlocal x\n",
                       "Global(a, b)\nFunctionDef(f, args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[])\n body:\n  Nonlocal(x)")
        try assertParseTree("import a\nimport a.b.c\nimport a.b as c, d as e\n",
                       "Import(a as -)\nImport(a.b.c as -)\nImport(a.b as c, d as e)")
        try assertParseTree("from a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom .. import y\nfrom ...a import z\nfrom .... import w\nfrom . a import (b, c as d,)\nfrom m import *\n",
                       "ImportFrom(a, b as -, 0)\nImportFrom(a.b, c as d, e as -, 0)\nImportFrom(, x as -, 1)\nImportFrom(, y as -, 2)\nImportFrom(a, z as -, 3)\nImportFrom(, w as -, 4)\nImportFrom(a, b as -, c as d, 1)\nImportFrom(m, * as -, 0)")
    }

    func testWith() throws {
        try assertParseTree("with open(a) as f, open(b) as g: pass\n",
                       "With([item(Call(Name(open), [Name(a)], []), Name(f)), item(Call(Name(open), [Name(b)], []), Name(g))])\n body:\n  Pass")
        try assertParseTree("with (open(a) as f, open(b) as g,): pass\n",
                       "With([item(Call(Name(open), [Name(a)], []), Name(f)), item(Call(Name(open), [Name(b)], []), Name(g))])\n body:\n  Pass")
        try assertParseTree("with (a, b): pass\n",
                       "With([item(Name(a), -), item(Name(b), -)])\n body:\n  Pass")
        try assertParseTree("with (a, b) as (c, d): pass\n",
                       "With([item(Tuple[Name(a), Name(b)], Tuple[Name(c), Name(d)])])\n body:\n  Pass")
        try assertParseTree("with a as b.c, d as e[1]: pass\n",
                       "With([item(Name(a), Attribute(Name(b), c)), item(Name(d), Subscript(Name(e), Const(int:1)))])\n body:\n  Pass")
        try assertParseTree("with (yield): pass\n",
                       "With([item(Yield(-), -)])\n body:\n  Pass")
    }

    func testAssignments() throws {
        try assertParseTree("x = 1; y = 2;\n",
                       "Assign([Name(x)], Const(int:1))\nAssign([Name(y)], Const(int:2))")
        try assertParseTree("if x: a = 1; b = 2\n",
                       "If(Name(x))\n body:\n  Assign([Name(a)], Const(int:1))\n  Assign([Name(b)], Const(int:2))\n orelse:")
        try assertParseTree("a = b = c = d\n",
                       "Assign([Name(a), Name(b), Name(c)], Name(d))")
        try assertParseTree("a, *b = c\n",
                       "Assign([Tuple[Name(a), Starred(Name(b))]], Name(c))")
        try assertParseTree("[a, b] = c\n",
                       "Assign([List[Name(a), Name(b)]], Name(c))")
        try assertParseTree("(a) = 1\n",
                       "Assign([Name(a)], Const(int:1))")
        try assertParseTree("a.b = c[d] = e\n",
                       "Assign([Attribute(Name(a), b), Subscript(Name(c), Name(d))], Name(e))")
        try assertParseTree("x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1\n",
                       "AugAssign(Name(x), Add, Const(int:1))\nAugAssign(Name(x), Sub, Const(int:1))\nAugAssign(Name(x), Mult, Const(int:1))\nAugAssign(Name(x), Div, Const(int:1))\nAugAssign(Name(x), FloorDiv, Const(int:1))\nAugAssign(Name(x), Mod, Const(int:1))\nAugAssign(Name(x), Pow, Const(int:1))\nAugAssign(Name(x), MatMult, Const(int:1))\nAugAssign(Name(x), BitAnd, Const(int:1))\nAugAssign(Name(x), BitOr, Const(int:1))\nAugAssign(Name(x), BitXor, Const(int:1))\nAugAssign(Name(x), LShift, Const(int:1))\nAugAssign(Name(x), RShift, Const(int:1))")
        try assertParseTree("x: int\nx: int = 1\nx.y: int = 2\nx[0]: int = 3\n(x): int = 4\nx: int = yield\n",
                       "AnnAssign(Name(x), Name(int), -)\nAnnAssign(Name(x), Name(int), Const(int:1))\nAnnAssign(Attribute(Name(x), y), Name(int), Const(int:2))\nAnnAssign(Subscript(Name(x), Const(int:0)), Name(int), Const(int:3))\nAnnAssign(Name(x), Name(int), Const(int:4))\nAnnAssign(Name(x), Name(int), Yield(-))")
    }

    func testYield() throws {
        try assertParseTree("def g():\n    x = yield\n    y = yield 1\n    z = yield 1, 2\n    w = yield from q\n    yield\n    yield a, *b\n    (yield)\n    return *a, b\n",
                       "FunctionDef(g, args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[])\n body:\n  Assign([Name(x)], Yield(-))\n  Assign([Name(y)], Yield(Const(int:1)))\n  Assign([Name(z)], Yield(Tuple[Const(int:1), Const(int:2)]))\n  Assign([Name(w)], YieldFrom(Name(q)))\n  Expr(Yield(-))\n  Expr(Yield(Tuple[Name(a), Starred(Name(b))]))\n  Expr(Yield(-))\n  Return(Tuple[Starred(Name(a)), Name(b)])")
        try assertParseTree("x = lambda: (yield)\n",
                       "Assign([Name(x)], Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Yield(-)))")
    }

    func testSubscripts() throws {
        try assertParseTree("x = a[1]\nx = a[1:2]\nx = a[:]\nx = a[::]\nx = a[1:2:3]\nx = a[::-1]\nx = a[1:2, ::3]\nx = a[:, None]\nx = a[1,]\nx = a[1, 2]\nx = a[*b]\nx = a[*b, c]\nx = a[b:=1]\nx = a[(b := 1)]\nx = a[lambda: 1]\n",
                       "Assign([Name(x)], Subscript(Name(a), Const(int:1)))\nAssign([Name(x)], Subscript(Name(a), Slice(Const(int:1), Const(int:2), -)))\nAssign([Name(x)], Subscript(Name(a), Slice(-, -, -)))\nAssign([Name(x)], Subscript(Name(a), Slice(-, -, -)))\nAssign([Name(x)], Subscript(Name(a), Slice(Const(int:1), Const(int:2), Const(int:3))))\nAssign([Name(x)], Subscript(Name(a), Slice(-, -, UnaryOp(USub, Const(int:1)))))\nAssign([Name(x)], Subscript(Name(a), Tuple[Slice(Const(int:1), Const(int:2), -), Slice(-, -, Const(int:3))]))\nAssign([Name(x)], Subscript(Name(a), Tuple[Slice(-, -, -), Const(None)]))\nAssign([Name(x)], Subscript(Name(a), Tuple[Const(int:1)]))\nAssign([Name(x)], Subscript(Name(a), Tuple[Const(int:1), Const(int:2)]))\nAssign([Name(x)], Subscript(Name(a), Tuple[Starred(Name(b))]))\nAssign([Name(x)], Subscript(Name(a), Tuple[Starred(Name(b)), Name(c)]))\nAssign([Name(x)], Subscript(Name(a), NamedExpr(b, Const(int:1))))\nAssign([Name(x)], Subscript(Name(a), NamedExpr(b, Const(int:1))))\nAssign([Name(x)], Subscript(Name(a), Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Const(int:1))))")
    }

    func testCalls() throws {
        try assertParseTree("f()\nf(1)\nf(1,)\nf(a, *b, c, **d, e=1)\nf(a=1, *b)\nf(*a, *b, **c, **d)\nf(x for x in y)\nf((x for x in y), 1)\nf(a := 1)\nf(**{'a': 1})\n",
                       "Expr(Call(Name(f), [], []))\nExpr(Call(Name(f), [Const(int:1)], []))\nExpr(Call(Name(f), [Const(int:1)], []))\nExpr(Call(Name(f), [Name(a), Starred(Name(b)), Name(c)], [kw(**, Name(d)), kw(e, Const(int:1))]))\nExpr(Call(Name(f), [Starred(Name(b))], [kw(a, Const(int:1))]))\nExpr(Call(Name(f), [Starred(Name(a)), Starred(Name(b))], [kw(**, Name(c)), kw(**, Name(d))]))\nExpr(Call(Name(f), [GeneratorExp(Name(x), [comp(Name(x), Name(y), [])])], []))\nExpr(Call(Name(f), [GeneratorExp(Name(x), [comp(Name(x), Name(y), [])]), Const(int:1)], []))\nExpr(Call(Name(f), [NamedExpr(a, Const(int:1))], []))\nExpr(Call(Name(f), [], [kw(**, Dict[Const(str:\"a\"): Const(int:1)])]))")
        try assertParseTree("x = f(*a)(b)[c].d\nx = a.b.c.d(e)(f)[g][h]\n",
                       "Assign([Name(x)], Attribute(Subscript(Call(Call(Name(f), [Starred(Name(a))], []), [Name(b)], []), Name(c)), d))\nAssign([Name(x)], Subscript(Subscript(Call(Call(Attribute(Attribute(Attribute(Name(a), b), c), d), [Name(e)], []), [Name(f)], []), Name(g)), Name(h)))")
    }

    func testComprehensions() throws {
        try assertParseTree("x = [x for x in y if x if not x]\nx = {x for x in y}\nx = {k: v for k, v in y.items() if k}\nx = (x for x in y for z in x)\nx = [(a, b) for a in c for b in d if a if b]\nx = [y for x in z if (y := x)]\nx = [lambda: x for x in y]\nx = [i for i in range(10)][::2]\n",
                       "Assign([Name(x)], ListComp(Name(x), [comp(Name(x), Name(y), [Name(x), UnaryOp(Not, Name(x))])]))\nAssign([Name(x)], SetComp(Name(x), [comp(Name(x), Name(y), [])]))\nAssign([Name(x)], DictComp(Name(k), Name(v), [comp(Tuple[Name(k), Name(v)], Call(Attribute(Name(y), items), [], []), [Name(k)])]))\nAssign([Name(x)], GeneratorExp(Name(x), [comp(Name(x), Name(y), []), comp(Name(z), Name(x), [])]))\nAssign([Name(x)], ListComp(Tuple[Name(a), Name(b)], [comp(Name(a), Name(c), []), comp(Name(b), Name(d), [Name(a), Name(b)])]))\nAssign([Name(x)], ListComp(Name(y), [comp(Name(x), Name(z), [NamedExpr(y, Name(x))])]))\nAssign([Name(x)], ListComp(Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Name(x)), [comp(Name(x), Name(y), [])]))\nAssign([Name(x)], Subscript(ListComp(Name(i), [comp(Name(i), Call(Name(range), [Const(int:10)], []), [])]), Slice(-, -, Const(int:2))))")
    }

    func testDisplays() throws {
        try assertParseTree("x = ()\nx = (1,)\nx = (1, 2,)\nx = 1,\nx = 1, 2\nx = []\nx = [1,]\nx = {}\nx = {1}\nx = {1,}\nx = {1: 2,}\nx = {**a, 'b': 1, **c}\nx = {*a, *b}\nx = [*a, *b]\nx = *a, *b\nx = ...\nx = None, True, False\nx = (((1)))\nx = ((1, 2))\nx = (a := 1, b := 2)\nx = [y := 1, y ** 2]\n",
                       "Assign([Name(x)], Tuple[])\nAssign([Name(x)], Tuple[Const(int:1)])\nAssign([Name(x)], Tuple[Const(int:1), Const(int:2)])\nAssign([Name(x)], Tuple[Const(int:1)])\nAssign([Name(x)], Tuple[Const(int:1), Const(int:2)])\nAssign([Name(x)], List[])\nAssign([Name(x)], List[Const(int:1)])\nAssign([Name(x)], Dict[])\nAssign([Name(x)], Set[Const(int:1)])\nAssign([Name(x)], Set[Const(int:1)])\nAssign([Name(x)], Dict[Const(int:1): Const(int:2)])\nAssign([Name(x)], Dict[**Name(a), Const(str:\"b\"): Const(int:1), **Name(c)])\nAssign([Name(x)], Set[Starred(Name(a)), Starred(Name(b))])\nAssign([Name(x)], List[Starred(Name(a)), Starred(Name(b))])\nAssign([Name(x)], Tuple[Starred(Name(a)), Starred(Name(b))])\nAssign([Name(x)], Const(Ellipsis))\nAssign([Name(x)], Tuple[Const(None), Const(True), Const(False)])\nAssign([Name(x)], Const(int:1))\nAssign([Name(x)], Tuple[Const(int:1), Const(int:2)])\nAssign([Name(x)], Tuple[NamedExpr(a, Const(int:1)), NamedExpr(b, Const(int:2))])\nAssign([Name(x)], List[NamedExpr(y, Const(int:1)), BinOp(Name(y), Pow, Const(int:2))])")
    }

    func testStringLiterals() throws {
        try assertParseTree("x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\nx = r'\\d' R\"\\w\"\nx = rb'\\x' Rb\"\\y\" bR'\\z' BR\"\\q\"\nx = b'a' B\"b\"\nx = u'x' U\"y\"\nx = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\1\\12\\123\\x41\\u0041\\U00000041'\nx = '\\d\\w\\s\\q\\8\\9'\nx = b'\\n\\t\\\\\\x41\\101\\d\\u0041\\777'\nx = 'line1\\\nline2'\nx = \"\"\"a\nb\\\nc\"\"\"\nx = 'é€😀'\nx = \"\\N{EM DASH}\\N{bullet}\"\nx = b'' b'a' rb'\\n'\n",
                       "Assign([Name(x)], Const(str:\"abcd\"))\nAssign([Name(x)], Const(str:\"\\\\d\\\\w\"))\nAssign([Name(x)], Const(bytes:92,120,92,121,92,122,92,113))\nAssign([Name(x)], Const(bytes:97,98))\nAssign([Name(x)], Const(str:\"xy\"))\nAssign([Name(x)], Const(str:\"\\n\\t\\\\'\\\"\\u0007\\b\\f\\u000b\\r\\u0000\\u0001\\nSAAA\"))\nAssign([Name(x)], Const(str:\"\\\\d\\\\w\\\\s\\\\q\\\\8\\\\9\"))\nAssign([Name(x)], Const(bytes:10,9,92,65,65,92,100,92,117,48,48,52,49,255))\nAssign([Name(x)], Const(str:\"line1line2\"))\nAssign([Name(x)], Const(str:\"a\\nbc\"))\nAssign([Name(x)], Const(str:\"\\u00e9\\u20ac\\ud83d\\ude00\"))\nAssign([Name(x)], Const(str:\"\\u2014\\u2022\"))\nAssign([Name(x)], Const(bytes:97,92,110))")
    }

    func testFStrings() throws {
        try assertParseTree("x = f'{a}' F\"{b}\" rf'{c}\\d' fR'{d}' Rf\"{e}\" FR\"{f}\"\nx = 'a' f'{b}' 'c'\nx = f'' ''\nx = 'a' 'b' f'c' 'd' f'{e}' 'f'\n",
                       "Assign([Name(x)], JoinedStr[Field(Name(a), -, -), Field(Name(b), -, -), Field(Name(c), -, -), Lit(\"\\\\d\"), Field(Name(d), -, -), Field(Name(e), -, -), Field(Name(f), -, -)])\nAssign([Name(x)], JoinedStr[Lit(\"a\"), Field(Name(b), -, -), Lit(\"c\")])\nAssign([Name(x)], JoinedStr[])\nAssign([Name(x)], JoinedStr[Lit(\"abcd\"), Field(Name(e), -, -), Lit(\"f\")])")
        try assertParseTree("x = f\"{a!r} {b!s} {c!a} {d:>10} {e!r:^{w}} {{literal}} {f:{g}.{h}f}\"\nx = f\"{x=}\"\nx = f\"{x = }\"\nx = f\"{x=!s}\"\nx = f\"{x=:>10}\"\nx = f\"{ x = !r:>3}\"\nx = f\"{a!=b}\"\nx = f\"{a:=5}\"\n",
                       "Assign([Name(x)], JoinedStr[Field(Name(a), r, -), Lit(\" \"), Field(Name(b), s, -), Lit(\" \"), Field(Name(c), a, -), Lit(\" \"), Field(Name(d), -, [Lit(\">10\")]), Lit(\" \"), Field(Name(e), r, [Lit(\"^\"), Field(Name(w), -, -)]), Lit(\" {literal} \"), Field(Name(f), -, [Field(Name(g), -, -), Lit(\".\"), Field(Name(h), -, -), Lit(\"f\")])])\nAssign([Name(x)], JoinedStr[Lit(\"x=\"), Field(Name(x), r, -)])\nAssign([Name(x)], JoinedStr[Lit(\"x = \"), Field(Name(x), r, -)])\nAssign([Name(x)], JoinedStr[Lit(\"x=\"), Field(Name(x), s, -)])\nAssign([Name(x)], JoinedStr[Lit(\"x=\"), Field(Name(x), -, [Lit(\">10\")])])\nAssign([Name(x)], JoinedStr[Lit(\" x = \"), Field(Name(x), r, [Lit(\">3\")])])\nAssign([Name(x)], JoinedStr[Field(Compare(Name(a), [NotEq], [Name(b)]), -, -)])\nAssign([Name(x)], JoinedStr[Field(Name(a), -, [Lit(\"=5\")])])")
        try assertParseTree("x = f'{d[\"k\"]}'\nx = f\"{d['k']}\"\nx = f\"{(lambda x: x)(1)}\"\nx = f\"{ {'a': 1}['a'] }\"\nx = f\"{a, b}\"\nx = f\"{*a, b}\"\nx = f\"{yield}\"\nx = f\"{x:}\"\nx = f\"{x:{{}}>10}\"\n",
                       "Assign([Name(x)], JoinedStr[Field(Subscript(Name(d), Const(str:\"k\")), -, -)])\nAssign([Name(x)], JoinedStr[Field(Subscript(Name(d), Const(str:\"k\")), -, -)])\nAssign([Name(x)], JoinedStr[Field(Call(Lambda(args(posonly=[], args=[x], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), Name(x)), [Const(int:1)], []), -, -)])\nAssign([Name(x)], JoinedStr[Field(Subscript(Dict[Const(str:\"a\"): Const(int:1)], Const(str:\"a\")), -, -)])\nAssign([Name(x)], JoinedStr[Field(Tuple[Name(a), Name(b)], -, -)])\nAssign([Name(x)], JoinedStr[Field(Tuple[Starred(Name(a)), Name(b)], -, -)])\nAssign([Name(x)], JoinedStr[Field(Yield(-), -, -)])\nAssign([Name(x)], JoinedStr[Field(Name(x), -, [])])\nAssign([Name(x)], JoinedStr[Field(Name(x), -, [Field(Dict[], -, -), Lit(\">10\")])])")
        try assertParseTree("x = f\"\"\"{\na\n+ b}\"\"\"\nx = f\"{'''a'''}\"\nx = f'{f\"{x}\"}'\nx = f\"\\{6}\"\nx = f\"a\\{{b\"\nx = f\"{x:%Y-%m-%d %H:%M}\"\nx = f\"{x!r:}\"\nx = f\"{3.14:.{2}f}\"\nx = f\"{a[1:2]}\"\nx = f\"{a if b else c}\"\nx = f\"{a < b} {a > b} {a <= b} {a >= b} {a == b}\"\nx = f\"\\N{EM DASH}{x}\"\nx = rf\"\\d{x}\\w\"\nprint(f\"{(x := 10)}\")\n",
                       "Assign([Name(x)], JoinedStr[Field(BinOp(Name(a), Add, Name(b)), -, -)])\nAssign([Name(x)], JoinedStr[Field(Const(str:\"a\"), -, -)])\nAssign([Name(x)], JoinedStr[Field(JoinedStr[Field(Name(x), -, -)], -, -)])\nAssign([Name(x)], JoinedStr[Lit(\"\\\\\"), Field(Const(int:6), -, -)])\nAssign([Name(x)], JoinedStr[Lit(\"a\\\\{b\")])\nAssign([Name(x)], JoinedStr[Field(Name(x), -, [Lit(\"%Y-%m-%d %H:%M\")])])\nAssign([Name(x)], JoinedStr[Field(Name(x), r, [])])\nAssign([Name(x)], JoinedStr[Field(Const(float:3.14), -, [Lit(\".\"), Field(Const(int:2), -, -), Lit(\"f\")])])\nAssign([Name(x)], JoinedStr[Field(Subscript(Name(a), Slice(Const(int:1), Const(int:2), -)), -, -)])\nAssign([Name(x)], JoinedStr[Field(IfExp(Name(b), Name(a), Name(c)), -, -)])\nAssign([Name(x)], JoinedStr[Field(Compare(Name(a), [Lt], [Name(b)]), -, -), Lit(\" \"), Field(Compare(Name(a), [Gt], [Name(b)]), -, -), Lit(\" \"), Field(Compare(Name(a), [LtE], [Name(b)]), -, -), Lit(\" \"), Field(Compare(Name(a), [GtE], [Name(b)]), -, -), Lit(\" \"), Field(Compare(Name(a), [Eq], [Name(b)]), -, -)])\nAssign([Name(x)], JoinedStr[Lit(\"\\u2014\"), Field(Name(x), -, -)])\nAssign([Name(x)], JoinedStr[Lit(\"\\\\d\"), Field(Name(x), -, -), Lit(\"\\\\w\")])\nExpr(Call(Name(print), [JoinedStr[Field(NamedExpr(x, Const(int:10)), -, -)]], []))")
    }

    func testNumberLiterals() throws {
        try assertParseTree("x = 0\nx = 00\nx = 0_0\nx = 123\nx = 1_000_000\nx = 0x1F\nx = 0X_1f\nx = 0o17\nx = 0O_7\nx = 0b101\nx = 0B_1_0\nx = 9223372036854775807\nx = 9223372036854775808\nx = 123456789012345678901234567890\nx = 0xFFFFFFFFFFFFFFFFFFFF\nx = 0o7777777777777777777777777\nx = 0b11111111111111111111111111111111111111111111111111111111111111111\n",
                       "Assign([Name(x)], Const(int:0))\nAssign([Name(x)], Const(int:0))\nAssign([Name(x)], Const(int:0))\nAssign([Name(x)], Const(int:123))\nAssign([Name(x)], Const(int:1000000))\nAssign([Name(x)], Const(int:31))\nAssign([Name(x)], Const(int:31))\nAssign([Name(x)], Const(int:15))\nAssign([Name(x)], Const(int:7))\nAssign([Name(x)], Const(int:5))\nAssign([Name(x)], Const(int:2))\nAssign([Name(x)], Const(int:9223372036854775807))\nAssign([Name(x)], Const(int:9223372036854775808))\nAssign([Name(x)], Const(int:123456789012345678901234567890))\nAssign([Name(x)], Const(int:1208925819614629174706175))\nAssign([Name(x)], Const(int:37778931862957161709567))\nAssign([Name(x)], Const(int:36893488147419103231))")
        try assertParseTree("x = 1.\nx = .5\nx = 1.5\nx = 1e10\nx = 1E-10\nx = 1_000.5\nx = 1_000.000_1e1_0\nx = 1e400\nx = 09.5\nx = 0e0\nx = 3j\nx = 1.5J\nx = 1e5j\nx = 1_0j\nx = 1if x else 2\nx = [0x1for x in y]\nx = 1 .real\n",
                       "Assign([Name(x)], Const(float:1.0))\nAssign([Name(x)], Const(float:0.5))\nAssign([Name(x)], Const(float:1.5))\nAssign([Name(x)], Const(float:10000000000.0))\nAssign([Name(x)], Const(float:1e-10))\nAssign([Name(x)], Const(float:1000.5))\nAssign([Name(x)], Const(float:10000001000000.0))\nAssign([Name(x)], Const(float:inf))\nAssign([Name(x)], Const(float:9.5))\nAssign([Name(x)], Const(float:0.0))\nAssign([Name(x)], Const(imag:3.0))\nAssign([Name(x)], Const(imag:1.5))\nAssign([Name(x)], Const(imag:100000.0))\nAssign([Name(x)], Const(imag:10.0))\nAssign([Name(x)], IfExp(Name(x), Const(int:1), Const(int:2)))\nAssign([Name(x)], List[BoolOp(Or, [Const(int:31), Compare(Name(x), [In], [Name(y)])])])\nAssign([Name(x)], Attribute(Const(int:1), real))")
    }

    func testLinesAndIndentation() throws {
        try assertParseTree("x = (\n    1 +\n    2\n)\ny = [\n    1,\n    # comment\n    2,\n]\nz = 1 + \\\n    2\n",
                       "Assign([Name(x)], BinOp(Const(int:1), Add, Const(int:2)))\nAssign([Name(y)], List[Const(int:1), Const(int:2)])\nAssign([Name(z)], BinOp(Const(int:1), Add, Const(int:2)))")
        try assertParseTree("if x:\n    # comment\n\n    pass\n    # trailing\n\n\ny = 1\n",
                       "If(Name(x))\n body:\n  Pass\n orelse:\nAssign([Name(y)], Const(int:1))")
        try assertParseTree("if x:\n\tif y:\n\t\tpass\n",
                       "If(Name(x))\n body:\n  If(Name(y))\n   body:\n    Pass\n   orelse:\n orelse:")
        try assertParseTree("def f():\n    if x:\n        pass\n  # comment at weird indent\n    return\n",
                       "FunctionDef(f, args(posonly=[], args=[], vararg=-, kwonly=[], kw_defaults=[], kwarg=-, defaults=[]), decorators=[])\n body:\n  If(Name(x))\n   body:\n    Pass\n   orelse:\n  Return(-)")
        try assertParseTree("x = 1 if y else\\\n 2\n",
                       "Assign([Name(x)], IfExp(Name(y), Const(int:1), Const(int:2)))")
        try assertParseTree("if True:\n    x = (1,\n2)\n    y = 3\n",
                       "If(Const(True))\n body:\n  Assign([Name(x)], Tuple[Const(int:1), Const(int:2)])\n  Assign([Name(y)], Const(int:3))\n orelse:")
    }

    func testSoftKeywordsAndUnicodeNames() throws {
        try assertParseTree("match = 1\ncase = 2\n_ = 3\ntype = 4\nprint(match, case, _, type)\nmatch.x = 1\n",
                       "Assign([Name(match)], Const(int:1))\nAssign([Name(case)], Const(int:2))\nAssign([Name(_)], Const(int:3))\nAssign([Name(type)], Const(int:4))\nExpr(Call(Name(print), [Name(match), Name(case), Name(_), Name(type)], []))\nAssign([Attribute(Name(match), x)], Const(int:1))")
        try assertParseTree("é = 1\nñame_ü = 2\n日本 = 3\nasync_ = 1\nawait_ = 2\n",
                       "Assign([Name(é)], Const(int:1))\nAssign([Name(ñame_ü)], Const(int:2))\nAssign([Name(日本)], Const(int:3))\nAssign([Name(async_)], Const(int:1))\nAssign([Name(await_)], Const(int:2))")
    }

    func testPositionsMatchCPython() throws {
        try assertParseTree("x = (a + b) * c.d(e)[f]\n",
                       "Assign([Name(x)@1:1], BinOp(BinOp(Name(a)@1:6, Add, Name(b)@1:10)@1:6, Mult, Subscript(Call(Attribute(Name(c)@1:15, d)@1:15, [Name(e)@1:19], [])@1:15, Name(f)@1:22)@1:15)@1:5)@1:1",
                       positions: true)
        try assertParseTree("if a:\n    pass\nelif b:\n    y = (1, 2)\n",
                       "If(Name(a)@1:4)@1:1\n body:\n  Pass@2:5\n orelse:\n  If(Name(b)@3:6)@3:1\n   body:\n    Assign([Name(y)@4:5], Tuple[Const(int:1)@4:10, Const(int:2)@4:13]@4:9)@4:5\n   orelse:",
                       positions: true)
        try assertParseTree("@dec\ndef f(a, *b, c=1):\n    return é + 'ü' + x\n",
                       "FunctionDef(f, args(posonly=[], args=[a@2:7], vararg=b@2:11, kwonly=[c@2:14], kw_defaults=[Const(int:1)@2:16], kwarg=-, defaults=[]), decorators=[Name(dec)@1:2])@2:1\n body:\n  Return(BinOp(BinOp(Name(é)@3:12, Add, Const(str:\"\\u00fc\")@3:16)@3:12, Add, Name(x)@3:22)@3:12)@3:5",
                       positions: true)
        try assertParseTree("(a), b = c\nx = [i for i in y]\n",
                       "Assign([Tuple[Name(a)@1:2, Name(b)@1:6]@1:1], Name(c)@1:10)@1:1\nAssign([Name(x)@2:1], ListComp(Name(i)@2:6, [comp(Name(i)@2:12, Name(y)@2:17, [])])@2:5)@2:1",
                       positions: true)
        try assertParseTree("try:\n    pass\nexcept E as e:\n    pass\n",
                       "Try@1:1\n body:\n  Pass@2:5\n handler(Name(E)@3:8, e)@3:1:\n  Pass@4:5\n orelse:\n finally:",
                       positions: true)
    }

    func testCarriageReturnsAndTrailingInput() throws {
        try assertParseTree("x = 1\r\ny = 2\rz = 3", "Assign([Name(x)], Const(int:1))\nAssign([Name(y)], Const(int:2))\nAssign([Name(z)], Const(int:3))")
        try assertParseTree("", "")
        try assertParseTree("\n\n# only a comment\n   \n", "")
        try assertParseTree("if x:\n    pass\n# trailing comment", "If(Name(x))\n body:\n  Pass\n orelse:")
    }

    func testConstantValues() throws {
        func constant(_ source: String) throws -> Constant {
            guard case .constant(let c) = try parseExpression(source).kind else {
                XCTFail("not a constant: \(source)")
                return .none
            }
            return c
        }
        guard case .int(Int.max) = try constant("9223372036854775807") else { return XCTFail("Int.max") }
        guard case .bigInt("9223372036854775808") = try constant("9223372036854775808") else { return XCTFail("big") }
        guard case .bigInt("1208925819614629174706175") = try constant("0xFFFFFFFFFFFFFFFFFFFF") else { return XCTFail("hex") }
        guard case .bigInt("36893488147419103231") = try constant("0b" + String(repeating: "1", count: 65)) else {
            return XCTFail("binary")
        }
        guard case .int(255) = try constant("0o_377") else { return XCTFail("octal") }
        guard case .int(1_000_000) = try constant("1_000_000") else { return XCTFail("underscores") }
        guard case .float(let f) = try constant("1_000.000_1e1_0"), f == 1000.0001e10 else { return XCTFail("float") }
        guard case .float(let inf) = try constant("1e400"), inf == .infinity else { return XCTFail("inf") }
        guard case .float(0.5) = try constant(".5") else { return XCTFail(".5") }
        guard case .float(1.0) = try constant("1.") else { return XCTFail("1.") }
        guard case .imaginary(3.0) = try constant("3j") else { return XCTFail("3j") }
        guard case .imaginary(1.5) = try constant("1.5J") else { return XCTFail("1.5J") }
        guard case .str("a\u{1F600}\u{2014}\\d") = try constant("'a\\U0001F600' \"\\N{EM DASH}\" r'\\d'") else {
            return XCTFail("str")
        }
        guard case .bytes([0x41, 0xFF, 10, 0x5C, 0x64]) = try constant("b'\\x41\\377\\n' rb'\\d'") else {
            return XCTFail("bytes")
        }
        guard case .ellipsis = try constant("...") else { return XCTFail("...") }
        guard case .str("\u{4E00}\u{AC00}a\u{1F600}\u{A0}\n") =
                try constant("'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}\\N{latin small letter a}"
                             + "\\N{GRINNING FACE}\\N{NO-BREAK SPACE}\\N{LINE FEED}'") else {
            return XCTFail("named escapes")
        }
    }

    func testFStringFieldStructure() throws {
        let e = try parseExpression("f'a{x!r:>{w}}b{y=}{z = :5}'")
        guard case .fString(let parts) = e.kind, parts.count == 5 else { return XCTFail("parts") }
        guard case .literal("a") = parts[0] else { return XCTFail("literal") }
        guard case .field(let x, "r", let spec?, nil) = parts[1], case .name("x") = x.kind, spec.count == 2,
              case .literal(">") = spec[0], case .field(let w, nil, nil, nil) = spec[1], case .name("w") = w.kind else {
            return XCTFail("first field")
        }
        guard case .literal("b") = parts[2] else { return XCTFail("literal b") }
        // `=` without conversion or spec shows the repr, as in CPython.
        guard case .field(_, "r", nil, "y=") = parts[3] else { return XCTFail("debug field") }
        guard case .field(_, nil, let spec5?, "z = ") = parts[4], spec5.count == 1 else { return XCTFail("debug spec") }
        // A field expression's position points into the source.
        XCTAssertEqual(x.location, SourceLocation(line: 1, column: 5))
    }

    func testParseExpressionAPI() throws {
        XCTAssertEqual(ASTDumper(positions: false).expr(try parseExpression("a, *b")), "Tuple[Name(a), Starred(Name(b))]")
        XCTAssertEqual(ASTDumper(positions: false).expr(try parseExpression("  x + 1\n")), "BinOp(Name(x), Add, Const(int:1))")
        XCTAssertThrowsError(try parseExpression("x = 1"))
        XCTAssertThrowsError(try parseExpression("(1"))
    }

    // MARK: - Nesting limits: errors, never a crash

    func testNestingLimits() throws {
        XCTAssertNoThrow(try parseModule(String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)))
        XCTAssertNoThrow(try parseModule("x = " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150)))
        let parens = parseErrorFor(String(repeating: "(", count: 201) + String(repeating: ")", count: 201))
        XCTAssertEqual(parens?.message, "too many nested parentheses")
        XCTAssertEqual(parens?.location, SourceLocation(line: 1, column: 201))
        XCTAssertEqual(parseErrorFor("f(" + String(repeating: "g(", count: 300))?.message, "too many nested parentheses")

        let deep = [
            "x = " + String(repeating: "-", count: 100_000) + "1",
            "x = " + String(repeating: "not ", count: 100_000) + "x",
            "x = " + String(repeating: "~+", count: 50_000) + "1",
            "f = " + String(repeating: "lambda: ", count: 10_000) + "1",
            "x = " + Array(repeating: "a if b else", count: 10_000).joined(separator: " ") + " c",
            "x = " + Array(repeating: "1", count: 20_000).joined(separator: " + "),
            "x = " + Array(repeating: "2", count: 20_000).joined(separator: " ** "),
            "x = a" + String(repeating: ".b", count: 20_000),
            "x = a" + String(repeating: "()", count: 20_000),
            "x = a" + String(repeating: "[0]", count: 20_000),
        ]
        for source in deep {
            let error = parseErrorFor(source)
            XCTAssertEqual(error?.message, "too many nested expressions", String(source.prefix(30)))
        }
        // Long flat structures are fine.
        XCTAssertNoThrow(try parseModule("x = [" + Array(repeating: "1", count: 50_000).joined(separator: ", ") + "]"))
        XCTAssertNoThrow(try parseModule("x = " + Array(repeating: "1", count: 500).joined(separator: " + ")))
        XCTAssertNoThrow(try parseModule("x = 1" + String(repeating: " and 1", count: 20_000)))
        XCTAssertNoThrow(try parseModule("x = 1" + String(repeating: " < 1", count: 20_000)))
        XCTAssertNoThrow(try parseModule(String(repeating: "x = 1\n", count: 20_000)))
        var elifs = "if a:\n    pass\n"
        for _ in 0..<2000 { elifs += "elif b:\n    pass\n" }
        XCTAssertNoThrow(try parseModule(elifs))
    }

    func testIndentationLimit() {
        var source = ""
        for level in 0..<120 {
            source += String(repeating: " ", count: level) + "if x:\n"
        }
        source += String(repeating: " ", count: 120) + "pass\n"
        let error = parseErrorFor(source)
        XCTAssertEqual(error?.kind, "IndentationError")
        XCTAssertEqual(error?.message, "too many levels of indentation")
    }

    func testOddInputGivesCleanErrors() {
        for source in ["\0", "x = 1\0", "\u{FEFF}x = 1", "x = \u{200B}", "\u{1F600} = 1", "\\", "'''", "f'{", "0x", "@",
                       "\u{7}", "x = 'a\u{0}b'", "def", "class", "lambda", "(", ")", "[}", "\t\tx", "if\n"] {
            XCTAssertNotNil(parseErrorFor(source), source.debugDescription)
        }
        XCTAssertEqual(parseErrorFor("x = 1\0")?.message, "source code string cannot contain null bytes")
    }

    // MARK: - The conformance corpus

    func testConformanceCorpusParses() throws {
        let directory = "/work/shared/conformance/cases"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw XCTSkip("no corpus at \(directory)")
        }
        var parsed = 0
        for name in names.sorted() where name.hasSuffix(".py") {
            let source = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            XCTAssertNoThrow(try parseModule(source), name)
            parsed += 1
        }
        XCTAssertGreaterThan(parsed, 0)
    }

    func testLargeProgramParsesQuickly() throws {
        var source = ""
        for i in 0..<1000 {
            source += """
            def function_\(i)(a, b=\(i), *args, **kwargs):
                total = sum(x * 2 for x in args if x > 0) + a ** 2
                data = {"key": [a, b, f"{a!r:>10}"], **kwargs}
                if total > \(i) and not data:
                    return [v for v in data.values()]
                elif total:
                    result = obj.method(a)[1:2].attr
                else:
                    raise ValueError("bad %s" % total)
                return total

            """
        }
        let start = Date()
        let module = try parseModule(source)
        XCTAssertEqual(module.body.count, 1000)
        // Generous: debug builds are far slower than release.
        XCTAssertLessThan(Date().timeIntervalSince(start), 5.0)
    }
}
