items = [5, 3, 8, 1]
for x in items:
    if x == 3:
        items.remove(x)
print(items)
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("runtime", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set", e)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print("sort", e)
print(len(l) >= 3)
q = [1, 2, 3]
for x in q:
    if len(q) < 6:
        q.append(x * 10)
print(q)
lst = list(range(10))
del lst[2:8:2]
lst[1:3] = []
print(lst)
