# Names rebound while an operation is using their value (operands lent in place, see
# Eval/Borrowing.swift), and loops unpacking pairs: mutations of these probe the lending rules.
# Operands read in place: rebinding a name while an operation runs must not free what it uses.
def pieces():
    global s
    s = None
    yield "p"
    yield "q"
s = "-" + "+"
g = pieces()
print(s.join(g), s)

class Key:
    def __hash__(self):
        return hash("k")
    def __eq__(self, other):
        global t
        t = None
        return False
t = "k" * 1
seen = {Key()}
print(t in seen, t)

class E:
    def __eq__(self, other):
        global a
        a = None
        return True
    __hash__ = object.__hash__
a = E()
b = E()
print(a == b, a)

class L:
    def __len__(self):
        global x
        x = None
        return 7
x = L()
print(len(x), x)

class S:
    def __str__(self):
        global y
        y = None
        return "S!"
y = S()
print(str(y), y)

def local_callee():
    g = len
    return g((g := str) and "abc"), g

print(local_callee())

def local_receiver():
    out = []
    for i in range(3):
        out.append(i)
    words = "a b c".split()
    n = 0
    for w in words:
        if w != "b":
            n += 1
    return out, n, len(out), str(n), int("7"), float("2.5")

print(local_receiver())

def rebind_in_eq():
    class K:
        def __eq__(self, other):
            return True
    k = K()
    return k == 3, 3 == k, k != 3

print(rebind_in_eq())

def unbound():
    try:
        q.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(len(r))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(z == 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    q = r = z = 0

unbound()
try:
    print(nothing_here.upper())
except NameError as e:
    print("NameError", e)
try:
    print(str(not_bound_either))
except NameError as e:
    print("NameError", e)
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
