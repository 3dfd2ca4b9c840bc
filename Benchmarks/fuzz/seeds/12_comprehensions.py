words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({len(w): w for w in words}, {w[0] for w in words}, [w.upper() for w in words if "e" in w])
matrix = [[(r, c) for c in range(3)] for r in range(2)]
flat = [x for row in matrix for x in row]
print(flat, len(flat))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
gen = (w for w in words if len(w) > 4)
print(next(gen), list(gen))
print([i for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print(dict((k, v) for k, v in zip("abc", [1, 2, 3])), list(map(str.upper, "abc")))
acc = []
print([acc.append(i) or i for i in range(3)], acc)
print(sum(x * y for x, y in zip(range(5), range(5, 10))))
