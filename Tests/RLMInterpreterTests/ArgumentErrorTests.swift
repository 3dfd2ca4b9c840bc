import XCTest
@testable import RLMInterpreter

// Expected outputs were produced by running the same program with CPython 3.11.7.

/// The TypeError wording for bad arguments depends on how CPython defines the callable: a C
/// built-in ("'x' is an invalid keyword argument for f()"), a C method named by its type
/// ("dict.get() takes no keyword arguments"), or a function written in Python (the re module,
/// heapq.nlargest, Counter.most_common: "f() got an unexpected keyword argument 'x'").
final class ArgumentErrorTests: XCTestCase {
    func testKeywordAndCountErrorsNameTheCallableAsCPythonDoes() {
        assertPython(#"""
        import re, json, textwrap, collections, string, heapq, statistics, itertools, functools, math, random
        fs=[lambda: re.split("a","b",x=1), lambda: re.findall("a","b",x=1), lambda: re.sub("a","b","c",x=1), lambda: re.compile("a", x=1), lambda: json.dumps(1, x=1), lambda: json.loads("1", x=1), lambda: textwrap.wrap("a", x=1), lambda: textwrap.dedent("a", x=1), lambda: collections.Counter("a").most_common(x=1), lambda: string.capwords("a", x=1), lambda: statistics.mean([1], x=1), lambda: heapq.nlargest(1, [1], x=1), lambda: random.choice([1], x=1), lambda: functools.reduce(len, [], x=1), lambda: sorted([], x=1), lambda: "a".split(x=1), lambda: enumerate([], x=1), lambda: "a".startswith("a", x=1), lambda: [].index(1, x=1), lambda: round(1, x=1), lambda: divmod(1, 2, x=1), lambda: "{}".format_map({}, x=1), lambda: re.compile("a").sub("a","b",x=1), lambda: re.match("a","a").group(x=1), lambda: collections.deque([], x=1), lambda: collections.OrderedDict().move_to_end(1, x=1), lambda: math.floor(1, x=1), lambda: str(x=1), lambda: "a".encode(x=1), lambda: b"a".decode(x=1), lambda: print(x=1), lambda: isinstance(1, int, x=1), lambda: "a".join([], x=1), lambda: range(1, x=1), lambda: dict(a=1).get(1, x=1), lambda: [].sort(x=1), lambda: list(x=1), lambda: tuple(x=1), lambda: set(x=1), lambda: min([1], x=1)]
        for i, f in enumerate(fs):
            try: f(); print(i, "ok")
            except Exception as e: print(i, type(e).__name__, e)
        import re,heapq,collections
        for f in [lambda: re.split('a'), lambda: re.sub('a','b'), lambda: re.compile(), lambda: re.search('a','b',0,1), lambda: heapq.nlargest(1), lambda: collections.Counter().most_common(1,2), lambda: re.escape()]:
          try: f()
          except TypeError as e: print(e)
        for f in [lambda: "a".startswith("a", 1, 2, 3), lambda: "a".startswith(), lambda: list([], []), lambda: frozenset(x=1)]:
            try: f()
            except TypeError as e: print(e)
        """#, prints: #"""
        0 TypeError split() got an unexpected keyword argument 'x'
        1 TypeError findall() got an unexpected keyword argument 'x'
        2 TypeError sub() got an unexpected keyword argument 'x'
        3 TypeError compile() got an unexpected keyword argument 'x'
        4 TypeError JSONEncoder.__init__() got an unexpected keyword argument 'x'
        5 TypeError JSONDecoder.__init__() got an unexpected keyword argument 'x'
        6 TypeError TextWrapper.__init__() got an unexpected keyword argument 'x'
        7 TypeError dedent() got an unexpected keyword argument 'x'
        8 TypeError Counter.most_common() got an unexpected keyword argument 'x'
        9 TypeError capwords() got an unexpected keyword argument 'x'
        10 TypeError mean() got an unexpected keyword argument 'x'
        11 TypeError nlargest() got an unexpected keyword argument 'x'
        12 TypeError Random.choice() got an unexpected keyword argument 'x'
        13 TypeError reduce() takes no keyword arguments
        14 TypeError 'x' is an invalid keyword argument for sort()
        15 TypeError 'x' is an invalid keyword argument for split()
        16 TypeError 'x' is an invalid keyword argument for enumerate()
        17 TypeError str.startswith() takes no keyword arguments
        18 TypeError list.index() takes no keyword arguments
        19 TypeError 'x' is an invalid keyword argument for round()
        20 TypeError divmod() takes no keyword arguments
        21 TypeError str.format_map() takes no keyword arguments
        22 TypeError 'x' is an invalid keyword argument for sub()
        23 TypeError Match.group() takes no keyword arguments
        24 TypeError 'x' is an invalid keyword argument for deque()
        25 TypeError 'x' is an invalid keyword argument for move_to_end()
        26 TypeError math.floor() takes no keyword arguments
        27 TypeError 'x' is an invalid keyword argument for str()
        28 TypeError 'x' is an invalid keyword argument for encode()
        29 TypeError 'x' is an invalid keyword argument for decode()
        30 TypeError 'x' is an invalid keyword argument for print()
        31 TypeError isinstance() takes no keyword arguments
        32 TypeError str.join() takes no keyword arguments
        33 TypeError range() takes no keyword arguments
        34 TypeError dict.get() takes no keyword arguments
        35 TypeError 'x' is an invalid keyword argument for sort()
        36 TypeError list() takes no keyword arguments
        37 TypeError tuple() takes no keyword arguments
        38 TypeError set() takes no keyword arguments
        39 TypeError 'x' is an invalid keyword argument for min()
        split() missing 1 required positional argument: 'string'
        sub() missing 1 required positional argument: 'string'
        compile() missing 1 required positional argument: 'pattern'
        search() takes from 2 to 3 positional arguments but 4 were given
        nlargest() missing 1 required positional argument: 'iterable'
        Counter.most_common() takes from 1 to 2 positional arguments but 3 were given
        escape() missing 1 required positional argument: 'pattern'
        startswith() takes at most 3 arguments (4 given)
        startswith() takes at least 1 argument (0 given)
        list expected at most 1 argument, got 2
        frozenset() takes no keyword arguments

        """#)
    }
}
