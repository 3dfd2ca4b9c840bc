import Foundation
import RLMInterpreter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `grep(pattern, path=".", glob=None, ignore_case=False, max_results=1000)`: the lines of
/// workspace files that a regular expression matches, as (path, line number, line).
///
/// The pattern is Python `re` syntax on the same engine (PCRE2) as the sandbox's `re`
/// module; a line matches when `re.search(pattern, line)` would. `path` may be a folder
/// (searched recursively with the ignore rules of FileEnumerator) or a file (searched even if
/// ignored). `glob` keeps only files whose name (or, for a glob with "/", whose path below
/// `path`) matches. Binary files are skipped. Line numbers are 1-based; paths are relative to
/// the workspace root. At most `max_results` matches come back (the first ones, by path and
/// line); `truncated` says when there were more.
public enum Grep: WorkspaceTool {
    public struct Arguments: Codable, Sendable {
        public var pattern: String
        public var path: String
        public var glob: String?
        public var ignoreCase: Bool
        public var maxResults: Int

        public init(pattern: String, path: String = ".", glob: String? = nil, ignoreCase: Bool = false, maxResults: Int = 1000) {
            self.pattern = pattern
            self.path = path
            self.glob = glob
            self.ignoreCase = ignoreCase
            self.maxResults = maxResults
        }
    }

    public struct Match: Codable, Sendable, Equatable {
        /// Workspace-relative path.
        public let path: String
        /// 1-based line number.
        public let line: Int
        /// The line, without its line ending (very long lines are cut, with a marker).
        public let text: String

        public init(path: String, line: Int, text: String) {
            self.path = path
            self.line = line
            self.text = text
        }
    }

    public struct Output: Codable, Sendable {
        public let matches: [Match]
        /// There were more than `maxResults` matches.
        public let truncated: Bool
        public let filesSearched: Int
        public let binaryFilesSkipped: Int
    }

    public static let name = ToolName.grep

    public static func traceArguments(_ a: Arguments) -> [String: String] {
        var out = ["pattern": ToolTraceRecord.abridge(a.pattern), "path": ToolTraceRecord.abridge(a.path)]
        if let glob = a.glob { out["glob"] = ToolTraceRecord.abridge(glob) }
        if a.ignoreCase { out["ignore_case"] = "True" }
        if a.maxResults != 1000 { out["max_results"] = String(a.maxResults) }
        return out
    }

    public static func summary(of o: Output) -> String {
        // Matches are grouped by file: count the changes of path.
        let files = o.matches.isEmpty ? 0 : 1 + zip(o.matches, o.matches.dropFirst()).reduce(0) { $0 + ($1.0.path == $1.1.path ? 0 : 1) }
        return "\(o.matches.count)\(o.truncated ? "+" : "") match\(o.matches.count == 1 ? "" : "es") in \(files) file\(files == 1 ? "" : "s") (\(o.filesSearched) searched)"
    }

    public static func execute(_ a: Arguments, in context: ToolContext) async throws -> Output {
        guard a.maxResults >= 1 else { throw ToolError.invalid("max_results must be 1 or more, got \(a.maxResults)") }
        do {
            _ = try LineSearcher(pattern: a.pattern, ignoreCase: a.ignoreCase)
        } catch let error as RegexError {
            throw ToolError.invalid("invalid pattern \(pythonQuoted(a.pattern)): \(error.description)")
        }
        let glob = try a.glob.map { try FindFiles.makeGlob($0) }
        let workspace = context.workspace
        let entry = try workspace.resolve(a.path)
        guard let kind = entry.kind else { throw ToolError(.notFound, "\(a.path): no such file or directory") }
        let shown = entry.relativePath.isEmpty ? "." : entry.relativePath
        try await context.authorize(PermissionRequest(tool: .grep, summary: "search \(shown) for \(pythonQuoted(a.pattern))", path: entry.relativePath))

        var search = Search(arguments: a, workspace: workspace, limits: context.limits)
        if kind == .directory {
            let (directory, relative) = try workspace.openDirectory(a.path)
            try await search.folder(directory, relativePath: relative, glob: glob)
        } else {
            try workspace.requireRegularFile(entry, path: a.path)
            let parentPath = entry.relativePath.split(separator: "/").dropLast().joined(separator: "/")
            try await search.files(in: entry.parent, relativePath: parentPath, paths: [entry.name])
        }
        // Listings are in path order already (git's index is sorted, walks go in name order);
        // untracked files and submodules come after, so sort only when needed.
        var matches = search.matches
        let inOrder = zip(matches, matches.dropFirst()).allSatisfy { a, b in
            a.path == b.path ? a.line < b.line : a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
        if !inOrder {
            matches.sort { $0.path == $1.path ? $0.line < $1.line : $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        }
        return Output(matches: matches, truncated: search.truncated, filesSearched: search.filesSearched,
                      binaryFilesSkipped: search.binaryFiles)
    }

    /// Accumulates results over the folders one call searches (a repository's submodules are
    /// listed and searched after it).
    private struct Search {
        let arguments: Arguments
        let workspace: Workspace
        let limits: ToolLimits
        var matches: [Match] = []
        var truncated = false
        var filesSearched = 0
        var binaryFiles = 0

        init(arguments: Arguments, workspace: Workspace, limits: ToolLimits) {
            self.arguments = arguments
            self.workspace = workspace
            self.limits = limits
        }

        /// Searches a folder's files; `globPrefix` is the folder's path below the searched one
        /// (a glob with "/" matches paths from there).
        mutating func folder(_ directory: FileDescriptor, relativePath: String, glob: Glob?, globPrefix: String = "") async throws {
            let (first, rest) = await FileEnumerator(workspace: workspace).listInParts(directory, relativePath: relativePath)
            func selected(_ listing: FileEnumerator.Listing) -> [String] {
                glob.map { g in listing.paths.filter { FindFiles.matches(g, globPrefix + $0) } } ?? listing.paths
            }
            // Tracked files are searched while git still looks for untracked ones.
            var folders = try await files(in: directory, relativePath: relativePath, paths: selected(first))
            if let rest {
                let more = await rest.value
                folders += try await files(in: directory, relativePath: relativePath, paths: selected(more))
            }
            for folder in folders where !truncated {
                guard let fd = openEntry(in: directory.raw, folder, flags: O_RDONLY | O_DIRECTORY),
                      (try? workspace.requireInside(fd, path: folder)) != nil else { continue }
                try await self.folder(fd, relativePath: join(relativePath, folder), glob: glob, globPrefix: globPrefix + folder + "/")
            }
        }

        /// Searches `paths` (relative to `directory`); returns the ones that were folders.
        @discardableResult
        mutating func files(in directory: FileDescriptor, relativePath: String, paths: [String]) async throws -> [String] {
            let remaining = arguments.maxResults - matches.count
            guard remaining > 0 else { truncated = true; return [] }
            let grep = ParallelGrep(workspace: workspace, directory: directory, directoryPath: relativePath, paths: paths,
                                    pattern: arguments.pattern,
                                    ignoreCase: arguments.ignoreCase, maxResults: remaining,
                                    maxLineBytes: limits.maxGrepLineBytes, threads: limits.grepThreads)
            let outcome: ParallelGrep.Outcome
            do {
                outcome = try await grep.run()
            } catch is RegexLimitError {
                throw ToolError.invalid("the pattern \(pythonQuoted(arguments.pattern)) hit the regex engine's backtracking limit (catastrophic backtracking?); simplify it")
            }
            matches.append(contentsOf: outcome.matches)
            truncated = truncated || outcome.truncated
            filesSearched += outcome.filesSearched
            binaryFiles += outcome.binaryFiles
            return outcome.folders
        }

        private func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "/" + b }
    }
}
