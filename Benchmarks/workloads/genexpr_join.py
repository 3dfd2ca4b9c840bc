# Building text from generators: join over generator expressions, sum/min/max over them,
# enumerate and zip, the shapes a model uses to format a summary or a prompt.
lines = context.splitlines()[:200000]
numbered = "\n".join(f"{i}: {l[:30]}" for i, l in enumerate(lines))
print(len(numbered), numbered[-40:])
lengths = [len(l) for l in lines]
print(sum(n for n in lengths if n > 150), min(lengths), max(lengths))
pairs = ",".join(str(a - b) for a, b in zip(lengths, lengths[1:]))
print(len(pairs))
csv = "\n".join(",".join(l.split()[:3]) for l in lines[:50000])
print(len(csv), csv[:70])
squares = sum(i * i for i in range(1_000_000) if i % 3)
print(squares)
print(" ".join(str(x) for x in sorted(set(lengths))[:10]))
