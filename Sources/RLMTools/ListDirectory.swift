import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ls(path=".")`: the entries of a folder, sorted by name, hidden ones included and no
/// ignore rules applied (it shows what is there). In Python each entry is its name, with a
/// trailing "/" for folders.
public enum ListDirectory: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var path: String
        public init(path: String = ".") { self.path = path }
    }

    public struct Entry: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case file, directory, symlink, other }
        public let name: String
        public let kind: Kind
        /// Size in bytes (files only).
        public let size: Int?

        /// The name with "/" after folders, as Python's ls() returns it.
        public var display: String { kind == .directory ? name + "/" : name }
    }

    public struct Output: Codable, Sendable {
        /// The folder's canonical workspace-relative path ("" for the root).
        public let path: String
        public let entries: [Entry]
    }

    public static let name = ToolName.ls

    public static func traceArguments(_ a: Arguments) -> [String: String] { ["path": ToolTraceRecord.abridge(a.path)] }

    public static func summary(of o: Output) -> String {
        "\(o.entries.count) entr\(o.entries.count == 1 ? "y" : "ies") in \(o.path.isEmpty ? "." : o.path)"
    }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        let (directory, relative) = try context.workspace.openDirectory(a.path)
        try await context.authorize(PermissionRequest(tool: .ls, summary: "list \(relative.isEmpty ? "." : relative)", path: relative))
        var entries: [Entry] = []
        try DirectoryReader.forEachEntry(in: directory, path: a.path) { name, kind in
            var kind = kind
            var status: stat?
            if kind == .unknown || kind == .regular { status = statEntry(in: directory.raw, name) }
            if let s = status { kind = EntryKind(mode: s.st_mode) }
            switch kind {
            case .regular: entries.append(Entry(name: name, kind: .file, size: status.map { Int($0.st_size) }))
            case .directory: entries.append(Entry(name: name, kind: .directory, size: nil))
            case .symlink: entries.append(Entry(name: name, kind: .symlink, size: nil))
            default: entries.append(Entry(name: name, kind: .other, size: nil))
            }
        }
        entries.sort { $0.name < $1.name }
        return Output(path: relative, entries: entries)
    }
}

/// Reads directory entries through an open descriptor (never by path).
enum DirectoryReader {
    /// Calls `body` with each entry's name and the type readdir reports (`.unknown` when the
    /// file system does not say), skipping "." and "..".
    static func forEachEntry(in directory: FileDescriptor, path: String, _ body: (String, EntryKind) throws -> Void) throws {
        // fdopendir takes ownership of the descriptor it is given: give it a duplicate.
        let fd = dup(directory.raw)
        guard fd >= 0, let stream = fdopendir(fd) else {
            let code = errno
            if fd >= 0 { close(fd) }
            throw ToolError.system(code, path: path, doing: "listing")
        }
        defer { closedir(stream) }
        rewinddir(stream)
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            try body(name, kind(of: entry.pointee.d_type))
        }
    }

    private static func kind(of type: UInt8) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_REG): return .regular
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symlink
        case Int32(DT_FIFO): return .fifo
        case Int32(DT_CHR): return .characterDevice
        case Int32(DT_BLK): return .blockDevice
        case Int32(DT_SOCK): return .socket
        default: return .unknown
        }
    }
}
