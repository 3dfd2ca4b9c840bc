total = 0
for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
    total += i
else:
    print("never")
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
first, *middle, last = range(6)
print(first, middle, last)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
with_label = "yes" if x else "no"
print(with_label)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
with Ctx() as c:
    raise RuntimeError("suppressed")
print("after with")
assert total == 26, "bad total"
try:
    assert False, "assertion message"
except AssertionError as e:
    print(e)
del x[0]
print(x)
