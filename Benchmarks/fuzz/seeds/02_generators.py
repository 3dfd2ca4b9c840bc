def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

g = counter(10)
print(next(g), next(g), g.send(7), next(g), list(g))
def chain(*its):
    for it in its:
        result = yield from it
    return result
print(list(chain(range(3), "ab", counter(2))))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower(); next(t); t.throw(ValueError("x")); t.close()
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(list(zip(counter(3), "abc", range(10))))
