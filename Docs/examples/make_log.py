#!/usr/bin/env python3
"""Writes a deterministic application log for trying `rlm run` (see Docs/engine.md).

Usage: make_log.py OUT [MEGABYTES]      (default 20 MB). Prints the number of [ERROR] lines.
"""
import random, sys

out = sys.argv[1]
target = int(float(sys.argv[2] if len(sys.argv) > 2 else 20) * 1024 * 1024)
rng = random.Random(2512)
services = ["api", "auth", "billing", "search", "worker", "gateway"]
messages = ["request served", "cache miss", "retrying upstream", "connection reset by peer",
            "slow query detected", "token refreshed", "payload validated", "upstream timeout"]
errors = size = second = 0
with open(out, "w") as f:
    while size < target:
        roll = rng.random()
        level = "ERROR" if roll < 0.03 else "WARN" if roll < 0.12 else "DEBUG" if roll < 0.2 else "INFO"
        errors += level == "ERROR"
        second += rng.randrange(3)
        line = "2025-03-%02d %02d:%02d:%02d [%s] service=%s latency_ms=%d msg=\"%s\"\n" % (
            1 + second // 86400 % 28, second // 3600 % 24, second // 60 % 60, second % 60, level,
            rng.choice(services), rng.randrange(3, 900), rng.choice(messages))
        f.write(line)
        size += len(line)
print(errors)
