import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files grep and find_files look at, under one folder of the workspace.
///
/// In a git repository git decides: `git ls-files --cached --others --exclude-standard`
/// gives tracked files and untracked ones that are not ignored (by .gitignore files,
/// .git/info/exclude and the user's global excludes). A repository nested inside (reported
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

    /// The files under `directory` (open; `relativePath` from the root).
    func list(_ directory: FileDescriptor, relativePath: String) async -> Listing {
        if let fromGit = await gitListing(at: relativePath), !fromGit.paths.isEmpty || isEmpty(directory) {
            return fromGit
        }
        var listing = Listing()
        var nested: [String] = []
        walk(directory, prefix: "", ignores: [], into: &listing.paths, nestedRepositories: &nested)
        for repository in nested {
            guard let fd = openEntry(in: directory.raw, repository, flags: O_RDONLY | O_DIRECTORY),
                  (try? workspace.requireInside(fd, path: repository)) != nil else { continue }
            let inner = await list(fd, relativePath: join(relativePath, repository))
            if !inner.verified { listing.verified = false }
            listing.paths.append(contentsOf: inner.paths.map { repository + "/" + $0 })
        }
        return listing
    }

    /// git's view of the folder, or nil when it is not in a repository (or git is missing,
    /// or refuses: a repository owned by someone else, say).
    private func gitListing(at relativePath: String) async -> Listing? {
        let cwd = workspace.absolutePath(relativePath)
        guard let output = await Git.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], in: cwd,
                                          limit: FileEnumerator.maxGitOutput) else { return nil }
        var listing = Listing(paths: [], verified: false)
        var previous: Substring?
        var nested: [String] = []
        for field in output.split(separator: 0) {
            let path = String(decoding: field, as: UTF8.self)
            if path.hasSuffix("/") {
                nested.append(String(path.dropLast()))
                continue
            }
            // A file with merge conflicts is listed once per stage.
            if let previous, previous == path[...] { continue }
            previous = path[...]
            listing.paths.append(path)
        }
        guard let start = try? workspace.openDirectory(relativePath.isEmpty ? "." : relativePath) else { return listing }
        for repository in nested {
            guard let fd = openEntry(in: start.descriptor.raw, repository, flags: O_RDONLY | O_DIRECTORY),
                  (try? workspace.requireInside(fd, path: repository)) != nil else { continue }
            let inner = await list(fd, relativePath: join(relativePath, repository))
            listing.paths.append(contentsOf: inner.paths.map { repository + "/" + $0 })
        }
        return listing
    }

    /// Depth-first walk in name order, applying .gitignore files and the default ignores.
    private func walk(_ directory: FileDescriptor, prefix: String, ignores: [IgnoreFile],
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
            guard kind == .regular || kind == .directory else { continue }
            let isDirectory = kind == .directory
            if isDirectory && DefaultIgnores.folders.contains(name) { continue }
            let path = prefix + name
            if isIgnored(path.split(separator: "/"), isDirectory: isDirectory, ignores) { continue }
            if isDirectory {
                guard let child = openEntry(in: directory.raw, name, flags: O_RDONLY | O_DIRECTORY) else { continue }
                walk(child, prefix: path + "/", ignores: ignores, into: &paths, nestedRepositories: &nestedRepositories)
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
