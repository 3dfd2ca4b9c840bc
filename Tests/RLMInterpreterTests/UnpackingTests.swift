import XCTest
@testable import RLMInterpreter

// Expected output produced by running the same program with CPython 3.11.7.

/// Unpacking without copies: loops over `enumerate`, `zip` of two and `dict.items()` take
/// each pair's parts without building the tuple (`PairIterator`), and a tuple or list that
/// nothing else holds gives its items up to the targets. Everything else about those
/// iterators (their items as tuples, types, `strict`, errors, generators suspended inside
/// such loops) must stay CPython's.
final class UnpackingTests: XCTestCase {
    func testPairLoopsAndUnpackingAgreeWithCPython() {
        assertPython(#"""
            # Loops that unpack pairs from enumerate, zip and dict.items(), and unpacking of tuples and
            # lists that nothing else holds.

            d = {"a": 1, "b": 2, "c": 3}
            for k, v in d.items():
                print(k, v, end="; ")
            print()
            print([(v, k) for k, v in d.items() if v != 2], {k: i for i, k in enumerate(d)})
            print(list(enumerate("xyz", 5)), list(zip("ab", [1, 2, 3])), dict(zip("ab", "cd")))
            print(sum(i * n for i, n in enumerate(range(10))), ",".join(f"{a}{b}" for a, b in zip("abc", "xyz")))
            e = enumerate(["p", "q"])
            print(type(e).__name__, next(e), list(e), next(e, "done"))
            z = zip([1], [2])
            print(type(z).__name__, next(z), next(z, "done"))
            big = enumerate("abc", 2**63 - 2)
            print(list(big))
            for pair in enumerate("ab"):
                print(pair, type(pair).__name__)
            for i, (a, b) in enumerate(zip("ab", "cd")):
                print(i, a, b)
            try:
                for a, b, c in d.items():
                    pass
            except ValueError as err:
                print("ValueError", err)
            try:
                for (a,) in zip("ab", "cd"):
                    pass
            except ValueError as err:
                print("ValueError", err)
            for a, *rest in zip("ab", "cd"):
                print(a, rest)
            try:
                list(zip("ab", "c", strict=True))
            except ValueError as err:
                print("ValueError", err)
            try:
                list(zip("a", "cd", strict=True))
            except ValueError as err:
                print("ValueError", err)
            print(list(zip("ab", "cd", strict=True)), list(zip("ab", "cd", "ef")), list(zip()))
            try:
                for k, v in d.items():
                    d["new"] = 0
            except RuntimeError as err:
                print("RuntimeError", err)
            def gen():
                for i, ch in enumerate("abc"):
                    yield i, ch
                for k, v in {"x": 1}.items():
                    yield k
            print(list(gen()))
            t = (1, [2])
            a, b = t
            b.append(3)
            print(t, a, b)
            l = [4, 5]
            x, y = l
            print(l, x, y)
            line = "key=value"
            k, v = line.split("=")
            print(k, v)
            p, q = q, p = 1, 2
            print(p, q)
            m, n = reversed([1, 2])
            print(m, n)
            try:
                u, w = "abc".split("b", 5) + ["x"]
            except ValueError as err:
                print("ValueError", err)
            def swap(a, b):
                a, b = b, a
                return a, b
            print(swap("s", "t"))
            first, second = ([i] for i in range(2))
            print(first, second)
            """#, prints: #"""
            a 1; b 2; c 3; 
            [(1, 'a'), (3, 'c')] {'a': 0, 'b': 1, 'c': 2}
            [(5, 'x'), (6, 'y'), (7, 'z')] [('a', 1), ('b', 2)] {'a': 'c', 'b': 'd'}
            285 ax,by,cz
            enumerate (0, 'p') [(1, 'q')] done
            zip (1, 2) done
            [(9223372036854775806, 'a'), (9223372036854775807, 'b'), (9223372036854775808, 'c')]
            (0, 'a') tuple
            (1, 'b') tuple
            0 a c
            1 b d
            ValueError not enough values to unpack (expected 3, got 2)
            ValueError too many values to unpack (expected 1)
            a ['c']
            b ['d']
            ValueError zip() argument 2 is shorter than argument 1
            ValueError zip() argument 2 is longer than argument 1
            [('a', 'c'), ('b', 'd')] [('a', 'c', 'e'), ('b', 'd', 'f')] []
            RuntimeError dictionary changed size during iteration
            [(0, 'a'), (1, 'b'), (2, 'c'), 'x']
            (1, [2, 3]) 1 [2, 3]
            [4, 5] 4 5
            key value
            2 1
            2 1
            ValueError too many values to unpack (expected 2)
            ('t', 's')
            [0] [1]

            """#)
    }
}
