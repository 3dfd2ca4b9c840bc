import Foundation

/// Why a tool call failed. Each case maps to the Python exception class a sandboxed program
/// sees (`pythonExceptionName`), and `message` is written for the model to read and act on.
public struct ToolError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        /// Outside the workspace, a refused file type, or a policy / user denial.
        case permissionDenied
        /// The path (or a folder on the way) does not exist.
        case notFound
        /// A file was expected and the path names a folder.
        case isADirectory
        /// A folder was expected and the path names something else.
        case notADirectory
        /// An argument is malformed (an empty `old` text, a bad pattern, a binary file...).
        case invalidArgument
        /// The file or the result is larger than the tool hands back.
        case tooLarge
        /// The file changed between preparing a change and committing it.
        case conflict
        /// Any other failure of the operating system (disk full, I/O error...).
        case ioError
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The Python built-in exception class this error becomes inside the sandbox.
    public var pythonExceptionName: String {
        switch kind {
        case .permissionDenied: return "PermissionError"
        case .notFound: return "FileNotFoundError"
        case .isADirectory: return "IsADirectoryError"
        case .notADirectory: return "NotADirectoryError"
        case .invalidArgument, .tooLarge, .conflict: return "ValueError"
        case .ioError: return "OSError"
        }
    }

    static func denied(_ message: String) -> ToolError { ToolError(.permissionDenied, message) }
    static func invalid(_ message: String) -> ToolError { ToolError(.invalidArgument, message) }

    /// An errno from a system call on `path`, in words.
    static func system(_ code: Int32, path: String, doing action: String) -> ToolError {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT: return ToolError(.notFound, "\(path): no such file or directory")
        case EISDIR: return ToolError(.isADirectory, "\(path) is a directory")
        case ENOTDIR: return ToolError(.notADirectory, "\(path): a component of the path is not a directory")
        case EACCES, EPERM: return ToolError(.permissionDenied, "\(path): \(action) not permitted by the system (\(reason))")
        case ENAMETOOLONG: return ToolError(.invalidArgument, "\(path): file name too long")
        default: return ToolError(.ioError, "\(path): \(action) failed: \(reason)")
        }
    }
}
