# Splitting each line into fields and aggregating: str.split with and without arguments,
# partition, int/float parsing, dict accumulation keyed by parsed fields.
totals = {}
latency = {}
count = 0
for line in context.splitlines():
    fields = line.split()
    if len(fields) < 8:
        continue
    count += 1
    user = fields[4].partition("=")[2].split("@")[0]
    amount = float(fields[6].split("=")[1])
    totals[user] = totals.get(user, 0.0) + amount
    ms = int(fields[8][8:-2]) if fields[8].startswith("latency=") else 0
    level = fields[2][1:-1]
    latency.setdefault(level, []).append(ms)
print(count)
for user in sorted(totals):
    print(user, round(totals[user], 2))
for level in sorted(latency):
    values = latency[level]
    print(level, len(values), sum(values) // len(values), max(values))
head = context[:200000].split("\n")
print(sum(len(l.split(" ", 3)) for l in head))
