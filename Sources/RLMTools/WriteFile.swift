import Foundation

/// `write_file(path, content)`: creates or replaces a text file, atomically (see
/// `AtomicWriter`), creating its folders inside the workspace. Returns what changed.
public enum WriteFile: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var path: String
        public var content: String

        public init(path: String, content: String) {
            self.path = path
            self.content = content
        }
    }

    public struct Output: Codable, Sendable {
        /// The file's canonical workspace-relative path.
        public let path: String
        /// The file did not exist before.
        public let created: Bool
        /// The file already had exactly this content (nothing was written).
        public let unchanged: Bool
        public let bytesWritten: Int
        public let lines: Int
        /// The old file's size, when there was one.
        public let previousBytes: Int?
        public let linesAdded: Int
        public let linesRemoved: Int
        /// The change as a unified diff (nil when the old file was too large to diff).
        public let diff: String?

        /// The line the sandboxed program gets back.
        public var message: String {
            if unchanged { return "\(path) unchanged (it already had this content)" }
            if created { return "created \(path) (\(TextContent.lines(lines)), \(TextContent.size(bytesWritten)))" }
            let size = "\(TextContent.size(previousBytes ?? 0)) -> \(TextContent.size(bytesWritten))"
            if diff == nil { return "replaced \(path) (\(size))" }
            return "updated \(path): +\(linesAdded) -\(linesRemoved) lines (\(size))"
        }
    }

    public static let name = ToolName.writeFile

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        ["path": ToolTraceRecord.abridge(a.path), "content": ToolTraceRecord.abridge(a.content)]
    }

    public static func summary(of o: Output) -> String { o.message }
    public static func diff(of o: Output) -> String? { o.diff }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        let workspace = context.workspace
        let entry = try workspace.resolve(a.path, missingFolders: .allow)
        try workspace.requireWritable(entry, path: a.path)
        if entry.name == "." { throw ToolError(.isADirectory, "\(a.path) is a directory; give the path of a file to write") }
        let before = try workspace.snapshot(entry, path: a.path, limit: context.limits.maxEditBytes)
        let new = Array(a.content.utf8)
        let path = entry.relativePath
        let old = before?.bytes
        if let old, old == new {
            try await context.authorize(PermissionRequest(tool: .writeFile, summary: "write \(path) (no change)", path: path))
            return Output(path: path, created: false, unchanged: true, bytesWritten: 0, lines: TextContent.lineCount(new),
                          previousBytes: old.count, linesAdded: 0, linesRemoved: 0, diff: "")
        }
        // No diff against an old file too large to have been read.
        let comparison = before == nil || old != nil
            ? UnifiedDiff.compare(old: old ?? [], new: new, path: path, oldExists: before != nil) : nil
        let diff = comparison?.text
        let counts = (added: comparison?.added ?? 0, removed: comparison?.removed ?? 0)
        var summary = before == nil
            ? "create \(path) (\(TextContent.lines(TextContent.lineCount(new))), \(TextContent.size(new.count)))"
            : "overwrite \(path) (+\(counts.added) -\(counts.removed) lines, \(TextContent.size(new.count)))"
        if !entry.missingFolders.isEmpty { summary += ", creating the folder \(entry.missingFolders.joined(separator: "/"))" }
        try await context.authorize(PermissionRequest(tool: .writeFile, summary: summary, path: path, diff: diff))
        _ = try workspace.commitWrite(new, to: a.path, before: before, limit: context.limits.maxEditBytes,
                                      faultHook: context.writeFaultHook)
        return Output(path: path, created: before == nil, unchanged: false, bytesWritten: new.count,
                      lines: TextContent.lineCount(new), previousBytes: before.map { Int($0.status.st_size) },
                      linesAdded: counts.added, linesRemoved: counts.removed, diff: diff)
    }
}
