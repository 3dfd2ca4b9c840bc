// Expected outputs were produced by running each program with CPython 3.11.
import XCTest
@testable import RLMInterpreter

final class RandomTests: XCTestCase {
    func testSeedsReproduceCPython() {
        assertPython(#"""
import random
for s in [0, 1, 42, -7, 2**32, 2**100 + 12345, "hello", "", "ünïcode", b"bytes", 3.0, 1.5, -2.25, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 500, 7), random.getrandbits(5), random.getrandbits(70))
"""#, prints: #"""
0 0.8444218515250481 98 6 40 8 581280420167391163642
1 0.13436424411240122 98 1 229 3 530546113492404196731
42 0.6394267984578837 4 4 222 7 124265960472762171881
-7 0.32383276483316237 20 6 47 2 120565742667244177444
4294967296 0.11299430095636409 54 0 19 19 900305279851818361747
1267650600228229401496703217721 0.44487310994347073 39 9 5 30 1133711096772843144385
'hello' 0.3537754404730722 85 8 103 4 849492610454618143871
'' 0.9602256525641875 77 3 348 27 272142127979211519866
'ünïcode' 0.34422217372746233 92 6 194 22 520490360560070542904
b'bytes' 0.37075677971469856 86 2 467 3 299656191154738556698
3.0 0.23796462709189137 70 2 334 29 746614507259748319485
1.5 0.551763726942059 33 2 404 17 162976046446052125461
-2.25 0.9236205677220981 32 0 138 23 84527727524358650848
True 0.13436424411240122 98 1 229 3 530546113492404196731

"""#)
    }

    func testSequenceFunctions() {
        assertPython(#"""
import random
random.seed(2024)
print([random.random() for _ in range(3)])
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(1000)))
x = list(range(20))
random.shuffle(x)
print(x)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10**6), 5))
print(random.sample(["a", "b", "c"], k=5, counts=[3, 1, 2]))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.choices([1, 2], [0.5, 0.25]), random.randrange(-10, 10), random.randrange(10, 0, -3), random.randint(-5, -1), random.randrange(10**30))
print(random.randbytes(5))
"""#, prints: #"""
[0.47009071843107064, 0.7282642914232076, 0.3037513583913575]
f 2 775
[14, 18, 2, 10, 1, 0, 12, 5, 13, 4, 3, 9, 16, 19, 6, 11, 15, 7, 17, 8]
[68, 27, 52, 7, 98, 44, 80, 53, 59, 15] ['c', 'g', 'h'] [409265, 346896, 362069, 832211, 210918]
['a', 'b', 'c', 'a', 'a']
['c', 'b', 'a', 'c', 'c'] [3, 1, 1, 1, 1, 1] ['z', 'z', 'z', 'z']
[1] 4 4 -4 752140025229730185333473926361
b'\x8a\xc1%\xd6\xa0'

"""#)
    }

    func testDistributions() {
        assertPython(#"""
import random
random.seed(7)
print(random.uniform(1, 10), random.uniform(2.5, 2.5), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(), random.gauss(5, 2), random.gauss(0, 1), random.normalvariate(), random.normalvariate(10, 3))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0), random.betavariate(2, 3), random.vonmisesvariate(1.0, 2.0))
"""#, prints: #"""
3.9144948834984614 2.5 0.5822288144449487 1.4741399526592727
-0.9300181903227674 4.573396105157593 1.1119173809863208 -1.4009587616155996 7.756436337259087
0.43567528155040763 0.6582259923462737 4.373068572568162 0.9276995779363404
2.0271539428291714 0.006083284546321536 1.0258204780965343 0.25495251977697275 1.2040287039290924

"""#)
    }

    func testRandomInstances() {
        assertPython(#"""
import random
r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(0, 9), [r.randint(1, 6) for _ in range(10)])
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
r.seed(5)
print(r.random(), random.Random("abc").random(), 0 <= random.Random().random() < 1)
class MyRandom(random.Random):
    pass
m = MyRandom(7)
print(m.random(), m.randint(1, 10), type(m).__name__, isinstance(m, random.Random))
random.seed(12345)
shared = [random.random() for _ in range(3)]
random.seed(12345)
print(shared == [random.random() for _ in range(3)])
"""#, prints: #"""
True 3 [5, 2, 2, 2, 2, 1, 3, 6, 4, 5]
True
0.6229016948897019 0.7720246314157545 True
0.32383276483316237 3 MyRandom True
True

"""#)
    }

    func testRandomErrors() {
        assertPython(#"""
import random
random.seed(3)
cases = [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.choice([]),
         lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.randint(1), lambda: random.getrandbits(-1),
         lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], [0, 0]), lambda: random.randrange(1.5), lambda: random.randrange(2.0),
         lambda: random.seed([1]), lambda: random.choices([1, 2], 3), lambda: random.randrange(10, 1)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
"""#, prints: #"""
ValueError empty range for randrange()
ValueError empty range for randrange() (5, 5, 0)
ValueError zero step for randrange()
IndexError Cannot choose from an empty sequence
ValueError Sample larger than population or is negative
TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
TypeError Random.randint() missing 1 required positional argument: 'b'
ValueError number of bits must be non-negative
ValueError The number of weights does not match the population
ValueError Total of weights must be greater than zero
ValueError non-integer arg 1 for randrange()
0
TypeError The only supported seed types are: None,
int, float, str, bytes, and bytearray.
TypeError The number of choices must be a keyword argument: k=3
ValueError empty range for randrange() (10, 1, -9)

"""#)
    }
}
