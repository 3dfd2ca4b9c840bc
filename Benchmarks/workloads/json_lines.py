# JSON lines: turn log lines into records, dump each one, load them back and aggregate; the
# shape of passing structured results between sub-calls.
import json
out = []
for line in context.splitlines()[:120000]:
    parts = line.split(" ", 4)
    out.append(json.dumps({"ts": parts[0], "host": parts[1], "level": parts[2].strip("[]"),
                           "svc": parts[3].rstrip(":"), "rest": parts[4][:40], "ok": parts[2] != "[ERROR]"}))
blob = "\n".join(out)
print(len(blob))
levels = {}
for row in blob.split("\n"):
    record = json.loads(row)
    levels[record["level"]] = levels.get(record["level"], 0) + (0 if record["ok"] else 1)
print(sorted(levels.items()))
summary = json.dumps({"levels": levels, "count": len(out), "sample": json.loads(out[7])}, indent=2, sort_keys=True)
print(summary[:300])
print(json.loads(summary)["count"])
