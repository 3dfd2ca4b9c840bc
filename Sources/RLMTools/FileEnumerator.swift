import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files grep and find_files look at, under one folder of the workspace.
///
/// In a git repository git decides: `git ls-files --cached` gives the tracked files and
/// `git ls-files --others --exclude-standard` the untracked ones that are not ignored (by
/// .gitignore files, .git/info/exclude and the user's global excludes). A repository nested inside (reported
/// by git as "dir/") is listed by its own git. Elsewhere the folder is walked: the folders in
/// `DefaultIgnores` are skipped and .gitignore files met on the way are honoured; a folder
/// holding a `.git` is handed to git. Symbolic links are never followed.
struct FileEnumerator {
    let workspace: Workspace

    /// Candidate files, as paths relative to the listed folder, in a stable order.
    struct Listing {
        var paths: [String] = []
        /// True when every path was seen as a regular file by the walk. Paths from git are
        /// not checked (a tracked symlink, a deleted file, a submodule folder may be among
        /// them): whoever opens them checks.
        var verified = true
    }

    /// Most paths git may list before the listing is abandoned for a walk (bytes of output).
    static let maxGitOutput = 512 << 20
    /// Folders deeper than this are not walked (a pathological tree must not exhaust the
    /// stack).
    static let maxWalkDepth = 128

    /// The files under `directory` (open; `relativePath` from the root).
    func list(_ directory: FileDescriptor, relativePath: String) async -> Listing {
        let (first, rest) = await listInParts(directory, relativePath: relativePath)
        guard let rest else { return first }
        var listing = first
        listing.paths.append(contentsOf: await rest.value.paths)
        return listing
    }

    /// The listing in two parts, so a search can start on a repository's tracked files (git
    /// reads them from its index at once) while git is still walking the folder for
    /// untracked ones. Outside git the first part is everything and `rest` is nil.
    func listInParts(_ directory: FileDescriptor, relativePath: String) async -> (first: Listing, rest: Task<Listing, Never>?) {
        let cwd = workspace.absolutePath(relativePath)
        let limit = FileEnumerator.maxGitOutput
        let untracked = Task { await Git.run(["ls-files", "-z", "--others", "--exclude-standard"], in: cwd, limit: limit) }
        guard let trackedOutput = await Git.run(["ls-files", "-z", "--cached"], in: cwd, limit: limit) else {
            untracked.cancel()
            return (await walkListing(directory, relativePath: relativePath), nil)
        }
        let tracked = FileEnumerator.parse(trackedOutput).files
        if tracked.isEmpty {
            // Nothing tracked here: either an untracked or empty folder, or one git ignores
            // as a whole (then it was named on purpose and is searched as a plain folder).
            let others = await untracked.value.map { FileEnumerator.parse($0) }
            if let others, !others.files.isEmpty || !others.nested.isEmpty {
                return (await withNested(Listing(paths: others.files, verified: false), others.nested, relativePath: relativePath), nil)
            }
            return isEmpty(directory) ? (Listing(), nil) : (await walkListing(directory, relativePath: relativePath), nil)
        }
        let rest = Task { [self] () -> Listing in
            guard let output = await untracked.value else { return Listing(paths: [], verified: false) }
            let others = FileEnumerator.parse(output)
            return await withNested(Listing(paths: others.files, verified: false), others.nested, relativePath: relativePath)
        }
        return (Listing(paths: tracked, verified: false), rest)
    }

    /// Paths from `git ls-files -z`: files, and nested repositories (reported as "dir/").
    static func parse(_ output: [UInt8]) -> (files: [String], nested: [String]) {
        var files: [String] = []
        var nested: [String] = []
        var previous: ArraySlice<UInt8>?
        for field in output.split(separator: 0) {
            if field.last == UInt8(ascii: "/") {
                nested.append(String(decoding: field.dropLast(), as: UTF8.self))
                continue
            }
            // A file with merge conflicts is listed once per stage.
            if let previous, previous == field { continue }
            previous = field
            files.append(String(decoding: field, as: UTF8.self))
        }
        return (files, nested)
    }

    /// `listing` plus the files of nested repositories, each listed by its own git.
    private func withNested(_ listing: Listing, _ nested: [String], relativePath: String) async -> Listing {
        guard !nested.isEmpty, let start = try? workspace.openDirectory(relativePath.isEmpty ? "." : relativePath) else { return listing }
        var listing = listing
        for repository in nested {
            guard let fd = openEntry(in: start.descriptor.raw, repository, flags: O_RDONLY | O_DIRECTORY),
                  (try? workspace.requireInside(fd, path: repository)) != nil else { continue }
            let inner = await list(fd, relativePath: join(relativePath, repository))
            if !inner.verified { listing.verified = false }
            listing.paths.append(contentsOf: inner.paths.map { repository + "/" + $0 })
        }
        return listing
    }

    /// A walk of a folder outside git (folders holding a `.git` inside it go to git).
    private func walkListing(_ directory: FileDescriptor, relativePath: String) async -> Listing {
        var paths: [String] = []
        var nested: [String] = []
        walk(directory, prefix: "", depth: 0, ignores: [], into: &paths, nestedRepositories: &nested)
        return await withNested(Listing(paths: paths, verified: true), nested, relativePath: relativePath)
    }

    /// Depth-first walk in name order, applying .gitignore files and the default ignores.
    private func walk(_ directory: FileDescriptor, prefix: String, depth: Int, ignores: [IgnoreFile],
                      into paths: inout [String], nestedRepositories: inout [String]) {
        var entries: [(name: String, kind: EntryKind)] = []
        try? DirectoryReader.forEachEntry(in: directory, path: prefix) { entries.append(($0, $1)) }
        entries.sort { $0.name < $1.name }
        if !prefix.isEmpty && entries.contains(where: { $0.name == ".git" }) {
            nestedRepositories.append(String(prefix.dropLast()))
            return
        }
        var ignores = ignores
        if entries.contains(where: { $0.name == ".gitignore" }),
           let fd = openEntry(in: directory.raw, ".gitignore", flags: O_RDONLY | O_NONBLOCK),
           let status = try? fd.status(), EntryKind(mode: status.st_mode) == .regular,
           let bytes = try? fd.readAll(limit: 1 << 20) {
            ignores.append(IgnoreFile(base: prefix.isEmpty ? "" : String(prefix.dropLast()), text: String(decoding: bytes, as: UTF8.self)))
        }
        for (name, reportedKind) in entries {
            var kind = reportedKind
            if kind == .unknown, let status = statEntry(in: directory.raw, name) { kind = EntryKind(mode: status.st_mode) }
            guard kind == .regular || kind == .directory, name != ".git" else { continue }
            let isDirectory = kind == .directory
            if isDirectory && DefaultIgnores.folders.contains(name) { continue }
            let path = prefix + name
            if isIgnored(path.split(separator: "/"), isDirectory: isDirectory, ignores) { continue }
            if isDirectory {
                guard depth < FileEnumerator.maxWalkDepth,
                      let child = openEntry(in: directory.raw, name, flags: O_RDONLY | O_DIRECTORY) else { continue }
                walk(child, prefix: path + "/", depth: depth + 1, ignores: ignores, into: &paths, nestedRepositories: &nestedRepositories)
            } else {
                paths.append(path)
            }
        }
    }

    /// The deepest .gitignore with a rule for the path decides.
    private func isIgnored(_ path: [Substring], isDirectory: Bool, _ ignores: [IgnoreFile]) -> Bool {
        for file in ignores.reversed() {
            if let verdict = file.verdict(path, isDirectory: isDirectory) { return verdict }
        }
        return false
    }

    private func isEmpty(_ directory: FileDescriptor) -> Bool {
        var any = false
        try? DirectoryReader.forEachEntry(in: directory, path: "") { name, _ in
            if name != ".git" { any = true }
        }
        return !any
    }

    private func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "/" + b }
}
