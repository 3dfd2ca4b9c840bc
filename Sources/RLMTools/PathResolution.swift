import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path led: the directory that holds the entry (open, inside the root) and the
/// entry's name in it. The entry itself may not exist (a file about to be written).
struct ResolvedEntry {
    /// The directory holding the entry. When `foldersMissing` is set it is the deepest folder
    /// of the path that exists, and the entry would live below folders still to be made.
    let parent: FileDescriptor
    /// The entry's name in `parent`; "." when the path names a directory the walk opened.
    let name: String
    /// The canonical path from the root, links resolved ("" for the root itself).
    let relativePath: String
    /// The entry's status (never following a link: links on the path are already resolved);
    /// nil when it does not exist.
    let status: stat?
    /// Folders between `parent` and the entry that do not exist (only with `.allow`).
    let missingFolders: [String]

    var exists: Bool { status != nil }
    var kind: EntryKind? { status.map { EntryKind(mode: $0.st_mode) } }
}

/// What to do about folders on a path that do not exist.
enum MissingFolders {
    /// FileNotFoundError naming the first missing folder.
    case fail
    /// Report them (`ResolvedEntry.missingFolders`): a preview of a write.
    case allow
    /// Create them (inside the root, like `mkdir -p`).
    case create
}

/// A file opened for reading, with the facts the tools need about it.
struct OpenedFile {
    let descriptor: FileDescriptor
    let relativePath: String
    let status: stat
    var size: Int { Int(status.st_size) }
}

extension Workspace {
    /// Checks the parts of a path that need no file system: NUL bytes, length, emptiness.
    func validate(_ path: String) throws {
        if path.isEmpty { throw ToolError.invalid("the path is empty; use '.' for the workspace root") }
        if path.utf8.contains(0) { throw ToolError.invalid("embedded null byte in path \(quoted(path))") }
        let bytes = path.utf8.count
        if bytes > Workspace.maxPathBytes {
            throw ToolError.invalid("path is too long (\(bytes) bytes; the limit is \(Workspace.maxPathBytes))")
        }
        for part in path.split(separator: "/") where part.utf8.count > Workspace.maxNameBytes {
            throw ToolError.invalid("file name too long (\(part.utf8.count) bytes; the limit is \(Workspace.maxNameBytes)): \(quoted(String(part.prefix(40))))…")
        }
    }

    /// Resolves `path` (relative to the root, or absolute inside it), following every symbolic
    /// link, without ever leaving the root. See the type's documentation for the method.
    func resolve(_ path: String, missingFolders: MissingFolders = .fail) throws -> ResolvedEntry {
        try validate(path)
        var start = path
        if path.hasPrefix("/") {
            guard let relative = relativeToRoot(Workspace.lexicallyNormalized(path)) ?? relativeToRoot(path) else {
                throw ToolError.denied("\(path) is outside the workspace (\(root)); every path must stay inside the workspace root")
            }
            start = relative
        }

        // The open directories from the root down; nil descriptors are folders that do not
        // exist yet (only with `.allow`).
        var levels: [(fd: FileDescriptor?, name: String)] = [(rootDescriptor, "")]
        // Components still to walk, last first, so a link's target can be pushed in front.
        var pending: [String] = start.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init)
        var hops = 0
        var races = 0
        var link: String?

        func currentPath(_ name: String? = nil) -> String {
            (levels.dropFirst().map(\.name) + (name.map { [$0] } ?? [])).joined(separator: "/")
        }

        while let component = pending.popLast() {
            if component == "." { continue }
            if component == ".." {
                guard levels.count > 1 else {
                    if let link {
                        throw ToolError.denied("\(path): the symbolic link \(quoted(link)) points outside the workspace; links may only lead to places inside it")
                    }
                    throw ToolError.denied("\(path) climbs out of the workspace with '..'; every path must stay inside the workspace root")
                }
                levels.removeLast()
                continue
            }
            let isLast = pending.allSatisfy { $0 == "." }
            guard let directory = levels.last!.fd else {
                // Below a folder that does not exist: nothing to look at, only names to record.
                levels.append((nil, component))
                if isLast { return missingEntry(levels: levels) }
                continue
            }
            guard let status = statEntry(in: directory.raw, component) else {
                let code = errno
                guard code == ENOENT else { throw ToolError.system(code, path: path, doing: "looking up \(quoted(currentPath(component)))") }
                if isLast {
                    return ResolvedEntry(parent: directory, name: component, relativePath: currentPath(component), status: nil, missingFolders: [])
                }
                switch missingFolders {
                case .fail:
                    throw ToolError(.notFound, "\(path): no such file or directory (the folder \(quoted(currentPath(component))) does not exist)")
                case .allow:
                    levels.append((nil, component))
                case .create:
                    if mkdirat(directory.raw, component, 0o777) != 0 && errno != EEXIST {
                        throw ToolError.system(errno, path: path, doing: "creating the folder \(quoted(currentPath(component)))")
                    }
                    pending.append(component)
                }
                continue
            }
            let kind = EntryKind(mode: status.st_mode)
            if kind == .symlink {
                hops += 1
                let here = currentPath(component)
                if hops > Workspace.maxLinkHops {
                    throw ToolError.denied("\(path): too many levels of symbolic links (a link loop at \(quoted(here))?)")
                }
                guard let target = readLink(in: directory.raw, component) else {
                    if errno == EINVAL { pending.append(component); continue } // no longer a link
                    throw ToolError.system(errno, path: path, doing: "reading the link \(quoted(here))")
                }
                link = here
                var targetParts = target
                if target.hasPrefix("/") {
                    guard let inside = relativeToRoot(Workspace.lexicallyNormalized(target)) ?? relativeToRoot(target) else {
                        throw ToolError.denied("\(path): \(quoted(here)) is a symbolic link to \(target), outside the workspace; links may only lead to places inside it")
                    }
                    levels.removeSubrange(1...)
                    targetParts = inside
                }
                pending.append(contentsOf: targetParts.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init))
                continue
            }
            if isLast {
                return ResolvedEntry(parent: directory, name: component, relativePath: currentPath(component), status: status, missingFolders: [])
            }
            guard kind == .directory else {
                throw ToolError(.notADirectory, "\(path): \(quoted(currentPath(component))) is \(kind.noun), not a directory")
            }
            raceHook?(.folderChecked(currentPath(component)))
            guard let opened = openEntry(in: directory.raw, component, flags: O_RDONLY | O_DIRECTORY) else {
                let code = errno
                // Swapped for a link or a file since the stat: look at it again (a few times).
                if (code == ELOOP || code == ENOTDIR || code == ENOENT) && races < 8 {
                    races += 1
                    pending.append(component)
                    continue
                }
                throw ToolError.system(code, path: path, doing: "opening the folder \(quoted(currentPath(component)))")
            }
            levels.append((opened, component))
        }
        // The path ended on a directory the walk itself reached ("", ".", "a/..", "a/b/").
        guard let directory = levels.last!.fd else { return missingEntry(levels: levels) }
        return ResolvedEntry(parent: directory, name: ".", relativePath: currentPath(), status: try directory.status(), missingFolders: [])
    }

    /// The entry for a path whose folders do not all exist (`.allow` mode).
    private func missingEntry(levels: [(fd: FileDescriptor?, name: String)]) -> ResolvedEntry {
        let existing = levels.lastIndex { $0.fd != nil }!
        let names = levels.dropFirst().map(\.name)
        let missing = levels[(existing + 1)...].map(\.name)
        return ResolvedEntry(parent: levels[existing].fd!, name: missing.last!, relativePath: names.joined(separator: "/"),
                             status: nil, missingFolders: Array(missing.dropLast()))
    }

    /// Opens an existing regular file for reading. Directories, FIFOs, devices and sockets are
    /// refused before anything is opened; a FIFO or device swapped in afterwards cannot block
    /// (`O_NONBLOCK`) and is refused by the check on the opened descriptor.
    func openFile(_ path: String) throws -> OpenedFile {
        let entry = try resolve(path)
        guard let status = entry.status else {
            throw ToolError(.notFound, "\(path): no such file")
        }
        try requireRegularFile(entry, path: path)
        raceHook?(.fileChecked(entry.relativePath))
        guard let fd = openEntry(in: entry.parent.raw, entry.name, flags: O_RDONLY | O_NONBLOCK) else {
            let code = errno
            if code == ELOOP { throw ToolError.denied("\(path) was replaced by a symbolic link while being opened") }
            throw ToolError.system(code, path: path, doing: "opening")
        }
        let opened = try fd.status()
        guard EntryKind(mode: opened.st_mode) == .regular, opened.st_ino == status.st_ino, opened.st_dev == status.st_dev else {
            throw ToolError.denied("\(path) changed while being opened (now \(EntryKind(mode: opened.st_mode).noun)); try again")
        }
        try requireInside(fd, path: path)
        return OpenedFile(descriptor: fd, relativePath: entry.relativePath, status: opened)
    }

    /// Opens an existing directory (for listing and searching).
    func openDirectory(_ path: String) throws -> (descriptor: FileDescriptor, relativePath: String) {
        let entry = try resolve(path)
        guard let kind = entry.kind else { throw ToolError(.notFound, "\(path): no such file or directory") }
        guard kind == .directory else {
            throw ToolError(.notADirectory, "\(path) is \(kind.noun), not a directory")
        }
        let fd: FileDescriptor
        if entry.name == "." {
            guard let again = openEntry(in: entry.parent.raw, ".", flags: O_RDONLY | O_DIRECTORY) else {
                throw ToolError.system(errno, path: path, doing: "opening")
            }
            fd = again
        } else {
            guard let opened = openEntry(in: entry.parent.raw, entry.name, flags: O_RDONLY | O_DIRECTORY) else {
                let code = errno
                if code == ELOOP { throw ToolError.denied("\(path) was replaced by a symbolic link while being opened") }
                throw ToolError.system(code, path: path, doing: "opening")
            }
            fd = opened
        }
        try requireInside(fd, path: path)
        return (fd, entry.relativePath)
    }

    /// Refuses anything but a regular file, naming what it is.
    func requireRegularFile(_ entry: ResolvedEntry, path: String) throws {
        guard let kind = entry.kind else { throw ToolError(.notFound, "\(path): no such file") }
        switch kind {
        case .regular: return
        case .directory:
            throw ToolError(.isADirectory, "\(path) is a directory; use ls() to list it, or grep() / find_files() to search it")
        default:
            throw ToolError.denied("\(path) is \(kind.noun), not a regular file; the workspace tools only read and write regular files")
        }
    }

    /// The last line of defence: the kernel's own path for an opened descriptor must lie in
    /// the root (it would not if a folder on the way was moved out while we held it).
    func requireInside(_ fd: FileDescriptor, path: String) throws {
        guard let real = fd.kernelPath() else { return }
        guard containsCanonical(real) else {
            throw ToolError.denied("\(path) resolves to \(real), outside the workspace; every path must stay inside the workspace root")
        }
    }
}

/// A path in single quotes for messages, as Python's repr would show a simple string.
func quoted(_ s: String) -> String { "'" + s + "'" }
