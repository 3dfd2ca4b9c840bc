#!/usr/bin/env python3
"""Benchmarks `rlm serve` as an editor sees it (not a test; prints figures for Docs/protocol.md).

1. Cold start: the time from spawning `rlm serve` to reading its reply to `initialize`
   (the request is written at once, as editors do). --starts runs; min, median and p90.
2. Trace throughput: rlm/trace notifications per second delivered to a client that reads
   as fast as it can, in two runs against a scripted OpenAI-compatible model served by this
   script on 127.0.0.1:
   - tools: one root turn whose code makes --tool-calls calls to ls() in the workspace, each
     a tool_call event (structural events, never merged), so the trace path itself is measured;
   - tools, read after the run: the same, but the client reads nothing until the run's code
     has finished (the events wait in the session's buffer), so the rate is that of the
     server's delivery alone;
   - batch: one llm_query_batched of --sub-calls prompts (about six events per sub-call,
     streamed text included), the shape of a real map-reduce run; bound by this script's
     Python model server, not by rlm.
   The rate is the run's rlm/trace notifications divided by the time from the first to the
   last of them, as the client received them.

Usage: Benchmarks/serve/run.py [--rlm .build/release/rlm] [--framing lsp|ndjson] [--starts 30]
Build first: swift build -c release --product rlm
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler


# MARK: The scripted model

class Model(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root_code = "FINAL('ok')"
    requests = 0

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        messages = body.get("messages", [])
        system = next((m["content"] for m in messages if m["role"] == "system"), "")
        last = messages[-1]["content"] if messages else ""
        Model.requests += 1
        if "## The REPL" in system:
            text = "```repl\n" + (Model.root_code if "Turn 1 of" in last else "FINAL('done')") + "\n```"
        else:
            text = "ok " * 8
        model = body.get("model", "m")
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = len(text) // 2
            for piece in [text[:half], text[half:]]:
                self.chunk({"id": "c", "object": "chat.completion.chunk", "model": model,
                            "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
            self.chunk({"id": "c", "object": "chat.completion.chunk", "model": model,
                        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            self.chunk({"id": "c", "object": "chat.completion.chunk", "model": model, "choices": [],
                        "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25}})
            self.raw(b"data: [DONE]\n\n")
            self.raw(b"")
        else:
            data = json.dumps({"id": "c", "object": "chat.completion", "model": model,
                               "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                               "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    def chunk(self, obj):
        self.raw(("data: " + json.dumps(obj) + "\n\n").encode())

    def raw(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()


def start_model():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Model)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# MARK: A client

class Client:
    def __init__(self, rlm, framing, env, args=()):
        self.framing = framing
        self.process = subprocess.Popen([rlm, "serve", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        if self.framing == "lsp":
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        else:
            self.process.stdin.write(body + b"\n")
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def read(self):
        """The next message's raw bytes."""
        out = self.process.stdout
        if self.framing == "ndjson":
            return out.readline()
        length = 0
        while True:
            line = out.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return out.read(length)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def environment(model, home):
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
           "RLM_LOG": "error"}
    env.update({"RLM_BASE_URL": "http://127.0.0.1:%d/v1" % model.server_address[1], "RLM_MODEL": "gpt-4.1",
                "RLM_SUB_MODEL": "gpt-4.1-mini", "RLM_MAX_RETRIES": "0"})
    return env


# MARK: Measurements

def cold_start(rlm, framing, runs, home, model):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client = Client(rlm, framing, environment(model, home))
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        reply = client.read()
        times.append((time.perf_counter() - start) * 1000)
        assert b'"serverInfo"' in reply, reply
        client.close()
    times.sort()
    return times[0], statistics.median(times), times[int(len(times) * 0.9) - 1]


def trace_rate(rlm, framing, model, home, workspace, code, backlog=False):
    """With backlog, the client reads nothing until the run's code has finished, so the rate
    is that of delivering events already made (the server's side of the trace path)."""
    Model.root_code = code
    Model.requests = 0
    client = Client(rlm, framing, environment(model, home))
    client.request("initialize", {"processId": None, "rootUri": "file://" + workspace, "capabilities": {},
                                  "initializationOptions": {"memory": False, "traceBufferEvents": 1000000}})
    client.read()
    run_id = client.request("rlm/run", {"query": "benchmark", "context": "x"})
    if backlog:
        # The code ends with one llm_query: when it reaches the model, the events are made.
        while Model.requests < 2:
            time.sleep(0.01)
        time.sleep(0.5)
    first = last = None
    count = 0
    marker = b'"method":"rlm/trace"'
    while True:
        message = client.read()
        if marker in message:
            now = time.perf_counter()
            first = first or now
            last = now
            count += 1
        elif b'"id":%d' % run_id in message and (b'"result"' in message or b'"error"' in message):
            reply = json.loads(message)
            break
    client.close()
    assert reply.get("result", {}).get("status") == "completed", reply
    return count, count / (last - first), (last - first)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rlm", default=".build/release/rlm")
    parser.add_argument("--framing", choices=["lsp", "ndjson"], default="lsp")
    parser.add_argument("--starts", type=int, default=30)
    parser.add_argument("--tool-calls", type=int, default=20000)
    parser.add_argument("--sub-calls", type=int, default=2000)
    args = parser.parse_args()
    if not os.access(args.rlm, os.X_OK):
        sys.exit(f"{args.rlm} is not built; run: swift build -c release --product rlm")
    home = tempfile.mkdtemp(prefix="rlm-serve-bench-")
    workspace = os.path.join(home, "workspace")
    os.makedirs(workspace)
    for name in ["a.txt", "b.txt", "c.txt"]:
        open(os.path.join(workspace, name), "w").write("x\n")
    model = start_model()
    try:
        low, median, p90 = cold_start(args.rlm, args.framing, args.starts, home, model)
        print(f"cold start to the initialize reply ({args.framing}, {args.starts} starts): "
              f"min {low:.1f} ms, median {median:.1f} ms, p90 {p90:.1f} ms")
        count, rate, seconds = trace_rate(args.rlm, args.framing, model, home, workspace,
                                          f"for i in range({args.tool_calls}):\n    ls('.')\nFINAL('done')")
        print(f"trace, {args.tool_calls} tool calls: {count} rlm/trace notifications in {seconds:.2f} s = {rate:,.0f} per second")
        count, rate, seconds = trace_rate(args.rlm, args.framing, model, home, workspace,
                                          f"for i in range({args.tool_calls}):\n    ls('.')\nFINAL(llm_query('done?'))", backlog=True)
        print(f"trace, {args.tool_calls} tool calls read after the run: {count} rlm/trace notifications in {seconds:.2f} s = {rate:,.0f} per second")
        count, rate, seconds = trace_rate(args.rlm, args.framing, model, home, workspace,
                                          f"r = llm_query_batched(['item %d' % i for i in range({args.sub_calls})])\nFINAL(str(len(r)))")
        print(f"trace, {args.sub_calls} sub-calls: {count} rlm/trace notifications in {seconds:.2f} s = {rate:,.0f} per second")
    finally:
        model.shutdown()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
