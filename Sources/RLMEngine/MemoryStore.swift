import Foundation
import Synchronization

/// The file behind the sandbox's `memory` dict: one JSON object per workspace, read when a
/// session starts and written after every code block that changed it. Writes are atomic (a
/// temporary file in the same folder, then a rename), so a crash mid-write leaves the previous
/// version, never half a file. A file that cannot be read as a JSON object is never
/// overwritten: the session starts with an empty `memory` and is told why.
public final class MemoryStore: Sendable {
    public let fileURL: URL
    /// Serialises writers of the same file within the process.
    private static let writeLock = Mutex<Void>(())

    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The store for a workspace folder (nil: the store shared by runs without a workspace),
    /// under `$XDG_DATA_HOME/rlm/memory`, else `~/.local/share/rlm/memory`. The file name is the
    /// folder's name and a hash of its full path, so two folders never share a file.
    public static func forWorkspace(_ path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> MemoryStore {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            base = URL(fileURLWithPath: data)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".local/share")
        }
        let folder = base.appendingPathComponent("rlm/memory")
        guard let path else { return MemoryStore(fileURL: folder.appendingPathComponent("no-workspace.json")) }
        let full = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let name = URL(fileURLWithPath: full).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let hash = String(fnv1a(full), radix: 16)
        return MemoryStore(fileURL: folder.appendingPathComponent("\(name.isEmpty ? "root" : name)-\(hash).json"))
    }

    /// What loading found.
    public enum Loaded: Sendable, Equatable {
        /// The stored object's JSON text ("{}" when there is no file yet).
        case object(String)
        /// The file exists but is not a JSON object; it is left alone.
        case unusable(String)
    }

    public func load() -> Loaded {
        guard let data = FileManager.default.contents(atPath: fileURL.path) else { return .object("{}") }
        guard let object = try? JSONSerialization.jsonObject(with: data), object is [String: Any] else {
            return .unusable("\(fileURL.path) is not a JSON object; it was left as it is, and `memory` starts empty and will not be saved this session")
        }
        return .object(String(decoding: data, as: UTF8.self))
    }

    /// Replaces the file's content with `json` (the text of an object), atomically.
    public func save(_ json: String) throws {
        try Self.writeLock.withLock { _ in
            let folder = fileURL.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(fileURL.lastPathComponent).\(UUID().uuidString).tmp")
            do {
                try Data(json.utf8).write(to: temporary)
                if rename(temporary.path, fileURL.path) != 0 {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fileURL.path])
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }
    }

    /// 64-bit FNV-1a: stable across processes (Swift's Hasher is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
