class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])), list(zip(Seq(), "ab")))
e = enumerate(Countdown(3))
print(next(e), list(e))
m = map(lambda a: a * 2, Countdown(3))
print(list(m), list(m))
print(list(range(10, 0, -3)), range(5)[2:], range(0, 10, 2)[-1], len(range(-5, 5, 3)), 7 in range(0, 10, 7))
