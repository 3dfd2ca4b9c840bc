# Filtering lines the way a model narrows a context before reading it: comprehensions with
# conditions, generator expressions into sum/any, membership tests against small tuples.
lines = context.split("\n")
errors = [l for l in lines if "[ERROR]" in l]
fatal_or_error = [l for l in lines if "[FATAL]" in l or "[ERROR]" in l]
slow = sum(1 for l in lines if "latency=19" in l)
payments = [l for l in lines if l.startswith("2026-03-0") and "payment-service" in l]
print(len(lines), len(errors), len(fatal_or_error), slow, len(payments))
hosts = [l[21:28] for l in errors]
busy = [h for h in hosts if h in ("host-01", "host-02", "host-03")]
print(len(busy), hosts[:3])
print(any(l.endswith('"platёж"') for l in lines), all(l == "" or l[0] == "2" for l in lines))
nonempty = [l.strip() for l in lines if l]
print(len(nonempty), nonempty[-1][:40])
