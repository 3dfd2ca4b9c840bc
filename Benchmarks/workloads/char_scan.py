# Walking text character by character and by code-point slices of non-ASCII lines: classifying
# characters, counting, reversing, case mapping.
lines = [l for l in context.splitlines()[:300000] if not l.isascii()]
print(len(lines))
kinds = {"alpha": 0, "digit": 0, "space": 0, "other": 0}
for l in lines[:8000]:
    for ch in l:
        if ch.isalpha():
            kinds["alpha"] += 1
        elif ch.isdigit():
            kinds["digit"] += 1
        elif ch.isspace():
            kinds["space"] += 1
        else:
            kinds["other"] += 1
print(kinds)
msgs = [l[l.find('msg="') + 5:-1] for l in lines]
print(sorted(set(msgs))[:3])
print(sum(len(m[::-1]) for m in msgs), msgs[0][::-1][:10])
upper = [m.upper() for m in msgs[:20000]]
print(len("".join(upper)), upper[1][:12])
print(sum(1 for m in msgs for ch in m if ord(ch) > 0x3000))
