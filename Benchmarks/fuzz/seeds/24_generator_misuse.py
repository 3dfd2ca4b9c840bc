def selfref():
    yield next(g)
g = selfref()
try:
    next(g)
except ValueError as e:
    print("running", e)
def echo():
    while True:
        x = yield
        print("got", x)
e = echo()
try:
    e.send(1)
except TypeError as err:
    print(err)
next(e); e.send(2); e.close()
try:
    e.send(3)
except StopIteration:
    print("closed gen")
def gen_return():
    yield 1
    return 5
gr = gen_return()
next(gr)
try:
    next(gr)
except StopIteration as s:
    print("value", s.value)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as r:
    print("runtime", r)
def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as r:
    print(r)
g2 = (i for i in range(3))
print(next(g2), g2.send(None), list(g2))
