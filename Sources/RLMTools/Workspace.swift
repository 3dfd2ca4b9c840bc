import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder the tools work in, and the boundary they cannot cross.
///
/// Every path a tool receives is resolved against `root` one component at a time, each opened
/// relative to the directory before it without following symbolic links (`openat` with
/// `O_NOFOLLOW`); a link met on the way is read and its target walked the same way. The walk
/// never goes above the root, so `..`, absolute paths and links that lead outside are refused
/// with a PermissionError naming the rule, and a component swapped for a link between the
/// check and the use is caught by `O_NOFOLLOW` itself. Files are then opened through the
/// directory descriptor the walk holds, and the opened descriptor's real path is checked once
/// more. See Docs/tools.md ("Confinement").
public final class Workspace: Sendable {
    /// The root, absolute, with every symbolic link in it resolved.
    public let root: String
    /// The root as the host spelled it (made absolute), accepted in absolute paths too.
    public let rootAsGiven: String
    let rootDescriptor: FileDescriptor
    /// Tests only: called between a check and the use it guards, to swap things underneath.
    let raceHook: (@Sendable (RacePoint) -> Void)?

    /// The moments `raceHook` is called at, with the workspace-relative path concerned.
    enum RacePoint: Equatable, Sendable {
        /// A folder on the path was looked at (lstat) and is about to be opened.
        case folderChecked(String)
        /// A file was resolved and is about to be opened.
        case fileChecked(String)
        /// A file's new contents are about to be written and renamed into place.
        case beforeWrite(String)
    }

    /// Longest path accepted, in bytes (Linux's PATH_MAX less the terminating NUL).
    public static let maxPathBytes = 4095
    /// Longest single file name accepted, in bytes.
    public static let maxNameBytes = 255
    /// Symbolic links followed within one path before it counts as a loop (Linux's limit).
    public static let maxLinkHops = 40

    /// Opens `root` (which must be an existing directory) as a workspace.
    public convenience init(root: String) throws {
        try self.init(root: root, raceHook: nil)
    }

    init(root: String, raceHook: (@Sendable (RacePoint) -> Void)?) throws {
        guard !root.utf8.contains(0) else { throw ToolError.invalid("embedded null byte in the workspace root") }
        let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        guard let real = realpath(absolute, nil) else {
            throw ToolError.system(errno, path: root, doing: "opening the workspace")
        }
        let canonical = String(cString: real)
        free(real)
        let fd = open(canonical, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ToolError.system(errno, path: root, doing: "opening the workspace") }
        self.root = canonical
        self.rootAsGiven = Workspace.lexicallyNormalized(absolute)
        self.rootDescriptor = FileDescriptor(fd)
        self.raceHook = raceHook
    }

    /// `path` relative to the root when it is an absolute path inside it (either spelling of
    /// the root), else nil. "" for the root itself.
    func relativeToRoot(_ absolute: String) -> String? {
        for prefix in [root, rootAsGiven] {
            if prefix == "/" { return String(absolute.dropFirst()) }
            if absolute == prefix { return "" }
            if absolute.hasPrefix(prefix + "/") { return String(absolute.dropFirst(prefix.count + 1)) }
        }
        return nil
    }

    /// Whether an absolute, canonical path (the kernel's view of an open descriptor) lies in
    /// the root.
    func containsCanonical(_ path: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// The absolute path of a workspace-relative path (for messages and for bash's cwd).
    public func absolutePath(_ relative: String) -> String {
        relative.isEmpty ? root : (root == "/" ? "/" + relative : root + "/" + relative)
    }

    /// Collapses `.` and empty components (not `..`: only the walk may interpret those).
    static func lexicallyNormalized(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }
}
