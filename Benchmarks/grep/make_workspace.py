#!/usr/bin/env python3
"""Builds the synthetic workspace for the grep benchmark: 50,000 files, about 500 MB, as a
git repository with everything committed (an ordinary checked-out project), plus ignored
folders (node_modules/, build/, *.log) and a few binary files. Deterministic: the same
seed gives the same tree. Reused when present (a marker file records the parameters)."""
import os, random, subprocess, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rlm-grep-bench"
FILES = int(os.environ.get("BENCH_FILES", "50000"))
TOTAL_BYTES = int(os.environ.get("BENCH_BYTES", str(500 * 1000 * 1000)))
MARKER = os.path.join(ROOT, ".bench-complete")
PARAMS = f"files={FILES} bytes={TOTAL_BYTES} v=1\n"

if os.path.exists(MARKER) and open(MARKER).read() == PARAMS:
    print(f"reusing {ROOT}", file=sys.stderr)
    sys.exit(0)
if os.path.exists(ROOT):
    subprocess.run(["rm", "-rf", ROOT], check=True)
os.makedirs(ROOT)

rng = random.Random(1234)
syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "ba", "de", "fo", "gi", "hu", "pra", "str", "ion", "ent", "ort"]
words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(4000)})
keywords = ["def", "return", "if", "else", "for", "while", "class", "import", "let", "var", "func", "struct", "self", "None", "True", "False"]
rare = ["ERR_CONNECTION_RESET", "deprecated_call", "TODO(bench)"]

def line():
    r = rng.random()
    n = rng.randint(3, 12)
    text = " ".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(keywords) for _ in range(n))
    if r < 0.0005:
        text += " " + rng.choice(rare)
    elif r < 0.003:
        text += f" raise {rng.choice(words).capitalize()}Exception(\"{rng.choice(words)}\")"
    elif r < 0.005:
        text += f" see {rng.choice(['ABC', 'XYZ', 'RLM'])}-{rng.randint(1000, 9999)}"
    indent = "    " * rng.randint(0, 3)
    return indent + text + "\n"

average = TOTAL_BYTES // FILES
exts = [".py", ".swift", ".txt", ".md", ".js", ".rs"]
written = 0
for i in range(FILES):
    d = os.path.join(ROOT, f"pkg{i % 20:02d}", f"mod{(i // 20) % 25:02d}", f"part{(i // 500) % 5}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, f"file{i:05d}{exts[i % len(exts)]}")
    size = max(200, int(rng.expovariate(1 / average))) if i % 7 else average
    if i % 997 == 0:
        with open(path[:-3] + ".bin", "wb") as f:
            f.write(bytes(rng.getrandbits(8) for _ in range(4096)) + b"\0" + b"ERR_CONNECTION_RESET" * 10)
        continue
    parts = []
    n = 0
    while n < size:
        s = line()
        parts.append(s)
        n += len(s)
    data = "".join(parts)
    with open(path, "w") as f:
        f.write(data)
    written += len(data)

# Ignored content (must not be searched by either tool).
for folder in ["node_modules/lib", "build/out"]:
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    for j in range(200):
        with open(os.path.join(ROOT, folder, f"gen{j}.js"), "w") as f:
            f.write("ERR_CONNECTION_RESET generated\n" * 200)
with open(os.path.join(ROOT, "debug.log"), "w") as f:
    f.write("ERR_CONNECTION_RESET in a log\n" * 1000)
with open(os.path.join(ROOT, ".gitignore"), "w") as f:
    f.write("node_modules/\nbuild/\n*.log\n.bench-complete\n")

env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com",
           GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.com")
subprocess.run(["git", "init", "-q", ROOT], check=True)
subprocess.run(["git", "-C", ROOT, "add", "-A"], check=True, env=env)
subprocess.run(["git", "-C", ROOT, "commit", "-q", "-m", "synthetic workspace"], check=True, env=env)
open(MARKER, "w").write(PARAMS)
print(f"built {ROOT}: {FILES} files, {written / 1e6:.0f} MB of text", file=sys.stderr)
