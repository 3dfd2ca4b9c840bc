import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class GeneratorTests: XCTestCase {
    func testYieldBasics() {
        assertPython(#"""
            def gen():
                print("start")
                yield 1
                print("middle")
                yield 2
                print("end")
            g = gen()
            print(type(g).__name__)
            print(next(g))
            print(next(g))
            try:
                next(g)
            except StopIteration as e:
                print("stopped", e.value)
            print(list(gen()))
            print(next(g, "exhausted"))

            """#, prints: #"""
            generator
            start
            1
            middle
            2
            end
            stopped None
            start
            middle
            end
            [1, 2]
            exhausted

            """#)
    }

    func testGeneratorReturnValue() {
        assertPython(#"""
            def g():
                yield 1
                return "result"
            it = g()
            next(it)
            try:
                next(it)
            except StopIteration as e:
                print(repr(e.value), e.args)
            def empty():
                return
                yield
            print(list(empty()))
            def bare():
                yield
            print(list(bare()))

            """#, prints: #"""
            'result' ('result',)
            []
            [None]

            """#)
    }

    func testLaziness() {
        assertPython(#"""
            def numbers():
                n = 0
                while True:
                    print("producing", n)
                    yield n
                    n += 1
            g = numbers()
            print("created")
            for x in g:
                if x >= 2:
                    break
            print("after loop")
            print(next(g))
            squares = (print("sq", n) or n * n for n in range(3))
            print("genexp created")
            print(next(squares))
            print(list(squares))

            """#, prints: #"""
            created
            producing 0
            producing 1
            producing 2
            after loop
            producing 3
            3
            genexp created
            sq 0
            0
            sq 1
            sq 2
            [1, 4]

            """#)
    }

    func testYieldFromWithReturn() {
        assertPython(#"""
            def inner():
                x = yield "a"
                print("inner got", x)
                yield "b"
                return "inner-result"
            def outer():
                result = yield from inner()
                print("result", result)
                yield from [10, 20]
                yield from range(2)
                return "outer-done"
            g = outer()
            print(next(g))
            print(g.send("sent"))
            print(list(g))
            def delegate():
                r = yield from outer()
                yield r
            print(list(delegate()))

            """#, prints: #"""
            a
            inner got sent
            b
            result inner-result
            [10, 20, 0, 1]
            inner got None
            result inner-result
            ['a', 'b', 10, 20, 0, 1, 'outer-done']

            """#)
    }

    func testSend() {
        assertPython(#"""
            def accumulator():
                total = 0
                while True:
                    value = yield total
                    if value is None:
                        break
                    total += value
                return total
            acc = accumulator()
            print(acc.send(None))
            print(acc.send(5))
            print(acc.send(10))
            try:
                acc.send(None)
            except StopIteration as e:
                print("final", e.value)
            g = accumulator()
            try:
                g.send(1)
            except TypeError as e:
                print(e)

            """#, prints: #"""
            0
            5
            15
            final 15
            can't send non-None value to a just-started generator

            """#)
    }

    func testThrow() {
        assertPython(#"""
            def guarded():
                while True:
                    try:
                        yield "ready"
                    except ValueError as e:
                        print("handled", e)
                        yield "recovered"
            g = guarded()
            print(next(g))
            print(g.throw(ValueError("bad")))
            print(next(g))
            try:
                g.throw(KeyError("k"))
            except KeyError as e:
                print("propagated", repr(e))
            print(next(g, "closed"))
            def fresh():
                yield 1
            f = fresh()
            try:
                f.throw(RuntimeError("before start"))
            except RuntimeError as e:
                print("unstarted", e)
            def thrower():
                yield 1
            t = thrower()
            next(t)
            try:
                t.throw(ValueError)
            except ValueError as e:
                print("class thrown", type(e).__name__)

            """#, prints: #"""
            ready
            handled bad
            recovered
            ready
            propagated KeyError('k')
            closed
            unstarted before start
            class thrown ValueError

            """#)
    }

    func testClose() {
        assertPython(#"""
            def resource():
                try:
                    yield 1
                    yield 2
                finally:
                    print("cleanup")
            g = resource()
            print(next(g))
            g.close()
            print(next(g, "after close"))
            g.close()
            def stubborn():
                try:
                    yield 1
                except GeneratorExit:
                    print("got GeneratorExit")
                    raise
            g = stubborn()
            next(g)
            g.close()
            def bad():
                try:
                    yield 1
                except GeneratorExit:
                    yield 2
            g = bad()
            next(g)
            try:
                g.close()
            except RuntimeError as e:
                print(e)
            never = resource()
            never.close()
            print("closed unstarted")

            """#, prints: #"""
            1
            cleanup
            after close
            got GeneratorExit
            generator ignored GeneratorExit
            closed unstarted

            """#)
    }

    func testGeneratorInTryFinally() {
        assertPython(#"""
            def gen():
                try:
                    yield 1
                    raise ValueError("inside gen")
                except ValueError as e:
                    yield f"caught {e}"
                finally:
                    yield "finally"
                yield "end"
            print(list(gen()))
            def early_return():
                try:
                    for i in range(5):
                        yield i
                        if i == 1:
                            return
                finally:
                    print("finally on return")
            print(list(early_return()))

            """#, prints: #"""
            [1, 'caught inside gen', 'finally', 'end']
            finally on return
            [0, 1]

            """#)
    }

    func testGeneratorWithBlock() {
        assertPython(#"""
            class CM:
                def __enter__(self):
                    print("enter")
                    return self
                def __exit__(self, *a):
                    print("exit", a[0].__name__ if a[0] else None)
                    return False
            def gen():
                with CM():
                    yield 1
                    yield 2
                yield 3
            for x in gen():
                print("got", x)
            g = gen()
            next(g)
            g.close()
            print("closed")

            """#, prints: #"""
            enter
            got 1
            got 2
            exit None
            got 3
            enter
            exit GeneratorExit
            closed

            """#)
    }

    func testStopIterationBecomesRuntimeError() {
        assertPython(#"""
            def g():
                yield 1
                raise StopIteration("oops")
            try:
                list(g())
            except RuntimeError as e:
                print(type(e).__name__, e)
                print(type(e.__cause__).__name__, e.__cause__)
            def h():
                yield next(iter([]))
            try:
                next(h())
            except RuntimeError as e:
                print(e)

            """#, prints: #"""
            RuntimeError generator raised StopIteration
            StopIteration oops
            generator raised StopIteration

            """#)
    }

    func testGeneratorExpressions() {
        assertPython(#"""
            g = (x * 2 for x in range(4))
            print(next(g), next(g), list(g), list(g))
            print(sum(x for x in range(101)))
            nested = ((i, j) for i in range(2) for j in "ab")
            print(list(nested))
            print(list(x for x in range(10) if x % 3 == 0))
            data = [3, 1, 2]
            gen = (d for d in data)
            data = [9]
            print(list(gen))
            print(type(x for x in []).__name__)
            print(dict((k, len(k)) for k in ["aa", "b"]))

            """#, prints: #"""
            0 2 [4, 6] []
            5050
            [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
            [0, 3, 6, 9]
            [3, 1, 2]
            generator
            {'aa': 2, 'b': 1}

            """#)
    }

    func testGeneratorStateErrors() {
        assertPython(#"""
            def recurse():
                yield next(me)
            me = recurse()
            try:
                next(me)
            except ValueError as e:
                print(e)
            def simple():
                yield 1
            s = simple()
            print(list(s), list(s))

            """#, prints: #"""
            generator already executing
            [1] []

            """#)
    }

    func testInfiniteGeneratorsWithZip() {
        assertPython(#"""
            def count(start=0, step=1):
                while True:
                    yield start
                    start += step
            def take(n, it):
                out = []
                for x in it:
                    if len(out) >= n:
                        break
                    out.append(x)
                return out
            print(take(5, count(10, 5)))
            print(list(zip("abc", count())))
            def fib():
                a, b = 0, 1
                while True:
                    yield a
                    a, b = b, a + b
            print(take(15, fib()))
            evens = (n for n in count() if n % 2 == 0)
            print([next(evens) for _ in range(4)])

            """#, prints: #"""
            [10, 15, 20, 25, 30]
            [('a', 0), ('b', 1), ('c', 2)]
            [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
            [0, 2, 4, 6]

            """#)
    }

    func testGeneratorPipelines() {
        assertPython(#"""
            def read(lines):
                for line in lines:
                    yield line.strip()
            def nonempty(lines):
                return (l for l in lines if l)
            def upper(lines):
                for l in lines:
                    yield l.upper()
            text = ["  a  ", "", " bc", "   ", "d "]
            print(list(upper(nonempty(read(text)))))
            def chunks(seq, n):
                for i in range(0, len(seq), n):
                    yield seq[i:i + n]
            print(list(chunks("abcdefg", 3)), list(chunks([1, 2, 3, 4], 2)))
            def flatten(x):
                for item in x:
                    if isinstance(item, list):
                        yield from flatten(item)
                    else:
                        yield item
            print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

            """#, prints: #"""
            ['A', 'BC', 'D']
            ['abc', 'def', 'g'] [[1, 2], [3, 4]]
            [1, 2, 3, 4, 5, 6]

            """#)
    }

    func testGeneratorMethodsAndClosures() {
        assertPython(#"""
            class Tree:
                def __init__(self, value, *children):
                    self.value, self.children = value, children
                def __iter__(self):
                    yield self.value
                    for c in self.children:
                        yield from c
            t = Tree(1, Tree(2, Tree(3)), Tree(4))
            print(list(t), sum(t), max(t))
            def make_gen(prefix):
                def gen(n):
                    for i in range(n):
                        yield f"{prefix}{i}"
                return gen
            print(list(make_gen("x")(3)))
            def counter_gen():
                count = 0
                def inc():
                    nonlocal count
                    count += 1
                for _ in range(3):
                    inc()
                    yield count
            print(list(counter_gen()))

            """#, prints: #"""
            [1, 2, 3, 4] 10 4
            ['x0', 'x1', 'x2']
            [1, 2, 3]

            """#)
    }

    func testYieldAsExpression() {
        assertPython(#"""
            def echo():
                received = []
                while len(received) < 3:
                    item = yield len(received)
                    received.append(item)
                yield received
            g = echo()
            print(next(g), g.send("a"), g.send("b"), g.send("c"))
            def pairs():
                x = yield
                while True:
                    x = yield x * 2
            p = pairs()
            next(p)
            print(p.send(3), p.send(10))
            def gen_statement():
                first = yield 1
                second = yield 2
                print(first + second)
            g = gen_statement()
            print(next(g), g.send(10))
            try:
                g.send(20)
            except StopIteration:
                print("done")

            """#, prints: #"""
            0 1 2 ['a', 'b', 'c']
            6 20
            1 2
            30
            done

            """#)
    }

    func testThrowIntoYieldFrom() {
        assertPython(#"""
            def inner():
                try:
                    yield 1
                except ValueError:
                    yield "inner handled"
                    return "ret"
            def outer():
                r = yield from inner()
                yield f"outer got {r}"
            g = outer()
            print(next(g))
            print(g.throw(ValueError))
            print(next(g))
            def inner2():
                try:
                    yield 1
                finally:
                    print("inner2 finally")
            def outer2():
                yield from inner2()
            g = outer2()
            next(g)
            g.close()
            print("closed chain")

            """#, prints: #"""
            1
            inner handled
            outer got ret
            inner2 finally
            closed chain

            """#)
    }

    func testSendThroughYieldFrom() {
        assertPython(#"""
            def inner():
                total = 0
                while True:
                    x = yield total
                    if x is None:
                        return total
                    total += x
            def outer():
                result = yield from inner()
                yield f"inner returned {result}"
            g = outer()
            print(next(g), g.send(5), g.send(7), g.send(None))
            try:
                next(g)
            except StopIteration:
                print("outer finished")

            """#, prints: #"""
            0 5 12 inner returned 12
            outer finished

            """#)
    }

    func testGeneratorExceptionsPropagateToCaller() {
        assertPython(#"""
            def gen():
                yield 1
                yield 1 / 0
                yield 3
            g = gen()
            print(next(g))
            try:
                next(g)
            except ZeroDivisionError as e:
                print("caught", e)
            print(next(g, "generator is finished after an error"))
            def guarded():
                try:
                    yield 1
                    yield 2
                except GeneratorExit:
                    print("closing")
                    raise
                finally:
                    print("finally")
            for v in guarded():
                print("got", v)

            """#, prints: #"""
            1
            caught division by zero
            generator is finished after an error
            got 1
            got 2
            finally

            """#)
    }

    func testGeneratorStateAndLocals() {
        assertPython(#"""
            def stateful():
                seen = []
                for ch in "abc":
                    seen.append(ch)
                    command = yield "".join(seen)
                    if command == "reset":
                        seen.clear()
            g = stateful()
            print(next(g), next(g), g.send("reset"), next(g, "end"))
            gens = [(i * j for j in range(3)) for i in range(3)]
            print([list(x) for x in gens])
            def nested():
                for i in range(3):
                    yield (j for j in range(i))
            print([list(inner) for inner in nested()])

            """#, prints: #"""
            a ab c end
            [[0, 2, 4], [0, 2, 4], [0, 2, 4]]
            [[], [0], [0, 1]]

            """#)
    }

    /// Generator expressions run their loops without a statement body (`GeneratorExpressionLoops`):
    /// nesting, conditions, closures over the loop variable, laziness, errors and StopIteration
    /// inside, send/throw/close, re-entry, early exit from any(), class-body scope. Compared with
    /// CPython 3.11's output.
    func testGeneratorExpressionsRunTheirLoopsDirectly() {
        assertPython(#"""
            def show(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)

            L = [1, 2, 3, 4]
            print(list(x * 2 for x in L), sum(x for x in L if x % 2), ",".join(str(x) for x in L))
            print(list((x, y) for x in range(3) for y in range(x) if (x + y) % 2))
            print(list(c for w in ["ab", "", "cd"] if w for c in w if c != "c"))
            fs = list((lambda: x) for x in range(3))
            print([f() for f in fs])
            g = (x for x in L)
            print(next(g), next(g), list(g), list(g))
            # laziness and order of evaluation
            log = []
            def note(v):
                log.append(v)
                return v
            g = (note(x) for x in [note("outer")] + [1, 2])
            log.append("made")
            print(next(g), log)
            # the first iterable is evaluated at once, the others lazily
            show(lambda: (x for x in 5))
            g = (y for x in [1] for y in x)
            show(lambda: next(g))
            show(lambda: next(g))
            # errors inside, StopIteration inside
            def boom(x):
                if x == 2:
                    raise ValueError("bad " + str(x))
                return x
            g = (boom(x) for x in L)
            show(lambda: list(g))
            show(lambda: next(g))
            def stop(x):
                raise StopIteration
            show(lambda: list(stop(x) for x in L))
            # send, throw, close
            g = (x for x in L)
            show(lambda: g.send(1))
            print(next(g), g.send(None))
            show(lambda: g.throw(KeyError("k")))
            show(lambda: next(g))
            g = (x for x in L)
            g.close()
            show(lambda: next(g))
            g = (x for x in L)
            show(lambda: g.throw(KeyError("early")))
            # re-entry
            g = (next(g) for x in L)
            show(lambda: next(g))
            # any/all stop early
            seen = []
            print(any(seen.append(x) or x > 1 for x in L), seen)
            print(all(x < 3 for x in L), type(x for x in L).__name__)
            class C:
                vals = [1, 2]
                total = sum(v for v in vals)
            print(C.total)
            def outer():
                k = 10
                return list(k + i for i in range(3))
            print(outer())
            print(max((len(w), w) for w in "the quick brown fox".split()), sorted(w for w in "b a c".split()))
            print(dict((k, v) for k, v in zip("ab", [1, 2])), sorted(set(x % 2 for x in L)), tuple(x for x in ""))
            try:
                list(1 / x for x in [1, 0])
            except ZeroDivisionError as e:
                print("ZeroDivisionError", e)
            """#, prints: "[2, 4, 6, 8] 4 1,2,3,4\n[(1, 0), (2, 1)]\n['a', 'b', 'd']\n[2, 2, 2]\n1 2 [3, 4] []\nouter ['outer', 'made', 'outer']\nTypeError: 'int' object is not iterable\nTypeError: 'int' object is not iterable\nStopIteration: \nValueError: bad 2\nStopIteration: \nRuntimeError: generator raised StopIteration\nTypeError: can't send non-None value to a just-started generator\n1 2\nKeyError: 'k'\nStopIteration: \nStopIteration: \nKeyError: 'early'\nValueError: generator already executing\nTrue [1, 2]\nFalse generator\n3\n[10, 11, 12]\n(5, 'quick') ['a', 'b', 'c']\n{'a': 1, 'b': 2} [0, 1] ()\nZeroDivisionError division by zero\n")
    }
}
