import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `find_files(pattern, path=".")`: workspace files whose name or path matches a glob, with
/// the same ignore rules as grep. A pattern without "/" matches file names at any depth
/// (`*.py` finds every Python file); a pattern with "/" matches paths below `path`
/// (`src/**/*.swift`, `docs/*.md`). See Glob for the syntax. Only files are listed (use ls()
/// for folders); symbolic links are not followed. Paths are relative to the workspace root,
/// sorted.
public enum FindFiles: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var pattern: String
        public var path: String

        public init(pattern: String, path: String = ".") {
            self.pattern = pattern
            self.path = path
        }
    }

    public struct Output: Codable, Sendable {
        public let paths: [String]
    }

    public static let name = ToolName.findFiles

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        ["pattern": ToolTraceRecord.abridge(a.pattern), "path": ToolTraceRecord.abridge(a.path)]
    }

    public static func summary(of o: Output) -> String { "\(o.paths.count) file\(o.paths.count == 1 ? "" : "s")" }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        let glob = try makeGlob(a.pattern)
        let (directory, relative) = try context.workspace.openDirectory(a.path)
        try await context.authorize(PermissionRequest(
            tool: .findFiles, summary: "find \(pythonQuoted(a.pattern)) in \(relative.isEmpty ? "." : relative)", path: relative))
        var found: [String] = []
        await collect(in: directory, relativePath: relative, glob: glob, prefix: "", workspace: context.workspace, into: &found)
        found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return Output(paths: found)
    }

    private static func collect(in directory: FileDescriptor, relativePath: String, glob: Glob, prefix: String,
                                workspace: Workspace, into found: inout [String]) async {
        let listing = await FileEnumerator(workspace: workspace).list(directory, relativePath: relativePath)
        var folders: [String] = []
        for path in listing.paths {
            if !listing.verified {
                // git lists tracked symlinks, deleted files and submodule folders too.
                guard let status = statEntry(in: directory.raw, path) else { continue }
                let kind = EntryKind(mode: status.st_mode)
                if kind == .directory { folders.append(path); continue }
                guard kind == .regular else { continue }
            }
            if matches(glob, prefix + path) {
                found.append(relativePath.isEmpty ? path : relativePath + "/" + path)
            }
        }
        for folder in folders {
            guard let fd = openEntry(in: directory.raw, folder, flags: O_RDONLY | O_DIRECTORY),
                  (try? workspace.requireInside(fd, path: folder)) != nil else { continue }
            let inner = relativePath.isEmpty ? folder : relativePath + "/" + folder
            await collect(in: fd, relativePath: inner, glob: glob, prefix: prefix + folder + "/", workspace: workspace, into: &found)
        }
    }

    /// A glob from a tool argument (a leading "./" means the searched folder).
    static func makeGlob(_ pattern: String) throws -> Glob {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.isEmpty { throw ToolError.invalid("the glob pattern is empty (use '*' for every file)") }
        if text.utf8.contains(0) { throw ToolError.invalid("embedded null byte in the glob pattern") }
        return try Glob(text)
    }

    /// Whether a path (relative to the searched folder) matches: by name, or by path for a
    /// glob with "/".
    static func matches(_ glob: Glob, _ path: String) -> Bool {
        if glob.matchesPaths { return glob.matches(path) }
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        return glob.matchesName(name)
    }
}
