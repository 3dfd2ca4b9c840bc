import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by CPython 3.11.7.
final class HeapqBisectTests: XCTestCase {
    func test_heapOperations() {
        assertPython(#"""
            import heapq
            h = [5, 3, 8, 1, 9, 2]
            heapq.heapify(h); print(h)
            heapq.heappush(h, 0); print(h)
            print(heapq.heappop(h), h)
            print(heapq.heapreplace(h, 7), h)
            print(heapq.heappushpop(h, 4), h)
            print(heapq.heappushpop(h, 0), h)
            print([heapq.heappop(h) for _ in range(len(h))], h)

            """#, prints: #"""
            [1, 3, 2, 5, 9, 8]
            [0, 3, 1, 5, 9, 8, 2]
            0 [1, 3, 2, 5, 9, 8]
            1 [2, 3, 7, 5, 9, 8]
            2 [3, 4, 7, 5, 9, 8]
            0 [3, 4, 7, 5, 9, 8]
            [3, 4, 5, 7, 8, 9] []

            """#)
    }

    func test_heapTuplesPriorityQueue() {
        assertPython(#"""
            import heapq
            pq = []
            for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
                heapq.heappush(pq, (prio, name))
            print(pq)
            while pq:
                print(heapq.heappop(pq))
            maxheap = []
            for x in [4, 1, 7, 3]:
                heapq.heappush(maxheap, -x)
            print([-heapq.heappop(maxheap) for _ in range(2)])

            """#, prints: #"""
            [(1, 'a'), (1, 'aa'), (2, 'b'), (3, 'c'), (5, 'e')]
            (1, 'a')
            (1, 'aa')
            (2, 'b')
            (3, 'c')
            (5, 'e')
            [7, 4]

            """#)
    }

    func test_nlargestNsmallest() {
        assertPython(#"""
            import heapq
            data = [5, 1, 8, 3, 9, 2, 8]
            print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(10, data))
            print(heapq.nlargest(2, [1, 5, 3], key=lambda x: -x), heapq.nsmallest(2, "hello"))
            words = [("a", 2), ("b", 3), ("c", 2), ("d", 3)]
            print(heapq.nlargest(3, words, key=lambda w: w[1]), heapq.nsmallest(3, words, key=lambda w: w[1]))

            """#, prints: #"""
            [9, 8, 8] [1, 2, 3] [] [1, 2, 3, 5, 8, 8, 9]
            [1, 3] ['e', 'h']
            [('b', 3), ('d', 3), ('a', 2)] [('a', 2), ('c', 2), ('b', 3)]

            """#)
    }

    func test_merge() {
        assertPython(#"""
            import heapq
            print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
            print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
            print(list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)), list(heapq.merge()), list(heapq.merge([], [1])))

            """#, prints: #"""
            [1, 2, 3, 4, 5, 6, 7, 8]
            [8, 7, 5, 4, 2, 1]
            ['a', 'c', 'bb', 'dd'] [] [1]

            """#)
    }

    func test_dijkstra() {
        assertPython(#"""
            import heapq
            graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
            dist = {"A": 0}
            pq = [(0, "A")]
            while pq:
                d, node = heapq.heappop(pq)
                if d > dist.get(node, float("inf")):
                    continue
                for nxt, w in graph[node].items():
                    nd = d + w
                    if nd < dist.get(nxt, float("inf")):
                        dist[nxt] = nd
                        heapq.heappush(pq, (nd, nxt))
            print(sorted(dist.items()))

            """#, prints: #"""
            [('A', 0), ('B', 3), ('C', 1), ('D', 4)]

            """#)
    }

    func test_bisectSearch() {
        assertPython(#"""
            import bisect
            a = [1, 2, 2, 2, 3, 5]
            print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
            print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, 1, None), bisect.bisect_left(a, 2, hi=-5))
            print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_left("abc", "b"), bisect.bisect_left(range(0, 100, 10), 35))
            pairs = [(1, "a"), (2, "b"), (4, "d")]
            print(bisect.bisect_right(pairs, 2, key=lambda p: p[0]), bisect.bisect_left(pairs, 3, key=lambda p: p[0]))
            def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
                return grades[bisect.bisect(breakpoints, score)]
            print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

            """#, prints: #"""
            1 4 4 0 6
            2 1 4 0
            1 1 4
            2 2
            ['F', 'A', 'C', 'C', 'B', 'A', 'A']

            """#)
    }

    func test_insort() {
        assertPython(#"""
            import bisect
            a = []
            for x in [5, 1, 4, 1, 3]:
                bisect.insort(a, x)
            print(a)
            bisect.insort_left(a, 4); bisect.insort_right(a, 2); print(a)
            b = [(1, "x"), (3, "z")]
            bisect.insort(b, (2, "y"), key=lambda p: p[0])
            print(b)
            c = [1, 3]
            bisect.insort(c, 2, 0, 1)
            print(c)

            """#, prints: #"""
            [1, 1, 3, 4, 5]
            [1, 1, 2, 3, 4, 4, 5]
            [(1, 'x'), (2, 'y'), (3, 'z')]
            [1, 2, 3]

            """#)
    }

    func test_heappushNotList() {
        assertPythonRaises(#"""
            import heapq
            heapq.heappush((1,), 2)

            """#, "TypeError", message: #"heappush() argument 1 must be list, not tuple"#)
    }

    func test_heappopEmpty() {
        assertPythonRaises(#"""
            import heapq
            heapq.heappop([])

            """#, "IndexError", message: #"index out of range"#)
    }

    func test_heapreplaceEmpty() {
        assertPythonRaises(#"""
            import heapq
            heapq.heapreplace([], 1)

            """#, "IndexError", message: #"index out of range"#)
    }

    func test_heappushArity() {
        assertPythonRaises(#"""
            import heapq
            heapq.heappush([], 1, 2)

            """#, "TypeError", message: #"heappush expected 2 arguments, got 3"#)
    }

    func test_heapIncomparable() {
        assertPythonRaises(#"""
            import heapq
            h = [1]
            heapq.heappush(h, "a")

            """#, "TypeError", message: #"'<' not supported between instances of 'str' and 'int'"#)
    }

    func test_bisectNegativeLo() {
        assertPythonRaises(#"""
            import bisect
            bisect.bisect_left([1, 2, 3], 2, -1)

            """#, "ValueError", message: #"lo must be non-negative"#)
    }

    func test_bisectIncomparable() {
        assertPythonRaises(#"""
            import bisect
            bisect.bisect_left([1, 2, 3], "a")

            """#, "TypeError", message: #"'<' not supported between instances of 'int' and 'str'"#)
    }

    func test_bisectNoLength() {
        assertPythonRaises(#"""
            import bisect
            bisect.bisect_left(5, 1)

            """#, "TypeError", message: #"object of type 'int' has no len()"#)
    }

    func test_bisectHiTooLarge() {
        assertPythonRaises(#"""
            import bisect
            bisect.bisect_left([1, 2, 3], 2, 0, 10)

            """#, "IndexError", message: #"list index out of range"#)
    }

    func test_bisectLoNone() {
        assertPythonRaises(#"""
            import bisect
            bisect.bisect([1, 2, 2, 3], 2, lo=None)

            """#, "TypeError", message: #"'NoneType' object cannot be interpreted as an integer"#)
    }
}
