# Grouping and inverting with dicts and sets: defaultdict(list), dict and set comprehensions,
# items() loops, sorting by value, the bookkeeping around sub-query results.
from collections import defaultdict
by_service = defaultdict(list)
users = defaultdict(set)
for n, line in enumerate(context.splitlines()):
    start = line.find("] ")
    svc = line[start + 2:line.find("-service", start)]
    by_service[svc].append(n)
    at = line.find("user=")
    users[svc].add(line[at + 5:line.find("@", at)])
sizes = {svc: len(ids) for svc, ids in by_service.items()}
print(sorted(sizes.items(), key=lambda kv: kv[1], reverse=True))
print({svc: sorted(u)[:2] for svc, u in sorted(users.items())})
inverse = {}
for svc, ids in by_service.items():
    for i in ids[:20000]:
        inverse[i] = svc
print(len(inverse), inverse.get(5), inverse.get(999_999_999, "none"))
common = set.intersection(*users.values())
print(len(common), sorted(common)[:3])
spans = {svc: (ids[0], ids[-1]) for svc, ids in by_service.items() if ids}
print(sorted(spans.items())[:3])
