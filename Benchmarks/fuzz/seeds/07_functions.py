def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@deco
def f(a, b=2, *rest, c, d=4, **kw):
    return a + b + sum(rest) + c + d + sum(kw.values())

print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
inc = make_counter()
print(inc(), inc(), inc(10))
G = 0
def set_global():
    global G
    G += 1
set_global(); set_global()
print(G, (lambda x, *y: (x, y))(1, 2, 3), (lambda: None)())
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), [fact(i) for i in range(6)])
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), (y := 5) + y, sorted(["bb", "a", "ccc"], key=len))
try:
    f(1)
except TypeError as e:
    print(e)
