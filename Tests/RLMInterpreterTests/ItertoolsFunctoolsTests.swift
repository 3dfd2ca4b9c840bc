import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by CPython 3.11.7.
final class ItertoolsFunctoolsTests: XCTestCase {
    func test_chainIsliceCount() {
        assertPython(#"""
            from itertools import chain, islice, count, cycle, repeat
            print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
            print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice(range(10), None)), list(islice("abcdef", 1, 4)))
            it = iter(range(10))
            print(list(islice(it, 3)), next(it))
            print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 4)))
            print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat("x", 3)), list(repeat("x", -1)))
            print(list(zip(range(3), repeat(0))), dict(zip("abc", count(1))))
            c = count()
            print(next(c), next(c), c.__next__())

            """#, prints: #"""
            [1, 2, 'a', 'b', 3] [1, 2, 3] []
            [0, 1, 2] [2, 5] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] ['b', 'c', 'd']
            [0, 1, 2] 3
            [0, 1, 2, 3, 4] [10, 8, 6, 4] [0.5, 0.75, 1.0, 1.25]
            ['a', 'b', 'a', 'b', 'a'] [] ['x', 'x', 'x'] []
            [(0, 0), (1, 0), (2, 0)] {'a': 1, 'b': 2, 'c': 3}
            0 1 2

            """#)
    }

    func test_chainIsLazy() {
        assertPython(#"""
            from itertools import chain, islice
            def gen(tag):
                for i in range(3):
                    print("yield", tag, i)
                    yield i
            for x in islice(chain(gen("a"), gen("b")), 4):
                print("got", x)

            """#, prints: #"""
            yield a 0
            got 0
            yield a 1
            got 1
            yield a 2
            got 2
            yield b 0
            got 0

            """#)
    }

    func test_groupby() {
        assertPython(#"""
            from itertools import groupby
            print([(k, list(g)) for k, g in groupby("aaabbcaa")])
            print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
            print([k for k, g in groupby("aabbcc")], [list(g) for k, g in groupby([])])
            gs = list(groupby("aabbb"))
            print([(k, list(g)) for k, g in gs])
            g = groupby("aabbbc")
            k1, g1 = next(g)
            print(k1, next(g1))
            k2, g2 = next(g)
            print(k2, list(g1), list(g2))
            words = ["apple", "avocado", "banana", "blueberry", "cherry"]
            for letter, group in groupby(sorted(words), key=lambda w: w[0]):
                print(letter, len(list(group)))

            """#, prints: #"""
            [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]
            [(0, [1, 2]), (1, [3, 4, 5]), (2, [6])]
            ['a', 'b', 'c'] []
            [('a', []), ('b', [])]
            a a
            b [] ['b', 'b', 'b']
            a 2
            b 2
            c 1

            """#)
    }

    func test_accumulate() {
        assertPython(#"""
            from itertools import accumulate

            print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], max)))
            print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([], initial=5)))
            print(list(accumulate(["a", "b", "c"])), list(accumulate([3, 1, 4, 1, 5], min)))

            """#, prints: #"""
            [1, 3, 6, 10] [1, 2, 3, 4]
            [10, 10, 20, 60] [5]
            ['a', 'ab', 'abc'] [3, 1, 1, 1, 1]

            """#)
    }

    func test_combinatorics() {
        assertPython(#"""
            from itertools import combinations, combinations_with_replacement, permutations, product
            print(list(combinations("ABCD", 2)))
            print(list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
            print(list(combinations_with_replacement("ABC", 2)))
            print(list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
            print(list(permutations("ABC")))
            print(list(permutations(range(4), 2)))
            print(list(permutations("AB", 3)), list(permutations("", 0)), sum(1 for _ in permutations(range(6))))
            print(list(product("AB", [1, 2])), list(product([0, 1], repeat=3)))
            print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)))

            """#, prints: #"""
            [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
            [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [] [()]
            [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
            [] [()]
            [('A', 'B', 'C'), ('A', 'C', 'B'), ('B', 'A', 'C'), ('B', 'C', 'A'), ('C', 'A', 'B'), ('C', 'B', 'A')]
            [(0, 1), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0), (2, 1), (2, 3), (3, 0), (3, 1), (3, 2)]
            [] [()] 720
            [('A', 1), ('A', 2), ('B', 1), ('B', 2)] [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
            [()] [] [()]

            """#)
    }

    func test_filteringTools() {
        assertPython(#"""
            from itertools import zip_longest, takewhile, dropwhile, starmap, pairwise, compress, filterfalse
            print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1, 2], [3])), list(zip_longest()))
            print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
            print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(pairwise("ABCD")), list(pairwise("A")))
            print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))

            """#, prints: #"""
            [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] [(1, 3), (2, None)] []
            [1, 4] [6, 4, 1]
            [32, 9, 1000] [('A', 'B'), ('B', 'C'), ('C', 'D')] []
            ['A', 'C', 'E', 'F'] [0, 2, 4, 6, 8] [0, '']

            """#)
    }

    func test_batched() {
        assertPython(#"""
            # batched is new in 3.12; under CPython 3.11 the documented equivalent stands in for it.
            try:
                from itertools import batched
            except ImportError:
                from itertools import islice
                def batched(iterable, n):
                    if n < 1:
                        raise ValueError("n must be at least one")
                    it = iter(iterable)
                    while batch := tuple(islice(it, n)):
                        yield batch
            print(list(batched("ABCDEFG", 3)), list(batched([], 2)), list(batched(range(4), 2)))
            try:
                list(batched("abc", 0))
            except ValueError as e:
                print("ValueError:", e)

            """#, prints: #"""
            [('A', 'B', 'C'), ('D', 'E', 'F'), ('G',)] [] [(0, 1), (2, 3)]
            ValueError: n must be at least one

            """#)
    }

    func test_tee() {
        assertPython(#"""
            from itertools import tee
            a, b = tee([1, 2, 3])
            print(list(a), list(b))
            a, b, c = tee(iter("xyz"), 3)
            print(next(a), next(a), next(b), list(c), list(a), list(b))
            print(tee([1], 0))

            """#, prints: #"""
            [1, 2, 3] [1, 2, 3]
            x y x ['x', 'y', 'z'] ['z'] ['y', 'z']
            ()

            """#)
    }

    func test_reduce() {
        assertPython(#"""
            from functools import reduce
            import functools
            print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a * b, range(1, 6), 1))
            print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(max, [3, 9, 2]))

            """#, prints: #"""
            6 0 120
            5 9

            """#)
    }

    func test_partial() {
        assertPython(#"""
            from functools import partial
            def f(a, b, c=3):
                return (a, b, c)
            p = partial(f, 1, c=5)
            print(p(2), p(2, c=9), p.func is f, p.args, p.keywords)
            q = partial(p, 2)
            print(q.args, q.func is f, q(), partial(f)(1, 2), callable(p))
            print(repr(partial(max, 1, key=abs)), type(p))
            base2 = partial(int, base=2)
            print(base2("1010"), list(map(partial(pow, 2), range(5))))

            """#, prints: #"""
            (1, 2, 5) (1, 2, 9) True (1,) {'c': 5}
            (1, 2) True (1, 2, 5) (1, 2, 3) True
            functools.partial(<built-in function max>, 1, key=<built-in function abs>) <class 'functools.partial'>
            10 [1, 2, 4, 8, 16]

            """#)
    }

    func test_lruCache() {
        assertPython(#"""
            from functools import lru_cache, cache
            @lru_cache(maxsize=2)
            def sq(x):
                print("compute", x)
                return x * x
            for v in [1, 2, 1, 3, 2, 1]:
                sq(v)
            print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
            sq.cache_clear()
            print(sq.cache_info())
            @lru_cache
            def g(x):
                return x
            g(1); g(1); g(x=1); g(1.0)
            print(g.cache_info(), g.__name__, g.__wrapped__.__name__, type(g))
            @cache
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(80), fib.cache_info())
            @lru_cache(maxsize=0)
            def z(x):
                return x
            z(1); z(1)
            print(z.cache_info())
            class A:
                @lru_cache(maxsize=None)
                def m(self, x):
                    return x * 2
            a = A()
            print(a.m(2), a.m(2), A.m.cache_info())

            """#, prints: #"""
            compute 1
            compute 2
            compute 3
            compute 2
            compute 1
            CacheInfo(hits=1, misses=5, maxsize=2, currsize=2) 1 {'maxsize': 2, 'typed': False}
            CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
            CacheInfo(hits=1, misses=3, maxsize=128, currsize=3) g g <class 'functools._lru_cache_wrapper'>
            23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
            CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)
            4 4 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)

            """#)
    }

    func test_lruCacheEvictionOrder() {
        assertPython(#"""
            from functools import lru_cache
            calls = []
            @lru_cache(maxsize=3)
            def f(x, y=0):
                calls.append((x, y))
                return x + y
            for args in [(1,), (2,), (3,), (1,), (4,), (2,), (1,), (1, 1), (3,)]:
                f(*args)
            f(1, y=1)
            f(y=1, x=1)
            print(calls, f.cache_info())

            """#, prints: #"""
            [(1, 0), (2, 0), (3, 0), (4, 0), (2, 0), (1, 1), (3, 0), (1, 1), (1, 1)] CacheInfo(hits=2, misses=9, maxsize=3, currsize=3)

            """#)
    }

    func test_wrapsAndUpdateWrapper() {
        assertPython(#"""
            from functools import wraps, update_wrapper
            def deco(fn):
                @wraps(fn)
                def wrapper(*a, **k):
                    """wrapper doc"""
                    return fn(*a, **k)
                return wrapper
            @deco
            def hello(n):
                """Say hello."""
                return n
            print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello(5))
            def deco2(fn):
                def wrapper(*a):
                    return fn(*a)
                return update_wrapper(wrapper, fn)
            @deco2
            def bye():
                "doc2"
            print(bye.__name__, bye.__doc__)

            """#, prints: #"""
            hello Say hello. hello hello 5
            bye doc2

            """#)
    }

    func test_totalOrderingAndCmpToKey() {
        assertPython(#"""
            from functools import total_ordering, cmp_to_key
            @total_ordering
            class V:
                def __init__(self, v):
                    self.v = v
                def __eq__(self, o):
                    return self.v == o.v
                def __lt__(self, o):
                    return self.v < o.v
            print(V(1) <= V(2), V(2) >= V(1), V(1) > V(2), V(2) > V(1), V(1) >= V(1), V(2) <= V(1))
            @total_ordering
            class G:
                def __init__(self, v):
                    self.v = v
                def __eq__(self, o):
                    return self.v == o.v
                def __ge__(self, o):
                    return self.v >= o.v
            print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), sorted([G(3), G(1), G(2)], reverse=True)[0].v)
            def cmp(a, b):
                return (a > b) - (a < b)
            print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
            K = cmp_to_key(cmp)
            print(K(1) < K(2), K(1) == K(1), K(1).obj)
            print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda x, y: len(x) - len(y) or (x > y) - (x < y))))

            """#, prints: #"""
            True True False True True False
            True False True 3
            [1, 2, 3] [3, 2, 1]
            True True 1
            ['a', 'bb', 'dd', 'ccc']

            """#)
    }

    func test_isliceNegativeStop() {
        assertPythonRaises(#"""
            from itertools import islice
            islice(range(3), -1)

            """#, "ValueError", message: #"Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."#)
    }

    func test_isliceNegativeIndex() {
        assertPythonRaises(#"""
            from itertools import islice
            islice(range(3), -2, 3)

            """#, "ValueError", message: #"Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."#)
    }

    func test_isliceZeroStep() {
        assertPythonRaises(#"""
            from itertools import islice
            islice(range(3), 1, 2, 0)

            """#, "ValueError", message: #"Step for islice() must be a positive integer or None."#)
    }

    func test_combinationsNegative() {
        assertPythonRaises(#"""
            from itertools import combinations
            combinations("abc", -1)

            """#, "ValueError", message: #"r must be non-negative"#)
    }

    func test_productNegativeRepeat() {
        assertPythonRaises(#"""
            from itertools import product
            product([1, 2], repeat=-1)

            """#, "ValueError", message: #"repeat argument cannot be negative"#)
    }

    func test_teeNegative() {
        assertPythonRaises(#"""
            from itertools import tee
            tee([1], -1)

            """#, "ValueError", message: #"n must be >= 0"#)
    }

    func test_reduceEmpty() {
        assertPythonRaises(#"""
            from functools import reduce
            reduce(lambda a, b: a + b, [])

            """#, "TypeError", message: #"reduce() of empty iterable with no initial value"#)
    }

    func test_reduceNotIterable() {
        assertPythonRaises(#"""
            from functools import reduce
            reduce(lambda a, b: a + b, 5)

            """#, "TypeError", message: #"reduce() arg 2 must support iteration"#)
    }

    func test_reduceKeywords() {
        assertPythonRaises(#"""
            from functools import reduce
            reduce(lambda a, b: a + b, [1], initial=3)

            """#, "TypeError", message: #"reduce() takes no keyword arguments"#)
    }

    func test_partialNotCallable() {
        assertPythonRaises(#"""
            from functools import partial
            partial(5)

            """#, "TypeError", message: #"the first argument must be callable"#)
    }

    func test_partialNoArguments() {
        assertPythonRaises(#"""
            from functools import partial
            partial()

            """#, "TypeError", message: #"type 'partial' takes at least one argument"#)
    }

    func test_partialNoName() {
        assertPythonRaises(#"""
            from functools import partial
            partial(max, 1).__name__

            """#, "AttributeError", message: #"'functools.partial' object has no attribute '__name__'"#)
    }

    func test_lruCacheBadMaxsize() {
        assertPythonRaises(#"""
            from functools import lru_cache
            lru_cache(maxsize="x")

            """#, "TypeError", message: #"Expected first argument to be an integer, a callable, or None"#)
    }

    func test_lruCacheUnhashable() {
        assertPythonRaises(#"""
            from functools import lru_cache
            @lru_cache
            def f(x):
                return x
            f([1])

            """#, "TypeError", message: #"unhashable type: 'list'"#)
    }

    func test_totalOrderingNoRoot() {
        assertPythonRaises(#"""
            from functools import total_ordering
            @total_ordering
            class X:
                pass

            """#, "ValueError", message: #"must define at least one ordering operation: < > <= >="#)
    }

    func test_cmpToKeyOtherType() {
        assertPythonRaises(#"""
            from functools import cmp_to_key
            K = cmp_to_key(lambda a, b: a - b)
            K(1) < 2

            """#, "TypeError", message: #"other argument must be K instance"#)
    }

    func test_cmpToKeyUnhashable() {
        assertPythonRaises(#"""
            from functools import cmp_to_key
            K = cmp_to_key(lambda a, b: a - b)
            hash(K(1))

            """#, "TypeError", message: #"unhashable type: 'functools.KeyWrapper'"#)
    }
}
