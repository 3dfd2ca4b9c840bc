# The kind of code a root model writes in the REPL: probe the context, then aggregate.
# Run: rlm exec Docs/examples/log_summary.py --context Docs/examples/server.log

lines = context.splitlines()
print(f"{len(lines)} lines, {len(context):,} characters")
print("first line:", lines[0])

errors_by_component = {}
slowest = []
for line in lines:
    stamp, level, rest = line.split(maxsplit=2)
    component = rest[rest.index("[") + 1:rest.index("]")]
    if level == "ERROR":
        errors_by_component[component] = errors_by_component.get(component, 0) + 1
    if "ms" in rest:
        millis = int(rest.rsplit(" ", 1)[-1].removesuffix("ms")) if rest.endswith("ms") else None
        if millis is not None:
            slowest.append((millis, stamp, component))

print("\nerrors per component:")
for component, count in sorted(errors_by_component.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {component:<8} {count:>3} {'#' * count}")

print("\nslowest timed events:")
for millis, stamp, component in sorted(slowest, reverse=True)[:3]:
    print(f"  {millis:>4} ms  {stamp}  {component}")
