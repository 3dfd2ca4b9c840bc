import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that a reader (or a crash) sees either the old file or the
/// new one, never a mixture: the bytes go to a temporary file in the same folder, which is
/// flushed to disk (`fsync`) and then renamed over the target; the folder is flushed too so
/// the rename itself survives a power cut. On any failure the temporary file is removed and
/// the old file is left exactly as it was.
struct AtomicWriter {
    /// Called after each chunk is written to the temporary file with the bytes written so far;
    /// throwing simulates a failure half-way (tests only).
    var faultHook: (@Sendable (Int) throws -> Void)?

    /// Bytes per `write` call (also how often `faultHook` runs).
    static let chunkSize = 1 << 20

    /// Writes `bytes` as `name` in `directory`. `mode` is used for a new file; an existing
    /// file keeps its permission bits.
    func write(_ bytes: [UInt8], to name: String, in directory: FileDescriptor, displayPath: String, existing: stat?) throws {
        let temporary = AtomicWriter.temporaryName(for: name)
        let permissions: mode_t = existing.map { $0.st_mode & 0o7777 } ?? 0o666
        guard let file = openEntry(in: directory.raw, temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: permissions) else {
            throw ToolError.system(errno, path: displayPath, doing: "creating a temporary file for writing")
        }
        var renamed = false
        defer { if !renamed { unlinkat(directory.raw, temporary, 0) } }
        // open() applied the umask; an existing file's bits are restored exactly.
        if existing != nil { fchmod(file.raw, permissions) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = min(AtomicWriter.chunkSize, buffer.count - offset)
                try file.writeAll(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)]))
                offset += n
                try faultHook?(offset)
            }
            if buffer.isEmpty { try faultHook?(0) }
        }
        guard fsync(file.raw) == 0 else { throw ToolError.system(errno, path: displayPath, doing: "flushing to disk") }
        guard renameat(directory.raw, temporary, directory.raw, name) == 0 else {
            throw ToolError.system(errno, path: displayPath, doing: "replacing the file")
        }
        renamed = true
        fsync(directory.raw)
    }

    /// A hidden name next to the target, unique to this process and call.
    static func temporaryName(for name: String) -> String {
        var base = name
        while base.utf8.count > 200 { base.removeLast() }
        return ".\(base).rlm-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }
}
