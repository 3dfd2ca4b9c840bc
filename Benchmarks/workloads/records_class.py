# Parsing lines into small objects with methods and properties, then sorting and grouping them:
# the code a model writes when it wants structure (classes, attribute reads, key functions).
class Entry:
    def __init__(self, stamp, host, level, service, latency):
        self.stamp = stamp
        self.host = host
        self.level = level
        self.service = service
        self.latency = latency

    def is_problem(self):
        return self.level in ("ERROR", "FATAL")

    @property
    def hour(self):
        return self.stamp[11:13]

entries = []
for line in context.splitlines()[:150000]:
    start = line.find("[")
    end = line.find("]", start)
    lat = line.find("latency=")
    ms = int(line[lat + 8:line.find("ms", lat)])
    entries.append(Entry(line[:20], line[21:28], line[start + 1:end], line[end + 2:line.find(":", end)], ms))
problems = [e for e in entries if e.is_problem()]
print(len(entries), len(problems))
slowest = sorted(problems, key=lambda e: (-e.latency, e.stamp))[:3]
for e in slowest:
    print(e.stamp, e.host, e.level, e.service, e.latency)
by_hour = {}
for e in entries:
    by_hour[e.hour] = by_hour.get(e.hour, 0) + e.latency
print(sorted(by_hour.items())[:4])
print(max(entries, key=lambda e: e.latency).latency, min(e.latency for e in entries))
