import Foundation
import RLMInterpreter
@testable import RLMTools
import XCTest

/// A scratch area for one test: `root` is the workspace, `outside` a sibling folder holding
/// a secret that no tool call may read or change.
final class Sandbox {
    let base: String
    let root: String
    let outside: String
    static let secret = "TOP SECRET: outside the workspace\n"

    init() throws {
        var template = Array("/tmp/rlm-tools-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ToolError(.ioError, "mkdtemp failed") }
        base = String(cString: made)
        root = base + "/ws"
        outside = base + "/outside"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try write("outside/secret.txt", Sandbox.secret)
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    /// Writes a file below `base` ("ws/..." or "outside/..."), creating folders.
    func write(_ relative: String, _ text: String) throws {
        let path = base + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let path = base + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: base + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool {
        var st = stat()
        return lstat(base + "/" + relative, &st) == 0
    }

    func symlink(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: base + "/" + relative, withDestinationPath: target)
    }

    /// Names in a folder below `base`.
    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: base + "/" + relative)) ?? []).sorted()
    }

    /// The outside folder is exactly as the sandbox made it.
    func assertOutsideUntouched(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read("outside/secret.txt"), Sandbox.secret, "the secret outside the workspace changed", file: file, line: line)
        XCTAssertEqual(list("outside"), ["secret.txt"], "something appeared outside the workspace", file: file, line: line)
    }

    func tools(policy: ToolPolicy = .allowAll, limits: ToolLimits = ToolLimits(),
               permission: PermissionHandler? = nil, trace: ToolTraceSink? = nil,
               raceHook: (@Sendable (Workspace.RacePoint) -> Void)? = nil,
               writeFault: (@Sendable (Int) throws -> Void)? = nil) throws -> WorkspaceTools {
        WorkspaceTools(workspace: try Workspace(root: root, raceHook: raceHook), policy: policy, limits: limits,
                       permissionHandler: permission, traceSink: trace, writeFaultHook: writeFault)
    }

    /// Runs git in the workspace (tests of git's ignore rules).
    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolError(.ioError, "git \(arguments) failed") }
    }
}

/// Collects trace records.
final class TraceLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ToolTraceRecord] = []
    var records: [ToolTraceRecord] { lock.withLock { items } }
    var sink: ToolTraceSink { { record in self.lock.withLock { self.items.append(record) } } }
}

/// Records permission requests and answers them from a script.
final class PermissionScript: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [PermissionDecision]
    private(set) var requests: [PermissionRequest] = []
    private let onAsk: (@Sendable (PermissionRequest) -> Void)?

    init(_ answers: [PermissionDecision], onAsk: (@Sendable (PermissionRequest) -> Void)? = nil) {
        self.answers = answers
        self.onAsk = onAsk
    }

    var asked: [PermissionRequest] { lock.withLock { requests } }

    var handler: PermissionHandler {
        { request in
            self.onAsk?(request)
            return self.lock.withLock {
                self.requests.append(request)
                return self.answers.isEmpty ? .deny(reason: "script exhausted") : self.answers.removeFirst()
            }
        }
    }
}

extension XCTestCase {
    /// Asserts that `body` throws a ToolError of `kind` whose message contains `fragment`.
    func assertToolError<T>(_ kind: ToolError.Kind, _ fragment: String = "", file: StaticString = #filePath, line: UInt = #line,
                            _ body: () async throws -> T) async {
        do {
            let value = try await body()
            XCTFail("expected \(kind) error containing \"\(fragment)\", got \(value)", file: file, line: line)
        } catch let error as ToolError {
            XCTAssertEqual(error.kind, kind, "message: \(error.message)", file: file, line: line)
            if !fragment.isEmpty {
                XCTAssertTrue(error.message.contains(fragment), "\"\(error.message)\" lacks \"\(fragment)\"", file: file, line: line)
            }
        } catch {
            XCTFail("expected ToolError, got \(error)", file: file, line: line)
        }
    }

    /// Runs Python in a session with the tools registered; returns printed output, or the
    /// error line ("Type: message").
    func python(_ source: String, tools: WorkspaceTools) async -> String {
        let session = Session()
        tools.register(in: session)
        let result = await session.run(source)
        if let error = result.error { return result.output + "\(error.typeName): \(error.message)" }
        return result.output
    }
}
