import Foundation
import RLMProviders
import Synchronization
import XCTest

/// The framing a test client speaks (written here independently of the server's own code).
enum ClientFraming: String, CaseIterable, Sendable {
    case contentLength
    case newlineDelimited

    func frame(_ body: Data) -> Data {
        switch self {
        case .contentLength: return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        case .newlineDelimited: return body + Data("\n".utf8)
        }
    }
}

/// The real `rlm serve`, started as a process, spoken to over pipes. Everything the server
/// writes is parsed into messages and kept in arrival order; responses are matched to the
/// requests waiting for them; server requests are answered by `serverRequestHandler`.
final class ServerProcess: @unchecked Sendable {
    typealias ServerRequestHandler = @Sendable (WireMessage) -> JSONValue?

    let framing: ClientFraming
    private let process = Process()
    private let stdin = Pipe()
    private let stdout = Pipe()
    private let stderr = Pipe()
    private let writeLock = NSLock()

    private struct State {
        var messages: [WireMessage] = []
        var waiting: [JSONValue: CheckedContinuation<WireMessage, Never>] = [:]
        var stderr = Data()
        var ended = false
        var paused = false
    }

    private let state = Mutex(State())
    private let nextID = Mutex(1)
    private let handler = Mutex<ServerRequestHandler?>(nil)

    init(framing: ClientFraming, arguments: [String] = [], environment: [String: String]) throws {
        self.framing = framing
        process.executableURL = try Self.executable()
        process.arguments = ["serve"] + arguments
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        startReading()
    }

    /// The `rlm` executable built next to the test bundle.
    static func executable() throws -> URL {
        var folder = Bundle(for: ServerProcess.self).bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("rlm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw XCTSkip("the rlm executable was not built next to the tests")
    }

    /// Answers requests the server sends (rlm/requestPermission...): the result, or nil for no answer.
    func onServerRequest(_ handler: @escaping ServerRequestHandler) {
        self.handler.withLock { $0 = handler }
    }

    // MARK: Writing

    /// Writes bytes as they are (for hostile input).
    func writeRaw(_ bytes: Data) {
        writeLock.lock()
        defer { writeLock.unlock() }
        try? stdin.fileHandleForWriting.write(contentsOf: bytes)
    }

    func send(_ message: JSONValue) {
        writeRaw(framing.frame(try! JSONEncoder().encode(message)))
    }

    /// Sends a request and returns its id.
    @discardableResult
    func sendRequest(_ method: String, _ params: JSONValue? = nil, id: JSONValue? = nil) -> JSONValue {
        let requestID = id ?? .number(Double(nextID.withLock { value in defer { value += 1 }; return value }))
        var members: [String: JSONValue] = ["jsonrpc": "2.0", "id": requestID, "method": .string(method)]
        if let params { members["params"] = params }
        send(.object(members))
        return requestID
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: JSONValue? = nil, timeout: Double = 60) async throws -> WireMessage {
        let id = sendRequest(method, params)
        return try await response(to: id, timeout: timeout)
    }

    func notify(_ method: String, _ params: JSONValue? = nil) {
        var members: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
        if let params { members["params"] = params }
        send(.object(members))
    }

    func closeInput() {
        try? stdin.fileHandleForWriting.close()
    }

    /// Stops (or resumes) reading the server's output, as a client that is slow to read.
    func setPaused(_ paused: Bool) {
        state.withLock { $0.paused = paused }
    }

    // MARK: Reading

    var messages: [WireMessage] { state.withLock { $0.messages } }
    var stderrText: String { state.withLock { String(decoding: $0.stderr, as: UTF8.self) } }

    func notifications(_ method: String) -> [WireMessage] {
        messages.filter { $0.isNotification && $0.method == method }
    }

    /// The response with this id, waiting for it.
    func response(to id: JSONValue, timeout: Double = 60) async throws -> WireMessage {
        let found = await withTaskGroup(of: WireMessage?.self) { group in
            group.addTask {
                await withCheckedContinuation { (continuation: CheckedContinuation<WireMessage, Never>) in
                    let ready = self.state.withLock { state -> WireMessage? in
                        if let message = state.messages.first(where: { $0.isResponse && $0.id == id }) { return message }
                        state.waiting[id] = continuation
                        return nil
                    }
                    if let ready { continuation.resume(returning: ready) }
                }
            }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(Int64(timeout * 1000)))
                return nil
            }
            let first = await group.next() ?? nil
            if first == nil {
                // Release the waiter so the group can end.
                let waiter = self.state.withLock { $0.waiting.removeValue(forKey: id) }
                waiter?.resume(returning: WireMessage(raw: Data(), json: .null, index: -1))
            }
            group.cancelAll()
            return first
        }
        guard let found, found.index >= 0 else {
            throw TestFailure("no response to request \(id) within \(timeout) s; stderr:\n\(stderrText.suffix(3000))")
        }
        return found
    }

    /// Waits until a message satisfying `predicate` has arrived.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 60, _ predicate: @escaping (WireMessage) -> Bool) async throws -> WireMessage {
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        while ContinuousClock.now < deadline {
            if let message = messages.first(where: predicate) { return message }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestFailure("no \(what) within \(timeout) s; stderr:\n\(stderrText.suffix(3000))")
    }

    /// Waits for the process to end and returns its exit status.
    func waitForExit(timeout: Double = 30) async throws -> Int32 {
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                throw TestFailure("the server did not exit within \(timeout) s; stderr:\n\(stderrText.suffix(3000))")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        return process.terminationStatus
    }

    var isRunning: Bool { process.isRunning }

    func terminate() {
        if process.isRunning { process.terminate() }
    }

    private func startReading() {
        let out = stdout.fileHandleForReading.fileDescriptor
        let err = stderr.fileHandleForReading
        Thread { [self] in
            var buffer = Data()
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                while state.withLock({ $0.paused }) { usleep(5000) }
                let count = read(out, &chunk, chunk.count)
                if count <= 0 { break }
                buffer.append(contentsOf: chunk[0..<count])
                while let body = nextFrame(&buffer) { deliver(body) }
            }
            state.withLock { $0.ended = true }
        }.start()
        Thread { [self] in
            while true {
                let data = err.availableData
                if data.isEmpty { break }
                state.withLock { $0.stderr.append(data) }
            }
        }.start()
    }

    private func nextFrame(_ buffer: inout Data) -> Data? {
        switch framing {
        case .newlineDelimited:
            guard let newline = buffer.firstIndex(of: 0x0A) else { return nil }
            let line = buffer[buffer.startIndex..<newline]
            buffer = Data(buffer[(newline + 1)...])
            return Data(line)
        case .contentLength:
            guard let end = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
            let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
            guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                  let length = Int(lengthLine.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else {
                fatalError("the server wrote a header without Content-Length: \(header)")
            }
            guard buffer.count - (end.upperBound - buffer.startIndex) >= length else { return nil }
            let body = buffer[end.upperBound..<(end.upperBound + length)]
            buffer = Data(buffer[(end.upperBound + length)...])
            return Data(body)
        }
    }

    private func deliver(_ body: Data) {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            fatalError("the server wrote something that is not JSON: \(String(decoding: body, as: UTF8.self))")
        }
        let (message, waiter) = state.withLock { state -> (WireMessage, CheckedContinuation<WireMessage, Never>?) in
            let message = WireMessage(raw: body, json: json, index: state.messages.count)
            state.messages.append(message)
            if message.isResponse, let id = message.id { return (message, state.waiting.removeValue(forKey: id)) }
            return (message, nil)
        }
        waiter?.resume(returning: message)
        if message.isServerRequest, let id = message.id, let answer = handler.withLock({ $0 })?(message) {
            send(.object(["jsonrpc": "2.0", "id": id, "result": answer]))
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
