import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by CPython 3.11.7.
final class CollectionsTests: XCTestCase {
    func test_counterConstruction() {
        assertPython(#"""
            from collections import Counter
            print(Counter("abracadabra"))
            print(Counter(["x", "y", "x"]))
            print(Counter({"a": 1, "b": 5}))
            print(Counter(a=3, b=1))
            print(Counter(), Counter(None))
            c = Counter("hello")
            print(c["l"], c["z"], "z" in c, len(c))

            """#, prints: #"""
            Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
            Counter({'x': 2, 'y': 1})
            Counter({'b': 5, 'a': 1})
            Counter({'a': 3, 'b': 1})
            Counter() Counter()
            2 0 False 4

            """#)
    }

    func test_counterMostCommonOrdering() {
        assertPython(#"""
            from collections import Counter
            c = Counter("abracadabra")
            print(c.most_common())
            print(c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
            print(Counter("ba").most_common())
            print(Counter({"a": 1.5, "b": 2, "c": 1.5}))
            print(Counter({"a": "x", "b": "y"}))
            print(Counter({"a": [1], "b": 2}))

            """#, prints: #"""
            [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
            [('a', 5), ('b', 2)] [] [] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
            [('b', 1), ('a', 1)]
            Counter({'b': 2, 'a': 1.5, 'c': 1.5})
            Counter({'b': 'y', 'a': 'x'})
            Counter({'a': [1], 'b': 2})

            """#)
    }

    func test_counterUpdateSubtract() {
        assertPython(#"""
            from collections import Counter
            x = Counter()
            x.update("aab")
            x.update({"a": 5})
            x.update(b=3)
            print(x)
            x.subtract("aaz")
            print(x)
            x.subtract({"b": 10})
            print(x)
            del x["nope"]
            x["q"] += 1
            print(x)
            x.update(Counter(q=2), z=1)
            print(x)

            """#, prints: #"""
            Counter({'a': 7, 'b': 4})
            Counter({'a': 5, 'b': 4, 'z': -1})
            Counter({'a': 5, 'z': -1, 'b': -6})
            Counter({'a': 5, 'q': 1, 'z': -1, 'b': -6})
            Counter({'a': 5, 'q': 3, 'z': 0, 'b': -6})

            """#)
    }

    func test_counterElementsTotal() {
        assertPython(#"""
            from collections import Counter
            c = Counter("abracadabra")
            print(list(c.elements()))
            print(sorted(c.elements()))
            print(list(Counter(a=0, b=-1, c=2).elements()))
            print(c.total(), Counter().total(), Counter(a=0).total())

            """#, prints: #"""
            ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'r', 'r', 'c', 'd']
            ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
            ['c', 'c']
            11 0 0

            """#)
    }

    func test_counterArithmetic() {
        assertPython(#"""
            from collections import Counter
            a = Counter(a=3, b=-1)
            b = Counter(b=2, c=1)
            print(a + b, a - b)
            print(Counter(a=3, b=1) & Counter(a=1, b=2))
            print(Counter(a=3, b=1) | Counter(a=1, b=2, c=0))
            print(+Counter(a=3, b=-1, c=0), -Counter(a=3, b=-1, c=0))
            print(sum([Counter(a=1), Counter(a=2, b=1)], Counter()))
            y = Counter(a=2); y += Counter(a=-5, b=1); print(y)
            y = Counter(a=2, c=-1); y -= Counter(a=1); print(y)
            y = Counter(a=2, c=1); y |= Counter(a=5); print(y)
            y = Counter(a=2, c=1); y &= Counter(a=5); print(y)

            """#, prints: #"""
            Counter({'a': 3, 'b': 1, 'c': 1}) Counter({'a': 3})
            Counter({'a': 1, 'b': 1})
            Counter({'a': 3, 'b': 2})
            Counter({'a': 3}) Counter({'b': 1})
            Counter({'a': 3, 'b': 1})
            Counter({'b': 1})
            Counter({'a': 1})
            Counter({'a': 5, 'c': 1})
            Counter({'a': 2})

            """#)
    }

    func test_counterComparison() {
        assertPython(#"""
            from collections import Counter
            print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1, "b": 0})
            print(Counter(a=1, b=1) == Counter(b=1, a=1), Counter(a=1) != Counter(a=2))
            print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=2))

            """#, prints: #"""
            True False
            True True
            True False True False

            """#)
    }

    func test_counterIsADict() {
        assertPython(#"""
            from collections import Counter
            c = Counter("aab")
            print(type(c), type(c).__name__, isinstance(c, dict), isinstance(c, Counter))
            print(dict(c), c.copy(), type(c.copy()).__name__)
            print(c.keys(), c.values(), c.items())
            print(c.get("z"), c.get("a"), c.pop("a"), c.setdefault("q", 7), c)
            print(str(Counter("aab")), repr(Counter()), f"{Counter('ab')}")
            print(sorted(c), list(c), [k for k in c])
            print(Counter([(1, 2), (1, 2)]))

            """#, prints: #"""
            <class 'collections.Counter'> Counter True True
            {'a': 2, 'b': 1} Counter({'a': 2, 'b': 1}) Counter
            dict_keys(['a', 'b']) dict_values([2, 1]) dict_items([('a', 2), ('b', 1)])
            None 2 2 7 Counter({'q': 7, 'b': 1})
            Counter({'a': 2, 'b': 1}) Counter() Counter({'a': 1, 'b': 1})
            ['b', 'q'] ['b', 'q'] ['b', 'q']
            Counter({(1, 2): 2})

            """#)
    }

    func test_counterWordFrequency() {
        assertPython(#"""
            from collections import Counter
            text = "the quick brown fox jumps over the lazy dog the fox"
            counts = Counter(text.split())
            for word, n in counts.most_common(3):
                print(f"{word:>6} {n}")
            print(sum(counts.values()), len(counts))

            """#, prints: #"""
               the 3
               fox 2
             quick 1
            11 8

            """#)
    }

    func test_defaultdictBasics() {
        assertPython(#"""
            from collections import defaultdict
            d = defaultdict(list)
            d["a"].append(1)
            d["a"].append(2)
            d["b"]
            print(d, d.default_factory, len(d))
            n = defaultdict(int)
            for ch in "mississippi":
                n[ch] += 1
            print(n, dict(n))
            print(defaultdict(), defaultdict(None, {"a": 1}), defaultdict(int, a=1), defaultdict(int, [("a", 1)], b=2))
            print(defaultdict(lambda: "z")["k"], defaultdict(int).get("x"), "x" in defaultdict(int))
            print(type(d), isinstance(d, dict), d == {"a": [1, 2], "b": []})

            """#, prints: #"""
            defaultdict(<class 'list'>, {'a': [1, 2], 'b': []}) <class 'list'> 2
            defaultdict(<class 'int'>, {'m': 1, 'i': 4, 's': 4, 'p': 2}) {'m': 1, 'i': 4, 's': 4, 'p': 2}
            defaultdict(None, {}) defaultdict(None, {'a': 1}) defaultdict(<class 'int'>, {'a': 1}) defaultdict(<class 'int'>, {'a': 1, 'b': 2})
            z None False
            <class 'collections.defaultdict'> True True

            """#)
    }

    func test_defaultdictFactoryAndCopy() {
        assertPython(#"""
            from collections import defaultdict
            d = defaultdict(list, {"x": [1]})
            c = d.copy()
            c["y"].append(2)
            print(c, d)
            d.default_factory = int
            print(d["zz"], d)
            print(defaultdict.fromkeys("ab"), d | {"q": 1})
            nested = defaultdict(lambda: defaultdict(int))
            nested["a"]["b"] += 2
            print({k: dict(v) for k, v in nested.items()})

            """#, prints: #"""
            defaultdict(<class 'list'>, {'x': [1], 'y': [2]}) defaultdict(<class 'list'>, {'x': [1]})
            0 defaultdict(<class 'int'>, {'x': [1], 'zz': 0})
            defaultdict(None, {'a': None, 'b': None}) defaultdict(<class 'int'>, {'x': [1], 'zz': 0, 'q': 1})
            {'a': {'b': 2}}

            """#)
    }

    func test_orderedDictBasics() {
        assertPython(#"""
            from collections import OrderedDict
            o = OrderedDict(a=1, b=2, c=3)
            print(o, OrderedDict(), OrderedDict([("x", 1)]))
            o.move_to_end("a")
            print(o)
            o.move_to_end("c", last=False)
            print(list(o.keys()))
            print(o.popitem(), o.popitem(last=False), o)
            print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
            print(type(o), isinstance(o, dict), list(reversed(OrderedDict(a=1, b=2))))
            print(OrderedDict.fromkeys("abca", 0), OrderedDict(a=1).copy(), str(OrderedDict(a=1)))

            """#, prints: #"""
            OrderedDict([('a', 1), ('b', 2), ('c', 3)]) OrderedDict() OrderedDict([('x', 1)])
            OrderedDict([('b', 2), ('c', 3), ('a', 1)])
            ['c', 'b', 'a']
            ('a', 1) ('c', 3) OrderedDict([('b', 2)])
            False True
            <class 'collections.OrderedDict'> True ['b', 'a']
            OrderedDict([('a', 0), ('b', 0), ('c', 0)]) OrderedDict([('a', 1)]) OrderedDict([('a', 1)])

            """#)
    }

    func test_orderedDictLRU() {
        assertPython(#"""
            from collections import OrderedDict
            cache = OrderedDict()
            for key in ["a", "b", "c", "a", "d", "b", "e"]:
                if key in cache:
                    cache.move_to_end(key)
                else:
                    cache[key] = len(cache)
                    if len(cache) > 3:
                        print("evict", cache.popitem(last=False))
            print(list(cache.items()))

            """#, prints: #"""
            evict ('b', 1)
            evict ('c', 2)
            evict ('a', 0)
            [('d', 3), ('b', 3), ('e', 3)]

            """#)
    }

    func test_dictKindsUnion() {
        assertPython(#"""
            from collections import Counter, defaultdict, OrderedDict
            print(Counter(a=1) | {"b": 2}, {"b": 2} | Counter(a=1))
            print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
            print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
            print(Counter(a=1) | OrderedDict(b=2), defaultdict(int, a=1) | OrderedDict(b=2))
            c = Counter(a=1); same = c
            c |= {"a": 5, "b": 2}; print(c, c is same)
            c += {"a": 1}; print(c, c is same)
            c -= {"a": 10, "z": 1}; print(c, c is same)
            c = Counter(a=3, b=1); c &= Counter(a=2); print(c)

            """#, prints: #"""
            {'a': 1, 'b': 2} {'b': 2, 'a': 1}
            defaultdict(<class 'int'>, {'a': 1, 'b': 2}) defaultdict(<class 'int'>, {'b': 2, 'a': 1})
            OrderedDict([('a', 1), ('b', 2)]) OrderedDict([('b', 2), ('a', 1)])
            OrderedDict([('a', 1), ('b', 2)]) defaultdict(<class 'int'>, {'a': 1, 'b': 2})
            Counter({'a': 5, 'b': 2}) True
            Counter({'a': 6, 'b': 2}) True
            Counter({'b': 2}) True
            Counter({'a': 2})

            """#)
    }

    func test_orderedDictViewsAndStress() {
        assertPython(#"""
            from collections import OrderedDict
            od = OrderedDict(b=1, a=2)
            print(od.keys(), od.values(), od.items(), len(od.keys()), list(reversed(od.items())) if False else None)
            seed = 12345
            def rnd(n):
                global seed
                seed = (seed * 1103515245 + 12345) % 2147483648
                return seed % n
            od = OrderedDict()
            popped = 0
            for step in range(3000):
                op, k = rnd(6), rnd(30)
                if op <= 1:
                    od[k] = step
                elif op == 2 and k in od:
                    od.move_to_end(k)
                elif op == 3 and k in od:
                    od.move_to_end(k, last=False)
                elif op == 4 and od:
                    popped += od.popitem(last=rnd(2) == 0)[1]
                elif op == 5:
                    od.pop(k, None)
            print(list(od.items()), popped)

            """#, prints: #"""
            odict_keys(['b', 'a']) odict_values([1, 2]) odict_items([('b', 1), ('a', 2)]) 2 None
            [(26, 2945), (4, 2927), (10, 2969), (20, 2987), (28, 2953), (12, 2979), (24, 2986), (22, 2990), (8, 2993), (18, 2999), (14, 2996)] 5

            """#)
    }

    func test_dequeBasics() {
        assertPython(#"""
            from collections import deque
            d = deque([1, 2, 3])
            d.append(4)
            d.appendleft(0)
            print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
            print(d.pop(), d.popleft(), d)
            d.extend([7, 8])
            d.extendleft([5, 6])
            print(d, list(d), 7 in d, 9 in d)
            print(deque(), deque("abc", 2), deque(maxlen=0), repr(deque([[1], "a"])))
            print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
            print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1, 2], maxlen=3) * 2)
            print(list(reversed(deque([1, 2, 3]))), deque([1, 2, 3]).copy(), deque([1, 2]).maxlen, deque(maxlen=4).maxlen)

            """#, prints: #"""
            deque([0, 1, 2, 3, 4]) 5 0 4 True False
            4 0 deque([1, 2, 3])
            deque([6, 5, 1, 2, 3, 7, 8]) [6, 5, 1, 2, 3, 7, 8] True False
            deque([]) deque(['b', 'c'], maxlen=2) deque([], maxlen=0) deque([[1], 'a'])
            True False True
            deque([1, 2, 3]) deque([1, 2, 1, 2]) deque([2, 1, 2], maxlen=3)
            [3, 2, 1] deque([1, 2, 3]) None 4

            """#)
    }

    func test_dequeRotateAndMutation() {
        assertPython(#"""
            from collections import deque
            x = deque([1, 2, 3])
            x.extendleft([4, 5]); print(x)
            x.rotate(7); print(x)
            x.rotate(-8); print(x)
            x.rotate(); print(x)
            x[0] = 9; del x[1]; print(x)
            x.insert(-1, "a"); x.insert(100, "b"); x.insert(-100, "c"); print(x)
            x.reverse(); print(x)
            print(x.count("a"), x.index(9), x.index(9, 1))
            x.remove("a"); print(x)
            x.clear(); print(x, len(x))
            z = deque([1, 2]); z += [3, 4]; print(z)
            z *= 2; print(z)

            """#, prints: #"""
            deque([5, 4, 1, 2, 3])
            deque([2, 3, 5, 4, 1])
            deque([4, 1, 2, 3, 5])
            deque([5, 4, 1, 2, 3])
            deque([9, 1, 2, 3])
            deque(['c', 9, 1, 2, 'a', 3, 'b'])
            deque(['b', 3, 'a', 2, 1, 9, 'c'])
            1 5 5
            deque(['b', 3, 2, 1, 9, 'c'])
            deque([]) 0
            deque([1, 2, 3, 4])
            deque([1, 2, 3, 4, 1, 2, 3, 4])

            """#)
    }

    func test_dequeMaxlenWindow() {
        assertPython(#"""
            from collections import deque
            window = deque(maxlen=3)
            for x in range(6):
                window.append(x)
                print(x, list(window), sum(window), window)
            y = deque(maxlen=3)
            y.extend(range(10)); print(y)
            y.extendleft(range(2)); print(y)
            y.appendleft(9); print(y)

            """#, prints: #"""
            0 [0] 0 deque([0], maxlen=3)
            1 [0, 1] 1 deque([0, 1], maxlen=3)
            2 [0, 1, 2] 3 deque([0, 1, 2], maxlen=3)
            3 [1, 2, 3] 6 deque([1, 2, 3], maxlen=3)
            4 [2, 3, 4] 9 deque([2, 3, 4], maxlen=3)
            5 [3, 4, 5] 12 deque([3, 4, 5], maxlen=3)
            deque([7, 8, 9], maxlen=3)
            deque([1, 0, 7], maxlen=3)
            deque([9, 1, 0], maxlen=3)

            """#)
    }

    func test_dequeBFS() {
        assertPython(#"""
            from collections import deque
            graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
            seen = {"a"}
            queue = deque([("a", 0)])
            order = []
            while queue:
                node, depth = queue.popleft()
                order.append(f"{node}{depth}")
                for nxt in graph[node]:
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append((nxt, depth + 1))
            print(" ".join(order))

            """#, prints: #"""
            a0 b1 c1 d2 e2 f3

            """#)
    }

    func test_namedtupleBasics() {
        assertPython(#"""
            from collections import namedtuple
            Point = namedtuple("Point", ["x", "y"])
            p = Point(3, 4)
            print(p, p.x, p[1], p._asdict(), p._replace(y=10), tuple(p))
            x, y = p
            print(x + y, Point._fields, p._fields, p == (3, 4), len(p), hash(p) == hash((3, 4)))
            print(Point(x=1, y=2), Point(1, y=2), Point._make([5, 6]), Point._make(range(2)))
            print(type(p), type(p).__name__, isinstance(p, tuple), isinstance(p, Point), Point)
            print(p < (3, 5), p + (5,), p * 2, p[:1], list(p), max(p), 3 in p, p.count(3), p.index(4))
            print(str(p), repr(p), f"{p}", [p], {p: 1}, Point.__doc__)
            print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

            """#, prints: #"""
            Point(x=3, y=4) 3 4 {'x': 3, 'y': 4} Point(x=3, y=10) (3, 4)
            7 ('x', 'y') ('x', 'y') True 2 True
            Point(x=1, y=2) Point(x=1, y=2) Point(x=5, y=6) Point(x=0, y=1)
            <class '__main__.Point'> Point True True <class '__main__.Point'>
            True (3, 4, 5) (3, 4, 3, 4) (3,) [3, 4] 4 True 1 1
            Point(x=3, y=4) Point(x=3, y=4) Point(x=3, y=4) [Point(x=3, y=4)] {Point(x=3, y=4): 1} Point(x, y)
            [Point(x=1, y=2), Point(x=1, y=5), Point(x=2, y=1)]

            """#)
    }

    func test_namedtupleOptions() {
        assertPython(#"""
            from collections import namedtuple
            print(namedtuple("P", "a,b c")._fields, namedtuple("P", "a b")(1, 2))
            P = namedtuple("P", ["a", "b"], defaults=[5])
            print(P(1), P(1, 2), P._field_defaults)
            print(namedtuple("P", "x def _y x 1", rename=True)._fields)
            print(namedtuple("P", [])(), namedtuple("P", "x y", module="foo"))
            Q = namedtuple("Q", "name count")
            q = Q("a", 3)
            print(q.count, q.name, q._replace(count=4))

            """#, prints: #"""
            ('a', 'b', 'c') P(a=1, b=2)
            P(a=1, b=5) P(a=1, b=2) {'b': 5}
            ('x', '_1', '_2', '_3', '_4')
            P() <class 'foo.P'>
            3 a Q(name='a', count=4)

            """#)
    }

    func test_namedtupleSubclass() {
        assertPython(#"""
            from collections import namedtuple
            class Vec(namedtuple("Vec", "x y")):
                __slots__ = ()
                def norm2(self):
                    return self.x * self.x + self.y * self.y
                def __str__(self):
                    return f"<{self.x}, {self.y}>"
            v = Vec(3, 4)
            print(v, repr(v), v.norm2(), type(v), isinstance(v, tuple), v._replace(x=0), Vec._make([1, 1]).norm2())
            a, b = v
            print(a, b, v == (3, 4), v[0])

            """#, prints: #"""
            <3, 4> Vec(x=3, y=4) 25 <class '__main__.Vec'> True <0, 4> 2
            3 4 True 3

            """#)
    }

    func test_counterTooManyArguments() {
        assertPythonRaises(#"""
            from collections import Counter
            Counter(1, 2)

            """#, "TypeError", message: #"Counter.__init__() takes from 1 to 2 positional arguments but 3 were given"#)
    }

    func test_counterNotIterable() {
        assertPythonRaises(#"""
            from collections import Counter
            Counter(5)

            """#, "TypeError", message: #"'int' object is not iterable"#)
    }

    func test_counterFromkeys() {
        assertPythonRaises(#"""
            from collections import Counter
            Counter.fromkeys("ab")

            """#, "NotImplementedError", message: #"Counter.fromkeys() is undefined.  Use Counter(iterable) instead."#)
    }

    func test_counterAddDict() {
        assertPythonRaises(#"""
            from collections import Counter
            Counter(a=1) + {"a": 2}

            """#, "TypeError", message: #"unsupported operand type(s) for +: 'Counter' and 'dict'"#)
    }

    func test_counterLessThanDict() {
        assertPythonRaises(#"""
            from collections import Counter
            Counter(a=1) < {"a": 2}

            """#, "TypeError", message: #"'<' not supported between instances of 'Counter' and 'dict'"#)
    }

    func test_counterUnhashable() {
        assertPythonRaises(#"""
            from collections import Counter
            hash(Counter())

            """#, "TypeError", message: #"unhashable type: 'Counter'"#)
    }

    func test_defaultdictNotCallable() {
        assertPythonRaises(#"""
            from collections import defaultdict
            defaultdict(5)

            """#, "TypeError", message: #"first argument must be callable or None"#)
    }

    func test_defaultdictNoFactory() {
        assertPythonRaises(#"""
            from collections import defaultdict
            defaultdict()["x"]

            """#, "KeyError", message: #"'x'"#)
    }

    func test_defaultdictUnhashable() {
        assertPythonRaises(#"""
            from collections import defaultdict
            hash(defaultdict())

            """#, "TypeError", message: #"unhashable type: 'collections.defaultdict'"#)
    }

    func test_orderedDictMoveMissing() {
        assertPythonRaises(#"""
            from collections import OrderedDict
            OrderedDict(a=1).move_to_end("zz")

            """#, "KeyError", message: #"'zz'"#)
    }

    func test_orderedDictPopitemEmpty() {
        assertPythonRaises(#"""
            from collections import OrderedDict
            OrderedDict().popitem()

            """#, "KeyError", message: #"'dictionary is empty'"#)
    }

    func test_orderedDictTooManyArguments() {
        assertPythonRaises(#"""
            from collections import OrderedDict
            OrderedDict(1, 2)

            """#, "TypeError", message: #"expected at most 1 arguments, got 2"#)
    }

    func test_dequePopEmpty() {
        assertPythonRaises(#"""
            from collections import deque
            deque().pop()

            """#, "IndexError", message: #"pop from an empty deque"#)
    }

    func test_dequePopleftEmpty() {
        assertPythonRaises(#"""
            from collections import deque
            deque().popleft()

            """#, "IndexError", message: #"pop from an empty deque"#)
    }

    func test_dequeIndexOutOfRange() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1])[3]

            """#, "IndexError", message: #"deque index out of range"#)
    }

    func test_dequeSliceIndex() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2])[1:2]

            """#, "TypeError", message: #"sequence index must be integer, not 'slice'"#)
    }

    func test_dequeIndexMissing() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2]).index(5)

            """#, "ValueError", message: #"5 is not in deque"#)
    }

    func test_dequeRemoveMissing() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2]).remove(5)

            """#, "ValueError", message: #"5 is not in deque"#)
    }

    func test_dequeInsertFull() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2], maxlen=2).insert(0, 5)

            """#, "IndexError", message: #"deque already at its maximum size"#)
    }

    func test_dequeNegativeMaxlen() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2], maxlen=-1)

            """#, "ValueError", message: #"maxlen must be non-negative"#)
    }

    func test_dequeMaxlenNotInt() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1, 2], maxlen=2.0)

            """#, "TypeError", message: #"an integer is required"#)
    }

    func test_dequeMutatedDuringIteration() {
        assertPythonRaises(#"""
            from collections import deque
            d = deque([1, 2, 3])
            for x in d:
                d.append(x)

            """#, "RuntimeError", message: #"deque mutated during iteration"#)
    }

    func test_dequeUnhashable() {
        assertPythonRaises(#"""
            from collections import deque
            hash(deque())

            """#, "TypeError", message: #"unhashable type: 'collections.deque'"#)
    }

    func test_dequeConcatList() {
        assertPythonRaises(#"""
            from collections import deque
            deque([1]) + [2]

            """#, "TypeError", message: #"can only concatenate deque (not "list") to deque"#)
    }

    func test_dequeAppendArity() {
        assertPythonRaises(#"""
            from collections import deque
            deque().append()

            """#, "TypeError", message: #"deque.append() takes exactly one argument (0 given)"#)
    }

    func test_namedtupleMissingArgument() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P(1)

            """#, "TypeError", message: #"Point.__new__() missing 1 required positional argument: 'y'"#)
    }

    func test_namedtupleMissingTwo() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P()

            """#, "TypeError", message: #"Point.__new__() missing 2 required positional arguments: 'x' and 'y'"#)
    }

    func test_namedtupleTooMany() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P(1, 2, 3)

            """#, "TypeError", message: #"Point.__new__() takes 3 positional arguments but 4 were given"#)
    }

    func test_namedtupleUnexpectedKeyword() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P(1, 2, z=3)

            """#, "TypeError", message: #"Point.__new__() got an unexpected keyword argument 'z'"#)
    }

    func test_namedtupleMultipleValues() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P(1, x=2)

            """#, "TypeError", message: #"Point.__new__() got multiple values for argument 'x'"#)
    }

    func test_namedtupleMakeWrongLength() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P._make([1])

            """#, "TypeError", message: #"Expected 2 arguments, got 1"#)
    }

    func test_namedtupleReplaceUnknown() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            P(1, 2)._replace(z=1, w=2)

            """#, "ValueError", message: #"Got unexpected field names: ['z', 'w']"#)
    }

    func test_namedtupleDuplicateField() {
        assertPythonRaises(#"""
            from collections import namedtuple
            namedtuple("P", "x x")

            """#, "ValueError", message: #"Encountered duplicate field name: 'x'"#)
    }

    func test_namedtupleUnderscoreField() {
        assertPythonRaises(#"""
            from collections import namedtuple
            namedtuple("P", "x _y")

            """#, "ValueError", message: #"Field names cannot start with an underscore: '_y'"#)
    }

    func test_namedtupleKeywordField() {
        assertPythonRaises(#"""
            from collections import namedtuple
            namedtuple("P", "x class")

            """#, "ValueError", message: #"Type names and field names cannot be a keyword: 'class'"#)
    }

    func test_namedtupleInvalidField() {
        assertPythonRaises(#"""
            from collections import namedtuple
            namedtuple("P", "x 1y")

            """#, "ValueError", message: #"Type names and field names must be valid identifiers: '1y'"#)
    }

    func test_namedtupleTooManyDefaults() {
        assertPythonRaises(#"""
            from collections import namedtuple
            namedtuple("P", "x y", defaults=[1, 2, 3])

            """#, "TypeError", message: #"Got more default values than field names"#)
    }

    func test_namedtupleSetAttribute() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            p = P(1, 2)
            p.x = 5

            """#, "AttributeError", message: #"can't set attribute"#)
    }

    func test_namedtupleItemAssignment() {
        assertPythonRaises(#"""
            from collections import namedtuple
            P = namedtuple("Point", "x y")
            p = P(1, 2)
            p[0] = 5

            """#, "TypeError", message: #"'Point' object does not support item assignment"#)
    }
}
