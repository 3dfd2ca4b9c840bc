log = """2024-01-01 10:00:01 INFO server started port=8080
2024-01-01 10:00:05 WARN disk usage 91%
2024-01-01 10:01:00 ERROR request failed id=42 status=500
2024-01-01 10:02:30 INFO request ok id=43 status=200
2024-01-01 10:03:00 ERROR timeout id=44"""
levels = {}
errors = []
for line in log.splitlines():
    date, time, level, *rest = line.split()
    levels[level] = levels.get(level, 0) + 1
    if level == "ERROR":
        fields = dict(part.split("=", 1) for part in rest if "=" in part)
        errors.append((time, fields.get("id"), fields.get("status", "?")))
print(levels)
for e in errors:
    print("%s id=%s status=%s" % e)
table = [("name", "count"), ("alpha", 3), ("beta", 12)]
width = max(len(str(c)) for row in table for c in row)
for row in table:
    print(" | ".join(str(c).ljust(width) for c in row))
words = log.lower().replace("=", " ").split()
freq = sorted({w: words.count(w) for w in set(words)}.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(freq)
print(log[:20].encode().hex(), log.count("\n"), log.rsplit(" ", 2)[-2:])
