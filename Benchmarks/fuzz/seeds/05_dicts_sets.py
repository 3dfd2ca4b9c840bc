d = {"b": 2, "a": 1}
d["c"] = 3
d.update(z=26, y=25)
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("q"), d.get("q", 0))
print(d.pop("z"), d.setdefault("n", []), d.popitem(), len(d), "a" in d, sorted(d))
d2 = dict.fromkeys("xyz", 0)
d2 |= {"w": 1}
print(d2, {**d, **d2}, dict(zip("ab", range(2))), {k: v for k, v in d.items() if v})
s = {3, 1, 2}
t = frozenset([2, 3, 4])
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, sorted(s), t.union([9]), s.isdisjoint({7}))
s.add(5); s.discard(1); s.remove(2)
print(s, {x % 3 for x in range(10)}, len(t), hash(t) == hash(frozenset([4, 3, 2])))
nested = {"k": {"inner": [1, 2, {"deep": (1, 2)}]}}
print(nested["k"]["inner"][2]["deep"][1], nested == {"k": {"inner": [1, 2, {"deep": (1, 2)}]}})
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple'}[(1, 2)])
