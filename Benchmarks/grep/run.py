#!/usr/bin/env python3
"""grep through the workspace tool API (`rlm tool grep`) against ripgrep on the same
patterns over the synthetic workspace (make_workspace.py: 50,000 files, ~500 MB).

Each command runs once to warm the page cache, then --runs times; the median wall time is
reported with the ratio rlm / rg. The match counts of both must agree (the script says so
when they do not). Two setups: the workspace as a git repository (both tools apply git's
ignore rules), and the same folder with .git moved aside (rlm walks it honouring .gitignore;
rg is given --no-require-git to do the same).

Usage: run.py [--runs N] [--root DIR] [--rlm PATH]
"""
import argparse, os, statistics, subprocess, sys, time

PATTERNS = [
    ("literal", ["ERR_CONNECTION_RESET"], []),
    ("regex with literal", [r"\w+Exception\("], []),
    ("regex, no literal", [r"[A-Z]{3}-\d{4}"], []),
    ("case-insensitive", ["deprecated_CALL"], ["-i"]),
    ("many matches", [r"\breturn\b"], []),
]

def timed(cmd, cwd):
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"command failed ({result.returncode}): {' '.join(cmd)}")
    return elapsed, result.stdout.count(b"\n")

def measure(cmd, cwd, runs):
    timed(cmd, cwd)  # warm the page cache and the binary
    times, lines = [], None
    for _ in range(runs):
        t, n = timed(cmd, cwd)
        times.append(t)
        lines = n
    return statistics.median(times), min(times), lines

def table(root, rlm, runs, extra_rg):
    print(f"{'pattern':22} {'rg median':>10} {'rlm median':>11} {'ratio':>6} {'rg best':>8} {'rlm best':>9} {'lines':>8}")
    ratios = []
    for name, pattern, flags in PATTERNS:
        rg = ["rg", "-n", "--no-heading", *extra_rg, *flags, *pattern]
        ours = [rlm, "tool", "grep", "--max-results", "1000000000", *flags, *pattern]
        rg_med, rg_best, rg_lines = measure(rg, root, runs)
        our_med, our_best, our_lines = measure(ours, root, runs)
        ratio = our_med / rg_med
        ratios.append(ratio)
        note = "" if rg_lines == our_lines else f"  MISMATCH: rg {rg_lines} lines, rlm {our_lines}"
        print(f"{name:22} {rg_med:9.3f}s {our_med:10.3f}s {ratio:5.2f}x {rg_best:7.3f}s {our_best:8.3f}s {our_lines:8}{note}")
    print(f"{'geometric mean ratio':22} {statistics.geometric_mean(ratios):29.2f}x")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", default="/tmp/rlm-grep-bench")
    parser.add_argument("--rlm", default=os.path.join(here, "../../.build/release/rlm"))
    args = parser.parse_args()
    subprocess.run([sys.executable, os.path.join(here, "make_workspace.py"), args.root], check=True)
    files = int(subprocess.run(["git", "-C", args.root, "ls-files"], stdout=subprocess.PIPE, check=True).stdout.count(b"\n"))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(args.root) if "/.git" not in d for f in fs)
    print(f"workspace {args.root}: {files} tracked files, {size / 1e6:.0f} MB; {os.cpu_count()} cores; "
          f"load {os.getloadavg()[0]:.2f}; median of {args.runs} runs")
    print(subprocess.run(["rg", "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0])
    print("\n== git repository ==")
    table(args.root, os.path.abspath(args.rlm), args.runs, [])
    parked = args.root + ".git-parked"
    os.rename(os.path.join(args.root, ".git"), parked)
    try:
        print("\n== plain folder (no .git; .gitignore honoured by both) ==")
        table(args.root, os.path.abspath(args.rlm), args.runs, ["--no-require-git"])
    finally:
        os.rename(parked, os.path.join(args.root, ".git"))

if __name__ == "__main__":
    main()
