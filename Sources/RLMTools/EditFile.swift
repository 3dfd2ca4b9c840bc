import Foundation

/// `edit_file(path, old, new, count=1)`: replaces exact text in a file, atomically, and
/// returns the change as a unified diff. `old` must occur exactly `count` times (counted as
/// str.count does: non-overlapping, left to right); otherwise nothing is changed and the
/// error says how many times it does occur.
public enum EditFile: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var path: String
        public var old: String
        public var new: String
        public var count: Int

        public init(path: String, old: String, new: String, count: Int = 1) {
            self.path = path
            self.old = old
            self.new = new
            self.count = count
        }
    }

    public struct Output: Codable, Sendable {
        /// The file's canonical workspace-relative path.
        public let path: String
        public let replacements: Int
        public let linesAdded: Int
        public let linesRemoved: Int
        /// The change as a unified diff.
        public let diff: String
    }

    public static let name = ToolName.editFile

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        ["path": ToolTraceRecord.abridge(a.path), "old": ToolTraceRecord.abridge(a.old),
         "new": ToolTraceRecord.abridge(a.new), "count": String(a.count)]
    }

    public static func summary(of o: Output) -> String {
        "edited \(o.path): \(o.replacements) replacement\(o.replacements == 1 ? "" : "s"), +\(o.linesAdded) -\(o.linesRemoved) lines"
    }

    public static func diff(of o: Output) -> String? { o.diff }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        if a.old.isEmpty { throw ToolError.invalid("old is empty; give the exact text to replace (to write a whole file use write_file())") }
        if a.count < 1 { throw ToolError.invalid("count must be 1 or more (the number of occurrences of old to replace), got \(a.count)") }
        if a.old == a.new { throw ToolError.invalid("old and new are the same text; the edit would change nothing") }
        let workspace = context.workspace
        let entry = try workspace.resolve(a.path)
        try workspace.requireWritable(entry, path: a.path)
        guard entry.exists else { throw ToolError(.notFound, "\(a.path): no such file (to create a file use write_file())") }
        let limit = context.limits.maxEditBytes
        guard let before = try workspace.snapshot(entry, path: a.path, limit: limit) else {
            throw ToolError(.notFound, "\(a.path): no such file (to create a file use write_file())")
        }
        guard let old = before.bytes else {
            throw ToolError(.tooLarge, "\(a.path) is \(TextContent.size(Int(before.status.st_size))), larger than edit_file changes (\(TextContent.size(limit)))")
        }
        if let at = TextContent.binaryMarker(old) {
            throw ToolError.invalid("\(a.path) looks like a binary file (a NUL byte at offset \(at)); edit_file edits text files only")
        }
        let needle = Array(a.old.utf8)
        let found = TextContent.occurrences(of: needle, in: old)
        if found.isEmpty {
            throw ToolError.invalid("old text not found in \(a.path); it must match exactly, including whitespace and indentation (read_file() the lines first)")
        }
        if found.count != a.count {
            let times = found.count == 1 ? "once" : "\(found.count) times"
            throw ToolError.invalid("old text occurs \(times) in \(a.path), but count is \(a.count); include more surrounding text to pick the occurrence(s) to change, or pass count=\(found.count) to replace all of them")
        }
        let replacement = Array(a.new.utf8)
        var new: [UInt8] = []
        new.reserveCapacity(old.count + found.count * (replacement.count - needle.count))
        var copied = 0
        for at in found {
            new.append(contentsOf: old[copied..<at])
            new.append(contentsOf: replacement)
            copied = at + needle.count
        }
        new.append(contentsOf: old[copied...])
        let path = entry.relativePath
        let counts = UnifiedDiff.compare(old: old, new: new, path: path)
        let diff = counts.text
        let summary = "edit \(path): \(found.count) replacement\(found.count == 1 ? "" : "s"), +\(counts.added) -\(counts.removed) lines"
        try await context.authorize(PermissionRequest(tool: .editFile, summary: summary, path: path, diff: diff))
        _ = try workspace.commitWrite(new, to: a.path, before: before, limit: limit, faultHook: context.writeFaultHook)
        return Output(path: path, replacements: found.count, linesAdded: counts.added, linesRemoved: counts.removed, diff: diff)
    }
}
