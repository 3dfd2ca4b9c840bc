#!/usr/bin/env python3
"""Crash fuzzer for the rlm sandbox interpreter.

No input program may crash the interpreter process: a program may only end normally (exit 0)
or with a Python exception (exit 1). This script generates programs (mutations of the seed
programs in seeds/, splices of two seeds, random calls of every builtin and method with
awkward arguments, and adversarial templates: recursion through special methods, generator
misuse, containers mutated while iterated or sorted, comparisons that raise, huge sizes,
deep nesting), runs each with

    rlm exec --timeout 2 --max-memory 512 PROGRAM

and records every run whose exit status is not 0 or 1 (a signal, a trap, an abort) or that
outlives its timeout by far (a hang the limits did not stop) into crashes/, one .py with the
program and one .txt with the status and the end of stderr, deduplicated by crash signature.

    Benchmarks/fuzz/fuzz.py --count 20000            # run 20000 programs
    Benchmarks/fuzz/fuzz.py --minutes 60 --jobs 2    # run for an hour on two workers
    Benchmarks/fuzz/fuzz.py --reduce crashes/x.py    # shrink a crash (same signature)
    Benchmarks/fuzz/fuzz.py --replay crashes/        # rerun recorded crashes, report status

The binary is copied before the run starts, so rebuilding meanwhile is safe. Runs are
deterministic for a given --seed (the programs, not necessarily the interpreter's timing).
"""

import argparse
import concurrent.futures
import hashlib
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEEDS = os.path.join(HERE, "seeds")
CRASHES = os.path.join(HERE, "crashes")
DEFAULT_BINARY = os.path.join(ROOT, ".build", "debug", "rlm")

RUN_TIMEOUT = 2          # the interpreter's own --timeout
HARD_TIMEOUT = 20        # seconds before a run counts as a hang the limits did not stop
MAX_PER_SIGNATURE = 3    # programs kept per distinct crash signature

# ---------------------------------------------------------------------------------------
# Vocabulary

BUILTINS = [
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
    "classmethod", "delattr", "dict", "dir", "divmod", "enumerate", "filter", "float",
    "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "int",
    "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object",
    "oct", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
    "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
    "vars", "zip", "eval", "exec", "compile", "__import__", "open", "input", "breakpoint",
    "locals", "memoryview",
]

METHODS = {
    "str": ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
            "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
            "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
            "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
            "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
            "title", "translate", "upper", "zfill", "maketrans", "__mod__", "__getitem__"],
    "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
             "reverse", "sort", "__getitem__", "__setitem__", "__delitem__", "__contains__",
             "__iadd__", "__imul__", "__mul__"],
    "dict": ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem",
             "setdefault", "update", "values", "__getitem__", "__setitem__", "__delitem__",
             "__or__", "__ior__"],
    "set": ["add", "clear", "copy", "difference", "difference_update", "discard",
            "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset",
            "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union",
            "update"],
    "tuple": ["count", "index", "__getitem__", "__add__", "__mul__"],
    "int": ["bit_length", "bit_count", "conjugate", "to_bytes", "from_bytes", "as_integer_ratio",
            "__add__", "__pow__", "__lshift__", "__rshift__", "__truediv__", "__floordiv__",
            "__mod__", "__round__", "__format__"],
    "float": ["as_integer_ratio", "conjugate", "fromhex", "hex", "is_integer", "__round__",
              "__format__", "__mod__", "__pow__", "__floordiv__"],
    "bytes": ["count", "decode", "endswith", "find", "fromhex", "hex", "index", "join",
              "lower", "replace", "rfind", "split", "startswith", "strip", "upper", "center",
              "ljust", "zfill", "__getitem__"],
}

RECEIVERS = {
    "str": ['""', '"abc"', '"a b\\tc\\n"', '"ÄÖü🎉"', '"x" * 1000', '"{0}{1!r:>{2}}"', '"%s %d"'],
    "list": ["[]", "[1, 2, 3]", "[3, 'a', None]", "list(range(100))", "[[1], [2]]"],
    "dict": ["{}", "{1: 2}", "{'a': [1], 'b': {}}", "dict.fromkeys(range(50))"],
    "set": ["set()", "{1, 2, 3}", "{'a', (1, 2)}", "frozenset([1])"],
    "tuple": ["()", "(1,)", "(1, 'a', None)", "tuple(range(20))"],
    "int": ["0", "1", "-1", "10**30", "-(2**63)", "2**64 - 1", "True"],
    "float": ["0.0", "-0.0", "1.5", "1e308", "float('nan')", "float('inf')", "-2.5e-308"],
    "bytes": ['b""', 'b"abc"', 'b"\\x00\\xff"', 'bytearray(b"xyz")'],
}

VALUES = [
    "0", "1", "-1", "2", "-2", "7", "255", "256", "-256", "10**9", "-10**9", "2**31", "2**63",
    "-2**63", "2**63 - 1", "2**64", "10**100", "-10**100", "10**5000 if False else 10**400",
    "0.0", "-0.0", "0.5", "1e-320", "1e308", "float('nan')", "float('inf')", "-float('inf')",
    "True", "False", "None", "...", "NotImplemented",
    '""', '"a"', '"abc"', '" "', '"\\x00"', '"\\n"', '"é"', '"🎉"', '"a" * 10000', '"%"',
    '"{}"', '"{0.__class__}"', '"utf-8"', '"ascii"', '"strict"', '"ignore"', '"big"', '"little"',
    "b''", "b'ab'", "bytearray(b'q')", "[]", "[1]", "[1, 2, 3]", "[None, 'x']", "[[]]",
    "()", "(1,)", "(1, 2)", "((),)", "{}", "{1: 1}", "{'a': 1}", "set()", "{1, 2}",
    "frozenset()", "range(0)", "range(10)", "range(-5, 5, 3)", "range(10**20)",
    "slice(None)", "slice(1, 2, 3)", "slice(0, 0, 0) if False else slice(5, -1, -1)",
    "len", "str", "int", "list", "dict", "type", "object", "print", "lambda *a, **k: a",
    "lambda x: x", "lambda: 1 / 0", "iter([1, 2])", "(i for i in range(3))", "object()",
    "Exception('e')", "ValueError", "BaseException", "KeyError(1)", "str.upper", "[].append",
    "{}.get", "type('T', (), {})", "type('T', (object,), {'x': 1})()",
]

UNARY_OPS = ["-", "+", "~", "not "]
BINARY_OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "==", "!=",
              "<", "<=", ">", ">=", "in", "not in", "is", "is not", "and", "or"]
AUG_OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]

KEYWORD_TOKENS = ["if", "else", "elif", "while", "for", "in", "def", "class", "return", "yield",
                  "lambda", "try", "except", "finally", "raise", "with", "as", "pass", "break",
                  "continue", "global", "nonlocal", "del", "assert", "import", "from", "not",
                  "and", "or", "is", "None", "True", "False", "async", "await", "match", "case",
                  "yield from", "except*", ":", ",", ".", "(", ")", "[", "]", "{", "}", "*",
                  "**", "=", ":=", "->", "@", ";", "\\", "'", '"', '"""', "#", "\n", "\t", " "]

WEIRD_CHARS = ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\u00a0", "\u200b", "\u2028",
               "\ufeff", "\ufffd", "\U0001F600", "é", "\u0301", "\u202e", "ß", "İ", "\uffff",
               "\r", "\r\n", "\t", "\\", "'", '"', "{", "}", "%", "\\N{", "\\x", "\\u12"]

# ---------------------------------------------------------------------------------------
# Program generators


def guarded(code, rng=None):
    """Wraps a snippet so one failure does not hide the rest of the program."""
    body = "\n".join("    " + line for line in code.splitlines()) or "    pass"
    return "try:\n" + body + "\nexcept Exception as _e:\n    print(type(_e).__name__)\n"


def random_value(rng, depth=0):
    r = rng.random()
    if depth < 2 and r < 0.12:
        items = ", ".join(random_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
        return rng.choice(["[%s]", "(%s,)", "{%s}" if items else "[%s]"]) % items
    if depth < 2 and r < 0.18:
        return "{%s: %s}" % (random_value(rng, depth + 1), random_value(rng, depth + 1))
    return rng.choice(VALUES)


def random_args(rng):
    n = rng.choice([0, 1, 1, 2, 2, 3, 4])
    args = [random_value(rng) for _ in range(n)]
    if rng.random() < 0.25:
        key = rng.choice(["key", "reverse", "default", "sep", "end", "start", "base", "encoding",
                          "errors", "maxsplit", "strict", "byteorder", "signed", "x", "fillchar"])
        args.append("%s=%s" % (key, random_value(rng)))
    if rng.random() < 0.05:
        args.append("*%s" % rng.choice(["[]", "[1, 2]", "'ab'", "range(3)", "None"]))
    if rng.random() < 0.05:
        args.append("**%s" % rng.choice(["{}", "{'a': 1}", "{1: 2}", "None"]))
    return ", ".join(args)


def gen_builtin_calls(rng):
    lines = []
    for _ in range(rng.randint(5, 40)):
        if rng.random() < 0.45:
            call = "%s(%s)" % (rng.choice(BUILTINS), random_args(rng))
        else:
            kind = rng.choice(list(METHODS))
            recv = rng.choice(RECEIVERS[kind])
            call = "(%s).%s(%s)" % (recv, rng.choice(METHODS[kind]), random_args(rng))
        if rng.random() < 0.3:
            call = "%s %s %s" % (call, rng.choice(BINARY_OPS), random_value(rng))
        lines.append(guarded("_r = %s\nprint(repr(_r)[:200])" % call))
    return "\n".join(lines)


def gen_operators(rng):
    lines = []
    for _ in range(rng.randint(5, 40)):
        a, b = random_value(rng), random_value(rng)
        r = rng.random()
        if r < 0.5:
            expr = "(%s) %s (%s)" % (a, rng.choice(BINARY_OPS), b)
        elif r < 0.65:
            expr = "%s(%s)" % (rng.choice(UNARY_OPS), a)
        elif r < 0.8:
            expr = "(%s)[%s]" % (a, rng.choice([b, "%s:%s" % (b, random_value(rng)), "::%s" % b]))
        else:
            lines.append(guarded("_x = %s\n_x %s %s\nprint(repr(_x)[:200])" % (a, rng.choice(AUG_OPS), b)))
            continue
        lines.append(guarded("print(repr(%s)[:200])" % expr))
    return "\n".join(lines)


# Adversarial templates. Each is a function of rng returning a snippet.

def t_dunder_recursion(rng):
    method, body = rng.choice([
        ("__repr__", "return repr(self)"),
        ("__repr__", "return f'{self!r}'"),
        ("__str__", "return str(self)"),
        ("__eq__", "return self == other"),
        ("__eq__", "return [self] == [other]"),
        ("__lt__", "return sorted([self, other]) and True"),
        ("__hash__", "return hash(self)"),
        ("__hash__", "return hash((self,))"),
        ("__len__", "return len(self)"),
        ("__iter__", "return iter(self)"),
        ("__iter__", "return iter(list(self))"),
        ("__bool__", "return bool(self)"),
        ("__getattr__", "return getattr(self, name)"),
        ("__getattr__", "return self.missing"),
        ("__getitem__", "return self[key]"),
        ("__contains__", "return other in self"),
        ("__format__", "return format(self, spec)"),
        ("__index__", "return [1][self]"),
        ("__add__", "return self + other"),
        ("__call__", "return self()"),
        ("__setattr__", "setattr(self, name, other)"),
        ("__setitem__", "self[key] = other"),
        ("__next__", "return next(self)"),
        ("__enter__", "with self: pass"),
    ])
    params = {
        "__eq__": "self, other", "__lt__": "self, other", "__add__": "self, other",
        "__contains__": "self, other", "__getattr__": "self, name", "__getitem__": "self, key",
        "__format__": "self, spec", "__setattr__": "self, name, other",
        "__setitem__": "self, key, other",
    }.get(method, "self")
    if method == "__setattr__":
        params = "self, name, other=None"
    trigger = rng.choice([
        "repr(o)", "str(o)", "o == o", "o == 1", "sorted([o, o])", "hash(o)", "{o: 1}", "{o}",
        "len(o)", "list(o)", "bool(o)", "o.attr", "o[0]", "1 in o", "format(o, 'x')",
        "f'{o}'", "[1, 2][o]", "o + o", "o()", "o.x = 1", "o[1] = 2", "next(o)",
        "print(o)", "[o] == [o]", "max(o, o)", "o in [1, o]", "'%s' % (o,)", "'{}'.format(o)",
        "with o: pass", "dict.fromkeys([o])", "set([o, o])", "[o].index(o)", "[o].count(1)",
    ])
    extra = ""
    if rng.random() < 0.3:
        extra = "    def __hash__(self): return 1\n" if method != "__hash__" else ""
    return ("class R%d:\n    def %s(%s):\n        %s\n%so = R%d()\n%s\n"
            % (0, method, params, body, extra, 0, trigger))


DUNDERS = ["__repr__", "__str__", "__eq__", "__lt__", "__hash__", "__len__", "__iter__", "__next__", "__bool__",
           "__getitem__", "__setitem__", "__contains__", "__add__", "__radd__", "__mul__", "__index__", "__int__",
           "__float__", "__format__", "__call__", "__getattr__", "__setattr__", "__enter__", "__exit__", "__neg__",
           "__abs__", "__round__", "__reversed__", "__init__", "__new__"]
DUNDER_VALUES = ["str", "repr", "print", "len", "hash", "iter", "next", "bool", "int", "float", "format", "getattr",
                 "setattr", "type", "object", "list", "dict", "tuple", "sorted", "max", "abs", "round", "reversed",
                 "int.__add__", "str.__mod__", "list.__getitem__", "dict.get", "object.__repr__", "object.__eq__",
                 "str.upper", "str.join", "list.append", "None", "1", "'x'", "lambda *a: a[0]", "lambda *a: a",
                 "property(lambda s: s)", "staticmethod(print)", "classmethod(repr)", "ValueError"]
TRIGGERS = ["repr(o)", "str(o)", "print(o)", "o == o", "o < o", "hash(o)", "{o: 1}", "len(o)", "list(o)", "next(o)",
            "bool(o)", "if o: pass", "o[0]", "o[0] = 1", "1 in o", "o + o", "1 + o", "o * 2", "[1][o]", "int(o)",
            "float(o)", "format(o, '')", "f'{o}'", "o()", "o.x", "o.x = 1", "with o: pass", "-o", "abs(o)", "round(o)",
            "reversed(o)", "sorted([o, o])", "type(o)()", "'%s' % o", "'{}'.format(o)", "max(o, o)", "set([o, o])"]


def t_dunder_builtin(rng):
    body = "\n".join("    %s = %s" % (rng.choice(DUNDERS), rng.choice(DUNDER_VALUES)) for _ in range(rng.randint(1, 3)))
    triggers = "\n".join(guarded(rng.choice(TRIGGERS)) for _ in range(rng.randint(1, 4)))
    return "class O:\n%s\ntry:\n    o = O()\nexcept Exception:\n    o = None\n%s" % (body, triggers)


def t_generator_misuse(rng):
    return rng.choice([
        "def g():\n    yield g_obj.send(None)\ng_obj = g()\nnext(g_obj)\n",
        "def g():\n    yield next(g_obj)\ng_obj = g()\nlist(g_obj)\n",
        "def g():\n    g_obj.close()\n    yield 1\ng_obj = g()\nnext(g_obj)\n",
        "def g():\n    yield g_obj.throw(ValueError)\ng_obj = g()\nnext(g_obj)\n",
        "def g():\n    yield from g_obj\ng_obj = g()\nnext(g_obj)\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        next(g_obj)\ng_obj = g()\nnext(g_obj)\ng_obj.close()\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\ng_obj = g()\nnext(g_obj)\ng_obj.close()\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        print('fin')\ng_obj = g()\nnext(g_obj)\ng_obj = None\nprint('after')\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        L.clear(); L.append(g())\nL = [g()]\nnext(L[0])\nL[0] = None\nprint(L)\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        D.clear()\nD = {}\nD['k'] = g()\nnext(D['k'])\ndel D['k']\nprint(D)\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        while True: pass\ng_obj = g()\nnext(g_obj)\ng_obj = None\n",
        "def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            pass\ng_obj = g()\nnext(g_obj)\ndel g_obj\n",
        "gen = (x for x in range(3))\nprint(gen.send(None), gen.send(5), gen.throw(KeyError, 'k'))\n",
        "def g():\n    x = yield\n    yield x\ng_obj = g()\nprint(g_obj.send(None), g_obj.send(g_obj), list(g_obj))\n",
        "def g():\n    return (yield (yield))\ng_obj = g()\nnext(g_obj); g_obj.send(1); g_obj.send(2)\n",
        "def g():\n    yield 1\ng_obj = g()\ng_obj.throw(StopIteration)\n",
        "def g():\n    yield 1\ng_obj = g()\nnext(g_obj)\ng_obj.throw(GeneratorExit)\nnext(g_obj)\n",
        "def g(n):\n    if n: yield from g(n - 1)\n    yield n\nprint(sum(g(%d)))\n" % rng.choice([10, 500, 990, 5000]),
        "gens = [iter(range(3))]\nfor i in range(%d):\n    gens.append(x + 1 for x in gens[-1])\nprint(list(gens[-1]))\n" % rng.choice([10, 900, 3000]),
        "def g():\n    yield 1\ng_obj = g()\nfor x in g_obj:\n    for y in g_obj:\n        print(x, y)\n",
        "def g():\n    for x in it:\n        yield x\nit = g()\nprint(list(it))\n",
        "z = zip(g := (i for i in range(3)), g)\nprint(list(z))\n",
        "e = enumerate(e2 := iter([1, 2]))\nnext(e)\nprint(list(e2), list(e))\n",
        "def g():\n    yield 1\n    yield 2\nit = g()\nprint(next(it), it.close(), it.close(), list(it), next(it, 'x'))\n",
    ])


def t_mutation(rng):
    n = rng.choice([3, 10, 100])
    return rng.choice([
        "l = list(range(%d))\nfor x in l:\n    l.append(x)\n    if len(l) > 1000: break\nprint(len(l))\n" % n,
        "l = list(range(%d))\nfor x in l:\n    l.clear()\nprint(l)\n" % n,
        "l = list(range(%d))\nfor i, x in enumerate(l):\n    del l[i:]\nprint(l)\n" % n,
        "l = list(range(%d))\nl.sort(key=lambda x: l.clear() or x)\nprint(l)\n" % n,
        "l = list(range(%d))\nl.sort(key=lambda x: l.append(x) or -x)\nprint(len(l))\n" % n,
        "l = list(range(%d))\nprint(sorted(l, key=lambda x: l.pop() if l else 0))\n" % n,
        "l = list(range(%d))\nprint(max(l, key=lambda x: l.clear() or x))\n" % n,
        "l = list(range(%d))\nprint(min(l, key=lambda x: l.insert(0, x) or x))\n" % n,
        "d = {i: i for i in range(%d)}\nfor k in d:\n    del d[k]\n" % n,
        "d = {i: i for i in range(%d)}\nfor k in d:\n    d.clear()\n" % n,
        "d = {i: i for i in range(%d)}\nfor k, v in d.items():\n    d[k] = v + 1\n    d.pop(k)\n" % n,
        "d = {i: i for i in range(%d)}\nfor v in d.values():\n    d.update({-v: v})\n" % n,
        "s = set(range(%d))\nfor x in s:\n    s.discard(x)\n" % n,
        "s = set(range(%d))\nfor x in s:\n    s.clear(); s.add(x)\n" % n,
        "l = list(range(%d))\nl.extend(l)\nl += l\nl[::2] = l[1::2]\nprint(len(l))\n" % n,
        "l = list(range(%d))\nl[1:3] = l\nl[:] = reversed(l)\nprint(len(l))\n" % n,
        "d = {i: i for i in range(%d)}\nd.update(d)\nd |= d\nprint(len(d))\n" % n,
        "l = list(range(%d))\nprint([l.pop() for x in l])\n" % n,
        "l = list(range(%d))\nprint(list(map(lambda x: l.clear(), l)))\n" % n,
        "l = list(range(%d))\nprint(list(zip(l, l.__iter__() if False else iter(l))), l.reverse())\n" % n,
        "l = list(range(%d))\nit = iter(l)\nnext(it)\nl.clear()\nprint(list(it))\n" % n,
        "d = dict.fromkeys(range(%d))\nit = iter(d.items())\nnext(it)\nd.clear()\nprint(list(it))\n" % n,
        "l = list(range(%d))\nr = reversed(l)\nl.clear()\nprint(list(r))\n" % n,
        "l = list(range(%d))\nr = reversed(l)\nnext(r)\ndel l[:]\nl.append(1)\nprint(list(r))\n" % n,
        "l = [[]] * %d\nfor x in l:\n    x.append(l)\nprint(len(repr(l)))\n" % n,
        "class K:\n    def __eq__(self, o):\n        l.clear()\n        return False\nl = [K() for _ in range(%d)]\nprint(K() in l, l.count(K()), l)\nl = [K(), K()]\ntry:\n    l.remove(K())\nexcept ValueError: pass\nl = [K(), K()]\ntry:\n    l.index(K())\nexcept ValueError: pass\n" % n,
        "class K:\n    def __lt__(self, o):\n        l.clear()\n        return True\nl = [K() for _ in range(%d)]\nl.sort()\nprint(l)\n" % n,
        "class K:\n    def __eq__(self, o):\n        d.clear()\n        return False\n    def __hash__(self):\n        return 5\nd = {K(): i for i in range(%d)}\nprint(K() in d, d.get(K()), d.pop(K(), 0))\n" % n,
        "class K:\n    def __hash__(self):\n        s.add(len(s))\n        return 1\ns = set()\nfor i in range(%d):\n    s.add(K())\nprint(len(s))\n" % n,
        "class K:\n    def __eq__(self, o):\n        a.append(1)\n        return True\na = [K() for _ in range(%d)]\nb = [K() for _ in range(%d)]\nprint(a == b, len(a))\n" % (n, n),
        "class K:\n    def __eq__(self, o):\n        del a[:]\n        return True\na = [K(), K(), K()]\nprint(a == [K(), K(), K()], a < [1])\n",
        "class K:\n    def __hash__(self): return 0\n    def __eq__(self, o):\n        s.clear()\n        return False\ns = {K()}\nprint(K() in s, s == {K()}, s - {K()}, s & {K()})\n",
        "class K:\n    def __index__(self):\n        l.clear()\n        return 0\nl = [1, 2, 3]\ntry:\n    print(l[K()])\nexcept IndexError: print('ie')\nl = [1, 2, 3]\nl[K()] = 5\nprint(l)\n",
        "class K:\n    def __len__(self):\n        return %s\nprint(len(K()), bool(K()))\n" % rng.choice(["-1", "2**63", "10**100", "'3'", "None", "1.5", "True"]),
        "class K:\n    def __iter__(self):\n        return %s\nprint(list(K()))\n" % rng.choice(["1", "self", "[]", "None", "iter([1])", "(x for x in 'ab')"]),
        "class K:\n    def __index__(self):\n        return %s\nprint([1, 2][K()], range(K()), hex(K()), 'ab' * K())\n" % rng.choice(["-1", "2**63", "'x'", "None", "True", "10**100"]),
        "class K:\n    def __hash__(self):\n        return %s\nprint({K(): 1})\n" % rng.choice(["-1", "2**64", "'x'", "None", "1.5", "10**100"]),
    ])


def t_raising_comparisons(rng):
    method = rng.choice(["__lt__", "__gt__", "__eq__", "__le__", "__hash__", "__bool__", "__len__",
                         "__iter__", "__next__", "__repr__", "__str__", "__index__", "__format__",
                         "__getitem__", "__contains__", "__neg__", "__abs__", "__int__", "__float__"])
    exc = rng.choice(["ValueError", "StopIteration", "KeyboardInterrupt", "SystemExit",
                      "GeneratorExit", "RecursionError", "MemoryError", "BaseException",
                      "AttributeError", "IndexError", "KeyError", "TypeError"])
    params = "self" if method in ("__hash__", "__bool__", "__len__", "__iter__", "__next__",
                                  "__repr__", "__str__", "__index__", "__neg__", "__abs__",
                                  "__int__", "__float__") else "self, *a"
    uses = ["sorted([R(), R(), R()])", "max(R(), R())", "R() == R()", "R() < 1", "hash(R())",
            "{R()}", "bool(R())", "not R()", "R() and 1", "len(R())", "list(R())", "repr(R())",
            "str(R())", "[1][R()]", "format(R(), '')", "R()[1]", "1 in R()", "-R()", "abs(R())",
            "int(R())", "float(R())", "[R()].index(1)", "[R(), 1].sort()", "{1: 2}.get(R())",
            "print(R())", "f'{R()}'", "'%d' % R()", "range(R())", "min([R(), R()])",
            "sum([R()])", "any([R()])", "if R(): pass", "while R(): break", "assert R()",
            "x, y = R()", "[*R()]", "{**R()}" if False else "dict(R())", "zip(R(), R())",
            "set([R(), R()])", "round(R())", "divmod(R(), 1)", "pow(R(), 2)"]
    return ("class R:\n    def %s(%s):\n        raise %s\n%s\n"
            % (method, params, exc, "\n".join(rng.sample(uses, 4))))


def t_huge(rng):
    return rng.choice([
        "'a' * 10**10", "[0] * 10**10", "'ab' * (2**62)", "[1, 2] * (2**62)", "(1,) * 2**63",
        "b'x' * 10**10", "bytearray(10**10)", "bytes(2**63)", "10 ** 10 ** 7", "2 ** (2 ** 40)",
        "1 << 10**10", "1 << 2**63", "(-1) ** 10**20", "pow(3, 10**20, 7)", "pow(2, -10**6, 7)",
        "str(10**5000)", "int('9' * 5000)", "int('1' * 10**6)", "float('1' * 400)",
        "'%*d' % (10**9, 1)", "'%.*f' % (10**9, 1.5)", "f'{1:{10**9}}'", "'{:>1000000000}'.format(1)",
        "format(1.5, '.1000000000f')", "format(10**100, ',' + 'x' * 0)", "'x'.center(10**12)",
        "'x'.zfill(2**62)", "'a\\tb'.expandtabs(10**12)", "'x'.ljust(-5)", "'abc'.rjust(2**63 - 1)",
        "range(10**20)[10**19]", "len(range(10**20))", "list(range(10**10))", "range(2**63)[-1]",
        "sum(range(10**8))", "sorted(range(10**7))", "round(1.5, 10**9)", "round(10**100, -10**9)",
        "divmod(10**300, 0.0)", "10**400 / 1", "float(10**400)", "int(1e308) * 10**10",
        "'-'.join(str(i) for i in range(10**7))", "[[]] * 10**9", "{i: i for i in range(10**8)}",
        "'a'.replace('', 'b' * 10**5) * 10**5", "('x' * 10**6).split('x')", "'x' * 2**31 + 'y'",
        "bin(10**100000)", "hex(-(10**5000))", "'%d' % 10**5000", "f'{10**5000}'",
        "(10**1000) ** 1000", "10**1000 * 10**1000 * 10**1000", "abs(-10**10000)",
        "'a' * -10**20", "[1] * -10**30", "list(range(-10**18, 10**18, 10**17))",
        "slice(10**100)", "[1, 2, 3][10**100:]", "[1, 2, 3][-10**100]", "'abc'[::10**100]",
        "(1, 2)[2**63:2**64]", "'abc'[::-2**63]", "[1, 2, 3][::-(2**63)]", "list(range(0, 10, 2**63 - 1))",
        "range(-2**63, 2**63 - 1)[2**62]", "len(range(-2**63, 2**63 - 1))", "hash(-2**63)",
        "int('-9223372036854775808') - 1", "-(-2**63)", "abs(-2**63)", "(-2**63) // -1",
        "(-2**63) % -1", "divmod(-2**63, -1)", "(2**63 - 1) + 1", "(-2**63) * -1", "~(-2**63)",
        "(2**63 - 1) << 1", "-2**63 >> 64", "1 >> 2**63", "(2**63 - 1).bit_length()",
        "[0][-2**63]", "'ab'[-2**63]", "round(-2**63 * 1.0)", "int(-9.3e18)", "int(9.3e18)",
        "str(-2**63)", "format(-2**63, ',')", "format(-2**63, 'x')", "format(-2**63, 'b')",
        "chr(2**63)", "chr(-1)", "chr(0x110000)", "'%c' % 2**40", "'x'.encode()[2**63:]",
    ])


def t_deep(rng):
    n = rng.choice([50, 200, 900, 1000, 1100, 5000, 100000])
    return rng.choice([
        "x = " + "(" * n + "1" + ")" * n + "\nprint(x)\n",
        "x = " + "[" * n + "]" * n + "\nprint(len(str(x)))\n",
        "x = " + "-" * n + "1\nprint(x)\n",
        "x = " + "not " * n + "1\nprint(x)\n",
        "x = 1" + " + 1" * n + "\nprint(x)\n",
        "x = 1" + " ** 1" * n + "\nprint(x)\n",
        "x = " + "lambda: " * n + "1\nprint(x)\n",
        "x = " + "{'a': " * n + "1" + "}" * n + "\nprint(x)\n",
        "x = 'a'" + "[0]" * n + "\nprint(x)\n",
        "x = f'" + "{" * min(n, 30) + "1" + "}" * min(n, 30) + "'\nprint(x)\n",
        "".join("    " * i + "if True:\n" for i in range(min(n, 150))) + "    " * min(n, 150) + "print('deep')\n",
        "".join("    " * i + "def f%d():\n" % i for i in range(min(n, 120))) + "    " * min(n, 120) + "pass\n",
        "a = []\nfor i in range(%d):\n    a = [a]\nprint(len(repr(a)))\n" % n,
        "a = ()\nfor i in range(%d):\n    a = (a,)\nprint(hash(a))\n" % n,
        "a = {}\nfor i in range(%d):\n    a = {'k': a}\nprint(a == a)\n" % n,
        "a = []\nfor i in range(%d):\n    a = [a]\nb = []\nfor i in range(%d):\n    b = [b]\nprint(a == b, a < b)\n" % (n, n),
        "a = []\nfor i in range(%d):\n    a = [a, a]\n    if i > 40: break\nprint(len(str(a)))\n" % n,
        "d = {}\nfor i in range(%d):\n    d = {'k': d}\nimport json\nprint(len(json.dumps(d)))\n" % n,
        "import copy\na = []\nfor i in range(%d):\n    a = [a]\nb = copy.deepcopy(a)\nprint(b == a)\n" % n,
        "a = frozenset()\nfor i in range(%d):\n    a = frozenset([a])\nprint(hash(a), a == a)\n" % n,
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "def f(n):\n    try:\n        return f(n + 1)\n    finally:\n        pass\nf(0)\n",
        "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return f(n + 1)\nf(0)\n",
        "class A:\n    def __init__(self):\n        self.a = A()\nA()\n",
        "class A:\n    @property\n    def p(self):\n        return self.p\nA().p\n",
        "f = lambda n: f(n + 1)\nf(0)\n",
        "def f():\n    return [f() for _ in range(1)]\nf()\n",
        "def f():\n    yield from f()\nlist(f())\n",
        "def f():\n    return sorted([1, 2], key=lambda x: f())\nf()\n",
        "def f():\n    return {f(): 1}\nf()\n",
        "def f():\n    return '{}'.format(f())\nf()\n",
        "def f(*a):\n    return max(1, 2, key=f)\nf()\n",
        "def f(x):\n    return list(map(f, [x]))\nf(1)\n",
        "s = 'x'\nfor i in range(%d):\n    s = '(' + s + ')'\nprint(len(s))\n" % n,
        "import json\nprint(json.loads('[' * %d + ']' * %d))\n" % (n, n),
        "import json\nprint(json.loads('{\"a\":' * %d + '1' + '}' * %d))\n" % (n, n),
    ])


def t_exceptions(rng):
    return rng.choice([
        "try:\n    raise ValueError\nexcept (ValueError, 1):\n    pass\n",
        "try:\n    raise ValueError\nexcept* ValueError:\n    pass\n",
        "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
        "e = ValueError()\ne.__context__ = e\nraise e\n",
        "e = ValueError()\nf = KeyError()\ne.__context__ = f\nf.__context__ = e\nraise e\n",
        "e = ValueError()\ne.__cause__ = e\nraise e\n",
        "try:\n    raise ValueError\nexcept ValueError as e:\n    raise e from e\n",
        "class E(Exception):\n    def __str__(self):\n        raise E()\nraise E()\n",
        "class E(Exception):\n    def __str__(self):\n        return self\nraise E()\n",
        "class E(Exception):\n    def __repr__(self):\n        return repr(self)\nprint(repr(E()))\n",
        "class E(Exception):\n    def __init__(self):\n        pass\nraise E\n",
        "class E(BaseException): pass\ntry:\n    raise E\nexcept Exception:\n    print('no')\n",
        "raise 1\n", "raise ValueError from 1\n", "raise\n", "raise StopIteration\n",
        "raise SystemExit(3)\n", "raise KeyboardInterrupt\n", "raise GeneratorExit\n",
        "raise MemoryError\n", "raise RecursionError\n", "raise BaseException('x')\n",
        "raise type('X', (Exception,), {})\n", "raise Exception(*range(100))\n",
        "raise KeyError(KeyError(KeyError()))\n", "raise ValueError(object())\n",
        "e = Exception()\ne.args = (e,)\nraise e\n", "e = Exception()\ne.args = [e]\nprint(e)\n",
        "try:\n    1/0\nfinally:\n    raise KeyError\n",
        "def f():\n    try:\n        return 1\n    finally:\n        raise ValueError\nf()\n",
        "for i in range(3):\n    try:\n        break\n    finally:\n        continue\n",
        "def f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            break\nprint(f())\n",
        "try:\n    raise ValueError\nexcept ValueError:\n    try:\n        raise\n    except ValueError as e:\n        print(repr(e.__context__))\n",
        "try:\n    try:\n        raise ValueError\n    finally:\n        raise TypeError\nexcept TypeError as e:\n    print(repr(e.__context__))\n",
        "x = ValueError('a')\ntry:\n    raise x\nexcept ValueError:\n    try:\n        raise x\n    except ValueError as y:\n        print(y.__context__ is y)\n",
        "def g():\n    try:\n        yield\n    except ValueError:\n        raise\ngg = g()\nnext(gg)\ngg.throw(ValueError('t'))\n",
        "isinstance(ValueError(), (ValueError, 1))\n", "issubclass(ValueError, (1,))\n",
        "isinstance(1, [int])\n", "issubclass(1, int)\n",
        "with ValueError() as e:\n    pass\n",
        "try:\n    raise ValueError\nexcept ValueError as e:\n    del e\n    print(e)\n",
    ])


def t_format(rng):
    tmpl = rng.choice(["{0.__class__}", "{0.__class__.__mro__}", "{0.__class__.__base__.__subclasses__}",
                       "{0.__globals__}", "{0.gi_frame}", "{0.__init__.__globals__}", "{0[0]}",
                       "{0[__class__]}", "{0.real.real.real}", "{0:{1}}", "{0:{1:{2}}}", "{:{:{:{}}}}",
                       "{0!r:{1}}", "{0!x}", "{0!}", "{0:}", "{}{1}", "{0}{}", "{[}", "{]}", "{0[}",
                       "{0.}", "{0..a}", "{0[0]x}", "{-1}", "{999999999999999999999}", "{0:%s}" % ("9" * 30),
                       "{0:,_}", "{0:=^+#020,.3e}", "{0:\x00<5}", "{0:c}", "{0:n}", "{0:.-1}",
                       "%(a)s %(b)", "%", "%%%", "%*.*f", "%(a", "%.9999999999f", "%c", "%#o %x %X %e",
                       "{0.__dict__}", "{0.__code__}", "{0.f_back}", "{0.tb_frame}", "{0.__self__}"])
    arg = rng.choice(["1", "'s'", "[1]", "{'a': 1}", "(lambda: 0)", "print", "(x for x in [])",
                      "ValueError()", "1.5", "None", "object()", "str", "10**30"])
    if "%" in tmpl and "{" not in tmpl:
        return "print(%r %% %s)\n" % (tmpl, rng.choice(["(1,)", "(1, 2, 3)", "{'a': 1}", arg, "()"]))
    return "print(%r.format(%s, 5, 3, 1))\nprint(%r.format_map({'a': %s}))\n" % (tmpl, arg, tmpl, arg)


def t_sandbox(rng):
    return rng.choice([
        "print(().__class__.__bases__[0].__subclasses__())",
        "print(object.__subclasses__())", "print(type.__subclasses__(object))",
        "print([].__class__.__mro__[-1].__subclasses__())",
        "print(getattr(object, '__sub' + 'classes__')())", "print(vars(type(print)))",
        "print((lambda: 0).__globals__)", "print(getattr(lambda: 0, '__glo' + 'bals__'))",
        "import typing\nprint(typing.__loader__)", "import typing\nprint(typing.__spec__)",
        "import typing\nprint(typing.__dict__)", "import json\nprint(json.loads.__self__)",
        "print(print.__self__)", "print([].append.__self__)",
        "def g(): yield\nprint(g().gi_frame.f_back.f_globals)",
        "try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__.tb_frame.f_globals)",
        "print(globals()['__builtins__'])", "print(__builtins__)", "__import__('os').system('id')",
        "import os", "import sys", "import subprocess", "import builtins", "import importlib",
        "from os import system", "import ctypes", "import posix", "import _io", "import marshal",
        "eval('1')", "exec('1')", "compile('1', '', 'eval')", "open('/etc/passwd').read()",
        "breakpoint()", "input()", "locals()", "memoryview(b'')",
        "setattr(str, 'upper', 1)", "str.upper = 1", "del str.upper", "int.__add__ = 1",
        "type.__setattr__(int, 'x', 1)", "object.__setattr__(int, 'x', 1)",
        "object.__setattr__(1, 'x', 1)", "setattr(ValueError, 'x', 1)", "print.x = 1",
        "type('X', (int,), {})(5)", "type('X', (str,), {})('a')", "type('X', (list,), {})()",
        "type('X', (dict,), {})()", "type('X', (type,), {})('Y', (), {})",
        "class X(int): pass\nprint(X(5) + 1)", "class X(str): pass\nprint(X('a').upper())",
        "class X(list): pass\nx = X(); x.append(1); print(x)", "class X(dict): pass\nprint(X(a=1))",
        "class X(BaseException, int): pass", "class X(type): pass", "class X(object, object): pass",
        "class X(1): pass", "class X(print): pass", "class X(ValueError, KeyError): pass\nraise X()",
        "super().x", "super(int, 1).__init__()", "super(type, type).__subclasses__()",
        "object.__new__(int)", "object.__init__(1, 2, 3)", "int.__new__(str)",
    ])


TEMPLATES = [t_dunder_recursion, t_dunder_builtin, t_generator_misuse, t_mutation, t_raising_comparisons,
             t_huge, t_deep, t_exceptions, t_format, t_sandbox]


def gen_adversarial(rng):
    parts = []
    for _ in range(rng.randint(1, 6)):
        snippet = rng.choice(TEMPLATES)(rng)
        if rng.random() < 0.75:
            snippet = guarded(snippet)
        parts.append(snippet)
    return "\n".join(parts)


# Mutation of seed programs

def tokens_of(source):
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
        return [t.string for t in toks if t.string]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return re.findall(r"\s+|\w+|[^\w\s]", source)


def untokenize(tokens):
    out = []
    prev = ""
    for t in tokens:
        if prev and (prev[-1].isalnum() or prev[-1] == "_") and (t[:1].isalnum() or t[:1] == "_"):
            out.append(" ")
        out.append(t)
        prev = t
    return "".join(out)


def mutate(source, rng):
    r = rng.random()
    if r < 0.5:
        toks = tokens_of(source)
        if not toks:
            return source
        for _ in range(rng.randint(1, 4)):
            if not toks:
                break
            op = rng.randrange(9)
            i = rng.randrange(len(toks))
            if op == 0:
                del toks[i]
            elif op == 1:
                toks.insert(i, toks[i])
            elif op == 2:
                j = rng.randrange(len(toks))
                toks[i], toks[j] = toks[j], toks[i]
            elif op == 3 and toks[i] in BINARY_OPS:
                toks[i] = rng.choice(BINARY_OPS)
            elif op == 4 and re.fullmatch(r"\d+", toks[i]):
                toks[i] = rng.choice(["0", "-1", "10**100", "2**63", "9" * 40, "1e308", "-0.0"])
            elif op == 5:
                toks.insert(i, rng.choice(KEYWORD_TOKENS))
            elif op == 6 and toks[i][:1] in "'\"":
                toks[i] = repr(rng.choice(["", "x" * 10000, "{0.__class__}", "%s%d", "\x00", "é🎉"]))
            elif op == 7:
                k = rng.randrange(len(toks))
                toks[i:i] = toks[k:k + rng.randint(1, 8)]
            else:
                toks[i] = rng.choice(["None", "[]", "()", "''", "0", "self", "len", "print", "x", "it"])
        return untokenize(toks)
    lines = source.splitlines()
    if not lines:
        return source
    if r < 0.62:
        i = rng.randrange(len(lines))
        j = rng.randrange(len(lines))
        lines.insert(j, lines[i])
    elif r < 0.72:
        del lines[rng.randrange(len(lines))]
    elif r < 0.8:
        i = rng.randrange(len(lines))
        pos = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + "".join(rng.choice(WEIRD_CHARS) for _ in range(rng.randint(1, 4))) + lines[i][pos:]
    elif r < 0.86:
        i = rng.randrange(len(lines))
        indent = re.match(r"\s*", lines[i]).group(0)
        depth = rng.choice([5, 50, 200, 1000])
        lines[i] = indent + "x = " + "(" * depth + "1" + ")" * depth
    elif r < 0.93:
        i = rng.randrange(len(lines))
        indent = re.match(r"\s*", lines[i]).group(0)
        snippet = rng.choice(TEMPLATES)(rng)
        lines[i:i] = [indent + l for l in guarded(snippet).splitlines()]
    else:
        i = rng.randrange(len(lines))
        lines[i] = re.sub(r"\b\d+\b", lambda m: rng.choice(["10**100", "2**63", "-1", "0", "10**9"]), lines[i])
    return "\n".join(lines) + "\n"


def splice(a, b, rng):
    la, lb = a.splitlines(), b.splitlines()
    i, j = rng.randrange(len(la) + 1), rng.randrange(len(lb) + 1)
    return "\n".join(la[:i] + lb[j:]) + "\n"


def random_text(rng):
    alphabet = "abcxyz0129_()[]{}:;,.=+-*/%<>!&|^~@'\"\\#\n\t " + "".join(WEIRD_CHARS)
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300)))


def make_program(rng, seeds):
    r = rng.random()
    if r < 0.30 and seeds:
        src = rng.choice(seeds)
        for _ in range(rng.choice([1, 1, 2, 3])):
            src = mutate(src, rng)
        return "mutate", src
    if r < 0.38 and len(seeds) > 1:
        return "splice", mutate(splice(rng.choice(seeds), rng.choice(seeds), rng), rng)
    if r < 0.55:
        return "builtins", gen_builtin_calls(rng)
    if r < 0.65:
        return "operators", gen_operators(rng)
    if r < 0.97:
        return "adversarial", gen_adversarial(rng)
    return "random", random_text(rng)


# ---------------------------------------------------------------------------------------
# Running


def run_program(binary, source, workdir, backtrace=False):
    fd, path = tempfile.mkstemp(suffix=".py", dir=workdir)
    with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(source)
    # The backtracer costs seconds per crash: only crashes are rerun with it, for their
    # signature.
    env = dict(os.environ, SWIFT_BACKTRACE="enable=yes,color=no,interactive=no,threads=crashed"
               if backtrace else "enable=no")
    start = time.time()
    try:
        p = subprocess.run([binary, "exec", "--timeout", str(RUN_TIMEOUT), "--max-memory", "512", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=HARD_TIMEOUT,
                           env=env, start_new_session=True)
        status, stderr = p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        status, stderr = "hang", (e.stderr or b"").decode("utf-8", "replace")
    finally:
        os.unlink(path)
    return status, stderr, time.time() - start


def is_crash(status):
    return status not in (0, 1)


def signature(status, stderr):
    """A short key that tells distinct crashes apart: the message and the innermost frame in
    the interpreter's own sources (from the backtracer's output)."""
    frame = re.search(r" in rlm at \S*/Sources/(\S+?):(\d+)", stderr)
    if frame:
        msg = re.search(r"Fatal error: [^\n]*|Simultaneous accesses|Stack overflow|Segmentation fault|"
                        r"Illegal instruction|Aborted|Bus error", stderr)
        text = re.sub(r"\d{6,}", "N", msg.group(0)) if msg else ""
        return "%s %s %s:%s" % (status, text[:80], frame.group(1), frame.group(2))
    for pattern in [r"Fatal error: [^\n]*", r"Simultaneous accesses[^\n]*", r"Fatal access conflict[^\n]*",
                    r"[A-Za-z]+\.swift:\d+", r"Stack overflow[^\n]*", r"Segmentation fault[^\n]*"]:
        m = re.search(pattern, stderr)
        if m:
            text = re.sub(r"0x[0-9a-f]+", "", m.group(0))
            loc = re.search(r"[A-Za-z]+\.swift:\d+", stderr)
            return "%s %s %s" % (status, text[:100], loc.group(0) if loc else "")
    return "%s %s" % (status, stderr.strip().splitlines()[-1][:100] if stderr.strip() else "")


def record(source, status, stderr, kind, seen):
    sig = signature(status, stderr)
    n = seen.get(sig, 0)
    # A hang has no backtrace to tell it from others: keep more of them.
    if n >= (MAX_PER_SIGNATURE * 5 if status == "hang" else MAX_PER_SIGNATURE):
        return sig, False
    seen[sig] = n + 1
    os.makedirs(CRASHES, exist_ok=True)
    h = hashlib.sha1(sig.encode()).hexdigest()[:10]
    base = os.path.join(CRASHES, "%s-%s-%d" % ("hang" if status == "hang" else "crash", h, n))
    with open(base + ".py", "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(source)
    with open(base + ".txt", "w", encoding="utf-8") as f:
        f.write("generator: %s\nstatus: %s\nsignature: %s\n\n%s\n" % (kind, status, sig, stderr[-4000:]))
    return sig, True


def fuzz(args):
    rng = random.Random(args.seed)
    seeds = []
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".py"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                seeds.append(f.read())
    workdir = tempfile.mkdtemp(prefix="rlm-fuzz-")
    binary = os.path.join(workdir, "rlm")
    shutil.copy2(args.binary, binary)
    seen = {}
    for name in os.listdir(CRASHES) if os.path.isdir(CRASHES) else []:
        if name.endswith(".txt"):
            with open(os.path.join(CRASHES, name), encoding="utf-8", errors="replace") as f:
                m = re.search(r"^signature: (.*)$", f.read(), re.M)
                if m:
                    seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    args.run_binary, args.workdir = binary, workdir
    deadline = time.time() + args.minutes * 60 if args.minutes else None
    programs = ((i,) + make_program(random.Random(rng.getrandbits(64)), seeds) for i in range(args.count))
    counts = {"ok": 0, "exception": 0, "crash": 0}
    slow = 0
    started = time.time()
    new_sigs = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pending = {}
        for i, kind, src in programs:
            if deadline and time.time() > deadline:
                break
            pending[pool.submit(run_program, binary, src, workdir)] = (i, kind, src)
            if len(pending) >= args.jobs * 2:
                done, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                for fut in done:
                    _handle(fut, pending.pop(fut), counts, seen, new_sigs, args)
            if (i + 1) % 500 == 0:
                el = time.time() - started
                print("[%d programs, %.0f s, %.1f/s] ok=%d exception=%d crash=%d distinct=%d"
                      % (i + 1, el, (i + 1) / el, counts["ok"], counts["exception"], counts["crash"], len(seen)),
                      flush=True)
        for fut in concurrent.futures.as_completed(pending):
            _handle(fut, pending[fut], counts, seen, new_sigs, args)
    shutil.rmtree(workdir, ignore_errors=True)
    total = sum(counts.values())
    print("done: %d programs in %.0f s; ok=%d exception=%d crash=%d; new signatures: %d"
          % (total, time.time() - started, counts["ok"], counts["exception"], counts["crash"], len(new_sigs)))
    for s in new_sigs:
        print("  ", s)
    return 1 if new_sigs else 0


def _handle(fut, item, counts, seen, new_sigs, args):
    i, kind, src = item
    status, stderr, elapsed = fut.result()
    if is_crash(status):
        counts["crash"] += 1
        if status != "hang":
            s2, e2, _ = run_program(args.run_binary, src, args.workdir, backtrace=True)
            if is_crash(s2):
                status, stderr = s2, e2
        sig, stored = record(src, status, stderr, kind, seen)
        if stored and seen[sig] == 1:
            new_sigs.append(sig)
            print("CRASH #%d (%s): %s" % (i, kind, sig), flush=True)
    else:
        counts["ok" if status == 0 else "exception"] += 1


# ---------------------------------------------------------------------------------------
# Reduction and replay


def reduce(args):
    with open(args.reduce, encoding="utf-8", errors="surrogatepass") as f:
        source = f.read()
    workdir = tempfile.mkdtemp(prefix="rlm-reduce-")
    binary = os.path.join(workdir, "rlm")
    shutil.copy2(args.binary, binary)
    status, stderr, _ = run_program(binary, source, workdir, backtrace=True)
    if not is_crash(status):
        print("does not crash (status %s)" % status)
        return 1
    target = signature(status, stderr)
    print("signature:", target)

    def still(src):
        s, e, _ = run_program(binary, src, workdir, backtrace=True)
        return is_crash(s) and signature(s, e) == target

    # Line-level delta debugging, then token-level.
    for unit in ("lines", "tokens"):
        parts = source.splitlines(keepends=True) if unit == "lines" else tokens_of(source)
        join = "".join if unit == "lines" else untokenize
        chunk = max(1, len(parts) // 2)
        while chunk >= 1:
            i = 0
            changed = False
            while i < len(parts):
                candidate = parts[:i] + parts[i + chunk:]
                if candidate and still(join(candidate)):
                    parts = candidate
                    changed = True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
        source = join(parts)
    shutil.rmtree(workdir, ignore_errors=True)
    out = args.reduce[:-3] + ".min.py" if args.reduce.endswith(".py") else args.reduce + ".min"
    with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(source)
    print("reduced to %d bytes: %s\n%s" % (len(source), out, source))
    return 0


def replay(args):
    workdir = tempfile.mkdtemp(prefix="rlm-replay-")
    binary = os.path.join(workdir, "rlm")
    shutil.copy2(args.binary, binary)
    paths = []
    for p in args.replay:
        if os.path.isdir(p):
            paths += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".py"))
        else:
            paths.append(p)
    failures = 0
    for path in paths:
        with open(path, encoding="utf-8", errors="surrogatepass") as f:
            status, stderr, elapsed = run_program(binary, f.read(), workdir)
        crashed = is_crash(status)
        failures += crashed
        print("%-60s %s %s" % (os.path.relpath(path), "CRASH" if crashed else "ok", status if crashed else ""))
    shutil.rmtree(workdir, ignore_errors=True)
    print("%d of %d still crash" % (failures, len(paths)))
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--minutes", type=float, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reduce", metavar="PROGRAM")
    ap.add_argument("--replay", nargs="+", metavar="PATH")
    ap.add_argument("--print", type=int, metavar="N", help="print the N-th generated program and exit")
    args = ap.parse_args()
    if args.reduce:
        return reduce(args)
    if args.replay:
        return replay(args)
    if args.print is not None:
        rng = random.Random(args.seed)
        seeds = [open(os.path.join(SEEDS, n), encoding="utf-8").read() for n in sorted(os.listdir(SEEDS)) if n.endswith(".py")]
        for i in range(args.print + 1):
            kind, src = make_program(random.Random(rng.getrandbits(64)), seeds)
        print("# generator:", kind)
        print(src)
        return 0
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
