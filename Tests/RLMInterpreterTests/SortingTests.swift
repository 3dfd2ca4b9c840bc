import XCTest
@testable import RLMInterpreter

/// sorted() and list.sort() against CPython 3.11: str keys (compared as bytes of one arena),
/// tuple keys mixing ints and strs, reverse stability, mixed numbers, empty input.
final class SortingTests: XCTestCase {
    func testSortOrdersMatchCPython() {
        assertPython("""
words = ["b", "", "a", "é", "z", "ab", "a\\x00", "😀", "Z", "\\ud7ff", "\\ue000", "aa", "", "é"]
print(sorted(words))
print(sorted(words, reverse=True))
rows = [(i % 3, w, i) for i, w in enumerate(words)]
print(sorted(rows, key=lambda r: (-r[0], r[1])))
print(sorted(rows, key=lambda r: (r[1], -r[2]), reverse=True))
print(sorted(range(10), key=lambda i: ("x" if i % 2 else "", i % 3)))
print(sorted([3.5, 1, True, -2, 0.0, 2**40]))
print(sorted(["b", "a"], key=len), sorted([], key=str))

""", prints: """
['', '', 'Z', 'a', 'a\\x00', 'aa', 'ab', 'b', 'z', 'é', 'é', '\\ud7ff', '\\ue000', '😀']
['😀', '\\ue000', '\\ud7ff', 'é', 'é', 'z', 'b', 'ab', 'aa', 'a\\x00', 'a', 'Z', '', '']
[(2, 'Z', 8), (2, 'a', 2), (2, 'aa', 11), (2, 'ab', 5), (1, '', 1), (1, 'z', 4), (1, 'é', 13), (1, '\\ue000', 10), (1, '😀', 7), (0, '', 12), (0, 'a\\x00', 6), (0, 'b', 0), (0, 'é', 3), (0, '\\ud7ff', 9)]
[(1, '😀', 7), (1, '\\ue000', 10), (0, '\\ud7ff', 9), (0, 'é', 3), (1, 'é', 13), (1, 'z', 4), (0, 'b', 0), (2, 'ab', 5), (2, 'aa', 11), (0, 'a\\x00', 6), (2, 'a', 2), (2, 'Z', 8), (1, '', 1), (0, '', 12)]
[0, 6, 4, 2, 8, 3, 9, 1, 7, 5]
[-2, 0.0, 1, True, 3.5, 1099511627776]
['b', 'a'] []

""")
    }

    func testHugeSortStopsAtTheTimeLimit() {
        let session = Session()
        XCTAssertNil(session.runBlocking("xs = [(i * 7919) % 1000003 for i in range(1_000_000)]").error)
        session.limits = Limits(timeout: 0.3)
        let started = Date()
        let r = session.runBlocking("for _ in range(1000):\n    sorted(xs)")
        XCTAssertEqual(r.error?.limit, .timeout)
        // A thousand sorts of a million ints take minutes; the limit ends them at once.
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }
}
