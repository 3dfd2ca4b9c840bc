# Release-build smoke test: the optimiser has broken code the debug build runs correctly
# (a task-group result layout in Swift 6.3), so CI runs this through `rlm exec` built with -O
# and compares with what CPython printed (expected.txt).
import json, re
from collections import Counter

lines = [f"row {i:04d}|{i * 37 % 1000:>4}|{'even' if i % 2 == 0 else 'odd'}|{i / 7:.3f}" for i in range(2000)]
report = "\n".join(lines)
total = 0
for line in report.split("\n"):
    parts = line.split("|")
    total += int(parts[1])
print(len(report), total, report[:40])
print(report.upper().count("EVEN"), report.lower().count("row"))

words = re.findall(r"[a-z]+", "The quick brown fox jumps over the lazy dog; the dog sleeps. " * 50)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(Counter(words).most_common(3))

rows = [(i * 7919 % 1000, f"name{i % 50}", i) for i in range(5000)]
print(sorted(rows, key=lambda r: (-r[0], r[1]))[:3])
print(min(rows, key=lambda r: r[1]), max(rows, key=lambda r: (r[0], r[2])))
print(len([r for r in rows if r[0] % 2 == 0]), len({r[1] for r in rows}))

items = [{"id": i, "name": f"item-{i}", "tags": ["a", str(i % 3)], "score": i * 0.5, "ok": i % 3 == 0} for i in range(300)]
text = json.dumps(items)
back = json.loads(text)
print(len(text), sum(x["score"] for x in back), json.dumps(back[:2], indent=2, sort_keys=True))

text = "  Ünïcode tëxt — with ☃ snowmen and 😀 faces  "
print(text.strip().upper(), text[2:9], text[::-3], len(text), text.find("☃"))
print("|".join(s.strip().title() for s in text.split("—")))
print([f"{x:8.3f}|{x:<8.2e}|{x:+.1%}" for x in (0.0005, 2.675, -1234.5678, 1e22)])

class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total())

def gen(n):
    for i in range(n):
        try:
            yield i * i
        finally:
            pass
print(list(gen(6)), sum(x for x in gen(100)))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
