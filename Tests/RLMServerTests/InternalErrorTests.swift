import Foundation
import Logging
import XCTest

@testable import RLMServer

/// A handler that fails in a way nobody planned for is answered -32603, and the server goes
/// on. (In process: no method of the real protocol fails like that on purpose.)
final class InternalErrorTests: XCTestCase {
    private struct Unplanned: Error {}

    private struct ExplodeRequest: RequestType {
        static let method = "test/explode"
        typealias Response = NullResult
    }

    private func installExplodingRoute(_ server: isolated RLMServer) {
        server.registry.on(ExplodeRequest.self, .concurrent) { _, _ in throw Unplanned() }
    }

    func testAnUnexpectedFailureIsAnInternalErrorAndTheServerGoesOn() async throws {
        var descriptors: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&descriptors), 0)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rlm-internal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let options = ServeOptions(environment: [
            "HOME": home.path, "XDG_CONFIG_HOME": home.path, "RLM_BASE_URL": "http://127.0.0.1:9/v1", "RLM_MODEL": "m",
        ])
        let writer = MessageWriter(channel: OutputChannel(descriptor: descriptors[1]))
        let server = RLMServer(options: options, writer: writer, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        await server.installRoutes()
        await installExplodingRoute(server)

        for message in [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"test/explode"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"rlm/stats"}"#,
        ] {
            _ = await server.receive(.frame(Array(message.utf8)))
        }
        // The exploding request runs in a task of its own: its reply may come after the
        // next request's, and must be written before the output closes.
        for task in await Array(server.inFlight.values) { await task.value }
        await writer.flush()
        await writer.close()
        close(descriptors[1])
        let output = String(decoding: FileHandle(fileDescriptor: descriptors[0], closeOnDealloc: true).readDataToEndOfFile(), as: UTF8.self)
        let bodies = output.components(separatedBy: "\r\n\r\n").dropFirst().map { $0.components(separatedBy: "Content-Length:")[0] }
        XCTAssertEqual(bodies.count, 3, output)
        let explode = bodies.first { $0.contains(#""id":2"#) } ?? ""
        XCTAssertTrue(explode.contains(#""code":-32603"#), output)
        XCTAssertTrue(explode.contains("test/explode failed"), output)
        let stats = bodies.first { $0.contains(#""id":3"#) } ?? ""
        XCTAssertTrue(stats.contains(#""result""#), output)
    }
}
