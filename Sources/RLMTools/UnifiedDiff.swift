/// Unified diffs (`diff -u` format) between two versions of a text, for edit_file's result,
/// write_file's permission preview and the trace.
///
/// Lines are compared whole (terminator included). The common head and tail are trimmed
/// first; the middle is diffed with Myers' O((N+M)D) algorithm, and when the two middles
/// differ in more than `maxEditDistance` lines the middle is shown as one replaced block
/// (still a correct diff, just not a minimal one) so a rewrite of a huge file stays cheap.
enum UnifiedDiff {
    static let maxEditDistance = 1000

    enum Operation: Equatable { case equal, delete, insert }

    /// A diff and its line counts.
    struct Comparison {
        let text: String
        let added: Int
        let removed: Int
    }

    /// The diff of `old` to `new` under the name `path` ("" when identical). `oldExists` false
    /// shows the file as new (`--- /dev/null`).
    static func make(old: [UInt8], new: [UInt8], path: String, oldExists: Bool = true, context: Int = 3) -> String {
        compare(old: old, new: new, path: path, oldExists: oldExists, context: context).text
    }

    /// The diff and how many lines it adds and removes, computed once.
    static func compare(old: [UInt8], new: [UInt8], path: String, oldExists: Bool = true, context: Int = 3) -> Comparison {
        if old == new && oldExists { return Comparison(text: "", added: 0, removed: 0) }
        if old.contains(0) || new.contains(0) {
            return Comparison(text: "Binary files \(oldExists ? "a/" + path : "/dev/null") and b/\(path) differ\n", added: 0, removed: 0)
        }
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        var added = 0, removed = 0
        for (op, _, _) in script {
            if op == .insert { added += 1 } else if op == .delete { removed += 1 }
        }
        var out = "--- \(oldExists ? "a/" + path : "/dev/null")\n+++ b/\(path)\n"
        for hunk in hunks(script, context: context) {
            out += header(hunk, script: script)
            for i in hunk {
                let (op, ai, bi) = script[i]
                switch op {
                case .equal: out += line(" ", a[ai])
                case .delete: out += line("-", a[ai])
                case .insert: out += line("+", b[bi])
                }
            }
        }
        return Comparison(text: out, added: added, removed: removed)
    }

    /// Lines added and removed between `old` and `new`.
    static func counts(old: [UInt8], new: [UInt8]) -> (added: Int, removed: Int) {
        let comparison = compare(old: old, new: new, path: "")
        return (comparison.added, comparison.removed)
    }

    /// The text split after each "\n" (the last line may lack one).
    static func lines(_ bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            out.append(String(decoding: bytes[start...i], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count { out.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return out
    }

    private static func line(_ prefix: String, _ text: String) -> String {
        text.hasSuffix("\n") ? prefix + text : prefix + text + "\n\\ No newline at end of file\n"
    }

    /// One step per line: the operation and the line's index in `a` and in `b` (for an
    /// insert, `ai` is the position in `a` it goes before; for a delete, `bi` likewise).
    static func editScript(_ a: [String], _ b: [String]) -> [(Operation, Int, Int)] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var script: [(Operation, Int, Int)] = (0..<head).map { (.equal, $0, $0) }
        // Lines as small integers so the inner loop compares Ints.
        var ids: [String: Int] = [:]
        func id(_ line: String) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let xs = a[head..<(a.count - tail)].map(id)
        let ys = b[head..<(b.count - tail)].map(id)
        for (op, i, j) in middleScript(xs, ys) { script.append((op, head + i, head + j)) }
        for k in 0..<tail { script.append((.equal, a.count - tail + k, b.count - tail + k)) }
        return script
    }

    /// Myers' greedy algorithm, keeping each round's frontier to walk the path back.
    private static func middleScript(_ x: [Int], _ y: [Int]) -> [(Operation, Int, Int)] {
        let n = x.count, m = y.count
        if n == 0 { return (0..<m).map { (.insert, 0, $0) } }
        if m == 0 { return (0..<n).map { (.delete, $0, 0) } }
        let maxD = min(n + m, maxEditDistance)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...maxD {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var i: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    i = v[offset + k + 1]
                } else {
                    i = v[offset + k - 1] + 1
                }
                var j = i - k
                while i < n && j < m && x[i] == y[j] { i += 1; j += 1 }
                v[offset + k] = i
                if i >= n && j >= m { found = true; break search }
            }
        }
        guard found else {
            return (0..<n).map { (.delete, $0, 0) } + (0..<m).map { (.insert, n, $0) }
        }
        // Walk back from (n, m) through the saved frontiers.
        var steps: [(Operation, Int, Int)] = []
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let frontier = trace[d]
            func at(_ k: Int) -> Int { frontier[k + d] }
            let k = i - j
            if d == 0 {
                while i > 0 && j > 0 { i -= 1; j -= 1; steps.append((.equal, i, j)) }
                break
            }
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousI = at(previousK)
            let previousJ = previousI - previousK
            while i > previousI && j > previousJ { i -= 1; j -= 1; steps.append((.equal, i, j)) }
            if previousK == k + 1 {
                j -= 1
                steps.append((.insert, i, j))
            } else {
                i -= 1
                steps.append((.delete, i, j))
            }
        }
        return steps.reversed()
    }

    /// Ranges of script indices to print: each change with `context` equal lines around it,
    /// changes closer than 2 * context merged into one hunk.
    private static func hunks(_ script: [(Operation, Int, Int)], context: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < script.count {
            guard script[i].0 != .equal else { i += 1; continue }
            var start = max(0, i - context)
            if let last = out.last, start <= last.upperBound { start = last.lowerBound; out.removeLast() }
            var end = i
            while end < script.count {
                if script[end].0 != .equal { end += 1; continue }
                var run = end
                while run < script.count && script[run].0 == .equal { run += 1 }
                if run == script.count || run - end > 2 * context { break }
                end = run
            }
            out.append(start..<min(script.count, end + context))
            i = end
        }
        return out
    }

    private static func header(_ hunk: Range<Int>, script: [(Operation, Int, Int)]) -> String {
        var oldCount = 0, newCount = 0
        var oldStart: Int?, newStart: Int?
        for i in hunk {
            let (op, ai, bi) = script[i]
            if op != .insert { oldCount += 1; if oldStart == nil { oldStart = ai } }
            if op != .delete { newCount += 1; if newStart == nil { newStart = bi } }
        }
        // GNU diff: a range of length 0 names the line before it; length 1 omits ",1".
        func range(_ start: Int?, _ count: Int, fallback: Int) -> String {
            if count == 0 { return "\(fallback),0" }
            return count == 1 ? "\(start! + 1)" : "\(start! + 1),\(count)"
        }
        let first = script[hunk.lowerBound]
        return "@@ -\(range(oldStart, oldCount, fallback: first.1)) +\(range(newStart, newCount, fallback: first.2)) @@\n"
    }
}
