import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file descriptor that closes itself. Everything the tools touch goes through one of
/// these, opened relative to a directory descriptor that is known to lie inside the workspace.
final class FileDescriptor: @unchecked Sendable {
    let raw: Int32

    init(_ raw: Int32) { self.raw = raw }

    deinit { close(raw) }

    /// `fstat` of the descriptor.
    func status() throws -> stat {
        var st = stat()
        guard fstat(raw, &st) == 0 else { throw ToolError.system(errno, path: "descriptor", doing: "stat") }
        return st
    }

    /// Reads up to `count` bytes into `buffer` at `offset`, retrying on EINTR. 0 at end of file.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        while true {
            let n = Foundation.read(raw, buffer, count)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// Reads the rest of the file, refusing to go past `limit` bytes (nil when it would).
    func readAll(limit: Int) throws -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(into: $0.baseAddress!, count: $0.count) }
            if n < 0 { throw ToolError(.ioError, "read failed: \(String(cString: strerror(errno)))") }
            if n == 0 { return bytes }
            if bytes.count + n > limit { return nil }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes all of `bytes`, retrying short writes and EINTR.
    func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(raw, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw ToolError(.ioError, "write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    /// The path the kernel holds for this descriptor (Linux: /proc/self/fd; Darwin: F_GETPATH).
    /// It reflects where the file really is now, whatever path was used to open it.
    func kernelPath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(raw)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif canImport(Darwin)
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(raw, F_GETPATH, &buffer) == 0 else { return nil }
        return String(cString: buffer)
        #else
        return nil
        #endif
    }
}

/// What kind of directory entry a `stat` describes.
enum EntryKind: Equatable {
    case regular, directory, symlink, fifo, characterDevice, blockDevice, socket, unknown

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }

    /// How an error message names it.
    var noun: String {
        switch self {
        case .regular: return "a regular file"
        case .directory: return "a directory"
        case .symlink: return "a symbolic link"
        case .fifo: return "a FIFO (named pipe)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .unknown: return "a special file"
        }
    }
}

/// `fstatat` without following a final symbolic link; nil with `errno` set on failure.
func statEntry(in directory: Int32, _ name: String) -> stat? {
    var st = stat()
    guard fstatat(directory, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return st
}

/// The target text of the symbolic link `name` in `directory`.
func readLink(in directory: Int32, _ name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlinkat(directory, name, &buffer, buffer.count - 1)
    guard n >= 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Opens `name` inside `directory` without following a symbolic link in its place.
/// `O_NONBLOCK` keeps an open of a FIFO or device that slipped in from ever blocking.
func openEntry(in directory: Int32, _ name: String, flags: Int32, mode: mode_t = 0) -> FileDescriptor? {
    let fd = openat(directory, name, flags | O_NOFOLLOW | O_CLOEXEC, mode)
    return fd >= 0 ? FileDescriptor(fd) : nil
}
