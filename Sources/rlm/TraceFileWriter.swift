import Foundation
import RLMEngine

/// `rlm run --trace FILE`: every event of the run as one JSON object per line, written as
/// they come (a reader can follow the file while the run goes on).
final class TraceFileWriter: Sendable {
    private let task: Task<Void, Never>

    init(path: String, subscription: TraceSubscription) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "cannot create \(path)"])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        task = Task.detached {
            var buffer = Data()
            for await event in subscription {
                buffer.append(contentsOf: event.jsonLine().utf8)
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 || event.type == "run_finished" || event.type == "node_finished" {
                    try? handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try? handle.write(contentsOf: buffer)
            try? handle.close()
        }
    }

    /// Waits until every event (the subscription has finished) is on disk.
    func finish() async {
        await task.value
    }
}
