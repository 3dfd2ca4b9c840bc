import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as it was when a change to it was prepared: what the permission request showed,
/// and what must still be there when the change is committed.
struct FileSnapshot {
    let status: stat
    /// The contents, unless the file is larger than the tool reads (then only the status is
    /// compared at commit time).
    let bytes: [UInt8]?

    /// Whether `other` (taken later) shows the same file with the same contents.
    func matches(_ other: FileSnapshot) -> Bool {
        guard status.st_ino == other.status.st_ino, status.st_dev == other.status.st_dev,
              status.st_size == other.status.st_size else { return false }
        if let bytes, let now = other.bytes { return bytes == now }
        return FileSnapshot.modified(status) == FileSnapshot.modified(other.status)
    }

    static func modified(_ s: stat) -> [Int] {
        #if canImport(Darwin)
        return [Int(s.st_mtimespec.tv_sec), Int(s.st_mtimespec.tv_nsec)]
        #else
        return [Int(s.st_mtim.tv_sec), Int(s.st_mtim.tv_nsec)]
        #endif
    }
}

extension Workspace {
    /// Files inside a `.git` folder are never written: a hook or a config entry there would
    /// let sandboxed code run outside the sandbox the next time someone uses git.
    func requireWritable(_ entry: ResolvedEntry, path: String) throws {
        let parts = entry.relativePath.split(separator: "/")
        if parts.contains(where: { $0 == ".git" }) {
            throw ToolError.denied("\(path) is inside a .git folder, which the workspace tools never write (git hooks and config there would run code outside the sandbox)")
        }
    }

    /// Reads the file an entry names, if it exists (a regular file, read through the entry's
    /// folder without following links). `limit`: larger files are snapshotted without bytes.
    func snapshot(_ entry: ResolvedEntry, path: String, limit: Int) throws -> FileSnapshot? {
        guard entry.exists, entry.missingFolders.isEmpty else { return nil }
        try requireRegularFile(entry, path: path)
        guard let fd = openEntry(in: entry.parent.raw, entry.name, flags: O_RDONLY | O_NONBLOCK) else {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw ToolError.denied("\(path) was replaced by a symbolic link while being opened") }
            throw ToolError.system(errno, path: path, doing: "opening")
        }
        let status = try fd.status()
        guard EntryKind(mode: status.st_mode) == .regular else {
            throw ToolError.denied("\(path) changed while being opened (now \(EntryKind(mode: status.st_mode).noun)); try again")
        }
        try requireInside(fd, path: path)
        let bytes = Int(status.st_size) <= limit ? try fd.readAll(limit: limit) : nil
        return FileSnapshot(status: status, bytes: bytes)
    }

    /// Writes `bytes` to `path` atomically after permission was given for the change
    /// previewed from `before`: folders are created, and the file must still be as it was.
    func commitWrite(_ bytes: [UInt8], to path: String, before: FileSnapshot?, limit: Int,
                     faultHook: (@Sendable (Int) throws -> Void)?) throws -> ResolvedEntry {
        let entry = try resolve(path, missingFolders: .create)
        try requireWritable(entry, path: path)
        let now = try snapshot(entry, path: path, limit: limit)
        switch (before, now) {
        case (nil, nil):
            break
        case (nil, .some):
            throw ToolError(.conflict, "\(path) was created by someone else while waiting for permission; nothing was written. Read it and try again")
        case (.some, nil):
            throw ToolError(.conflict, "\(path) was deleted while waiting for permission; nothing was written. Try again")
        case (.some(let old), .some(let current)):
            guard old.matches(current) else {
                throw ToolError(.conflict, "\(path) changed while waiting for permission; nothing was written. Read it again and retry")
            }
        }
        raceHook?(.beforeWrite(entry.relativePath))
        // The folder the file goes in must still be inside the root (it would not be if it
        // had been moved out since the walk opened it).
        try requireInside(entry.parent, path: path)
        try AtomicWriter(faultHook: faultHook).write(bytes, to: entry.name, in: entry.parent, displayPath: path, existing: now?.status)
        return entry
    }
}
