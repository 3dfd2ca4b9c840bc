# Small helper functions called in loops, default and keyword arguments, recursion and closures:
# the interpreter's call path.
def clamp(x, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x

def score(level, latency, weight=1):
    base = 10 if level == "ERROR" else 1
    return clamp(base * weight + latency // 100, hi=50)

def make_counter():
    n = 0
    def bump(k):
        nonlocal n
        n += k
        return n
    return bump

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

bump = make_counter()
total = 0
for i in range(600_000):
    total += score("ERROR" if i % 7 == 0 else "INFO", i % 2000, weight=2)
    if i % 3 == 0:
        bump(i % 5)
print(total, bump(0), fib(24))
print(sorted(range(200_000), key=lambda v: (v * 7919) % 1000)[:5])
