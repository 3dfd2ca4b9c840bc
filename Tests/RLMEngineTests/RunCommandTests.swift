import Foundation
import RLMTestSupport
import XCTest

@testable import RLMEngine

/// `rlm run` as a user runs it: the built executable, against the scripted server.
final class RunCommandTests: EngineTestCase {
    /// The `rlm` executable built next to the test bundle.
    private func executable() throws -> URL {
        var folder = Bundle(for: Self.self).bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("rlm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw XCTSkip("the rlm executable was not built next to the tests")
    }

    private func runCLI(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    private func cleanEnvironment(_ folder: URL) -> [String: String] {
        ["HOME": folder.path, "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
         "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    }

    func testRunPrintsTheAnswerJSONAndATrace() async throws {
        let folder = try temporaryFolder()
        let log = GeneratedLog(bytes: 300_000, seed: 3)
        let logFile = folder.appendingPathComponent("app.log")
        try log.text.write(to: logFile, atomically: false, encoding: .utf8)
        let server = try await startServer { request, _ in
            if request.systemText.contains("## The REPL") {
                return request.answer("```repl\n\(EndToEndTests.batchedRootCode)\n```")
            }
            return request.answer(EndToEndTests.countErrors(inPrompt: request.firstUserText))
        }
        let trace = folder.appendingPathComponent("trace.jsonl")
        var environment = cleanEnvironment(folder)
        environment["RLM_BASE_URL"] = server.baseURL + "/v1"
        let result = try runCLI(
            ["run", "--query", "How many ERROR lines?", "--context", logFile.path, "--model", "gpt-4.1",
             "--sub-model", "gpt-4.1-mini", "--json", "--trace", trace.path],
            environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(report["answer"] as? String, String(log.errorLines))
        XCTAssertEqual(report["status"] as? String, "completed")
        XCTAssertTrue((report["run_id"] as? String)?.hasPrefix("run-") == true)
        XCTAssertNotNil((report["usage"] as? [String: Any])?["input_tokens"])
        XCTAssertTrue(result.stderr.contains("finished: completed"), "plain progress lines on a non-terminal stderr")

        let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
        let events = try lines.map { try JSONDecoder().decode(TraceEvent.self, from: Data($0.utf8)) }
        let tree = ExecutionTree(events: events)
        XCTAssertEqual(tree.status, .completed)
        XCTAssertEqual(tree.children(of: tree.rootID!).count, 50)
        XCTAssertEqual(events.first?.type, "run_started")
        XCTAssertEqual(events.last?.type, "run_finished")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/rlm/memory/no-workspace.json").path) == false,
                      "nothing was stored in memory, so no file was written")
    }

    func testWithoutAModelItExplainsHowToConfigureOne() throws {
        let folder = try temporaryFolder()
        let result = try runCLI(["run", "--query", "hi"], environment: cleanEnvironment(folder))
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("no model is configured"))
        XCTAssertTrue(result.stderr.contains("RLM_BASE_URL=http://localhost:11434/v1"))
        XCTAssertTrue(result.stderr.contains("OPENAI_API_KEY"))
    }

    func testALimitExitsWithStatus3AndTheBestAnswer() async throws {
        let folder = try temporaryFolder()
        let server = try await startServer { request, _ in
            if request.chatMessages.last?.content.contains("The run is ending") == true { return request.answer("about 12") }
            return request.answer("```repl\nprint('still looking')\n```")
        }
        var environment = cleanEnvironment(folder)
        environment["RLM_BASE_URL"] = server.baseURL + "/v1"
        environment["RLM_MODEL"] = "gpt-4.1"
        let result = try runCLI(["run", "--query", "q", "--max-iterations", "2", "--quiet"], environment: environment)
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stdout, "about 12\n")
        XCTAssertTrue(result.stderr.contains("the run ended with status max_iterations"), result.stderr)
    }

    func testBadArgumentsAreClearErrors() throws {
        let folder = try temporaryFolder()
        var environment = cleanEnvironment(folder)
        environment["RLM_BASE_URL"] = "http://127.0.0.1:9/v1"
        let missing = try runCLI(["run", "--query", "q", "--context", "/no/such/file"], environment: environment)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--context /no/such/file: no such file"))
        let depth = try runCLI(["run", "--query", "q", "--max-depth", "0"], environment: environment)
        XCTAssertEqual(depth.status, 2)
        XCTAssertTrue(depth.stderr.contains("max depth must be at least 1"))
    }
}
