import Foundation

/// `read_file(path, offset=None, limit=None)`: the text of a file, or of a range of its lines.
///
/// `offset` is the 1-based number of the first line to return (grep's line numbers can be
/// passed straight in); `limit` is how many lines. Without them the whole file is returned,
/// if it is at most `ToolLimits.maxReadBytes`. Binary files (a NUL byte in the first 8000
/// bytes) are refused. Text is decoded as UTF-8; invalid bytes become U+FFFD.
public enum ReadFile: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var path: String
        /// First line to return, 1-based.
        public var offset: Int?
        /// Number of lines to return.
        public var limit: Int?

        public init(path: String, offset: Int? = nil, limit: Int? = nil) {
            self.path = path
            self.offset = offset
            self.limit = limit
        }
    }

    public struct Output: Codable, Sendable {
        /// The file's canonical workspace-relative path.
        public let path: String
        /// The lines read, each with its line terminator as in the file.
        public let text: String
        /// The 1-based number of the first line in `text`.
        public let firstLine: Int
        /// Lines in `text`.
        public let lineCount: Int
        /// Lines in the whole file, when the read went to its end.
        public let totalLines: Int?
        /// The file's size in bytes.
        public let fileSize: Int
    }

    public static let name = ToolName.readFile

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        var out = ["path": ToolTraceRecord.abridge(a.path)]
        if let offset = a.offset { out["offset"] = String(offset) }
        if let limit = a.limit { out["limit"] = String(limit) }
        return out
    }

    public static func summary(of o: Output) -> String {
        let range = o.lineCount == 0 ? "no lines" : "lines \(o.firstLine)-\(o.firstLine + o.lineCount - 1)"
        return "read \(o.path): \(range) (\(TextContent.size(o.text.utf8.count)))"
    }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        if let offset = a.offset, offset < 1 {
            throw ToolError.invalid("offset is a 1-based line number (the first line is 1), got \(offset)")
        }
        if let limit = a.limit, limit < 0 { throw ToolError.invalid("limit must be 0 or more lines, got \(limit)") }
        let file = try context.workspace.openFile(a.path)
        try await context.authorize(PermissionRequest(tool: .readFile, summary: "read \(file.relativePath)", path: file.relativePath))
        let cap = context.limits.maxReadBytes
        if a.offset == nil && a.limit == nil {
            guard file.size <= cap, let bytes = try file.descriptor.readAll(limit: cap) else {
                throw ToolError(.tooLarge, "\(a.path) is \(TextContent.size(max(file.size, cap + 1))), more than read_file returns at once (\(TextContent.size(cap))); read it in parts with offset and limit (1-based line numbers), e.g. read_file(\(pythonQuoted(a.path)), offset=1, limit=1000), or search it with grep()")
            }
            try refuseBinary(bytes, path: a.path)
            let lines = TextContent.lineCount(bytes)
            return Output(path: file.relativePath, text: String(decoding: bytes, as: UTF8.self), firstLine: 1,
                          lineCount: lines, totalLines: lines, fileSize: bytes.count)
        }
        return try readRange(file, path: a.path, first: a.offset ?? 1, limit: a.limit, cap: cap)
    }

    /// Streams through the file to the requested lines, keeping only those.
    private static func readRange(_ file: OpenedFile, path: String, first: Int, limit: Int?, cap: Int) throws -> Output {
        var kept: [UInt8] = []
        var line = 1          // number of the line the next byte belongs to
        var keptLines = 0
        var sniffed = false
        var lastByte: UInt8?
        let wanted = limit ?? Int.max
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        reading: while keptLines < wanted {
            let n = chunk.withUnsafeMutableBytes { file.descriptor.read(into: $0.baseAddress!, count: $0.count) }
            if n < 0 { throw ToolError.system(errno, path: path, doing: "reading") }
            if n == 0 { break }
            if !sniffed {
                sniffed = true
                try refuseBinary(Array(chunk[0..<n]), path: path)
            }
            lastByte = chunk[n - 1]
            var start = 0
            while start < n {
                let end = chunk[start..<n].firstIndex(of: 0x0A).map { $0 + 1 } ?? n
                let complete = chunk[end - 1] == 0x0A
                if line >= first {
                    kept.append(contentsOf: chunk[start..<end])
                    if kept.count > cap {
                        throw ToolError(.tooLarge, "lines \(first)-\(first + keptLines) of \(path) are more than read_file returns at once (\(TextContent.size(cap))); ask for fewer lines with limit")
                    }
                }
                if complete {
                    if line >= first { keptLines += 1 }
                    line += 1
                    if keptLines >= wanted { break reading }
                }
                start = end
            }
        }
        // A last line without a newline is still a line.
        let atEnd = keptLines < wanted
        if atEnd, let lastByte, lastByte != 0x0A {
            if line >= first { keptLines += 1 }
            line += 1
        }
        let total = atEnd ? line - 1 : nil
        if let total, first > max(total, 1) {
            throw ToolError.invalid("offset \(first) is past the end of \(path), which has \(TextContent.lines(total))")
        }
        return Output(path: file.relativePath, text: String(decoding: kept, as: UTF8.self), firstLine: first,
                      lineCount: keptLines, totalLines: total, fileSize: file.size)
    }

    static func refuseBinary(_ bytes: [UInt8], path: String) throws {
        if let at = TextContent.binaryMarker(bytes) {
            throw ToolError.invalid("\(path) looks like a binary file (a NUL byte at offset \(at)); read_file reads text files only")
        }
    }
}

/// A string as a Python literal in single quotes, for examples in messages.
func pythonQuoted(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
}
