a = list(range(10))
a[2:5] = ["x", "y"]
del a[::3]
a.insert(0, -1); a.extend([7, 7]); a.append([1])
print(a, a.count(7), a.index(7), a.pop(), a.pop(0), len(a))
b = sorted([5, 3, 9, 1], reverse=True)
b.sort(key=lambda x: -x)
print(b, b[::2], b[-1:-4:-1], b * 2, [0] * 3, b + [100], list(reversed(b)))
m = [[i * j for j in range(3)] for i in range(3)]
print(m, [row[1] for row in m], list(zip(*m)), sum(map(sum, m)))
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0], any(x > 5 for x in b), all([]))
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print(stack == [], min([3, 1, 2], key=lambda v: -v), max("abc"), sorted([(1, "b"), (1, "a")]))
c = a.copy(); c.clear(); c += [1, 2]; c *= 2
print(c, c.remove(1), c, [1, 2] < [1, 3], [1, [2]] == [1, [2]], enumerate)
print(list(enumerate("ab", 5)), list(filter(None, [0, 1, "", "a"])), list(map(lambda x, y: x + y, "ab", "cd")))
