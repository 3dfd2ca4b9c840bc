import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor (stdin) on a thread of its own, so a blocking `read` never holds
/// one of Swift's few cooperative threads, and hands the chunks to an async consumer. At most
/// `window` chunks wait unread; then the thread stops reading until the consumer catches up.
final class InputReader: AsyncSequence, Sendable {
    typealias Element = [UInt8]

    static let chunkBytes = 64 << 10

    private let stream: AsyncStream<[UInt8]>
    private let room: DispatchSemaphore

    /// Starts reading `descriptor` at once.
    init(descriptor: Int32, window: Int = 16) {
        // Starts at 0 and is signalled up: libdispatch traps when a semaphore is freed below
        // its initial value, which this one may be when the process ends mid-read.
        let room = DispatchSemaphore(value: 0)
        for _ in 0..<window { room.signal() }
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .unbounded)
        self.stream = stream
        self.room = room
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: Self.chunkBytes)
            while true {
                room.wait()
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkBytes) }
                if count < 0, errno == EINTR {
                    room.signal()
                    continue
                }
                guard count > 0 else { break }
                continuation.yield(Array(buffer[0..<count]))
            }
            continuation.finish()
        }
        thread.name = "rlm.serve.input"
        thread.start()
    }

    /// The consumer is done with one chunk: the thread may read another.
    func consumed() {
        room.signal()
    }

    func makeAsyncIterator() -> AsyncStream<[UInt8]>.Iterator {
        stream.makeAsyncIterator()
    }
}
