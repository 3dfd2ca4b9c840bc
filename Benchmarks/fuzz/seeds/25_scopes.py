x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "inner"
        return x
    inner()
    return x
print(outer(), x)
class C:
    y = 1
    z = [y * i for i in range(3)] if False else [1 * i for i in range(3)]
    def m(self):
        return C.y
print(C.z, C().m())
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def gen_scope():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for n in range(5):
        add(n)
    return total
print(gen_scope())
try:
    print(undefined_thing)
except NameError as e:
    print(e)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
