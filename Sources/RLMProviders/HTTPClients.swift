import AsyncHTTPClient
import NIOCore
import Synchronization

/// The process's HTTP clients, one per connect timeout (the only setting fixed per client), never
/// shut down: connection pools are shared by every provider and every run, and live as long as
/// the process.
enum HTTPClients {
    private static let clients = Mutex<[Int64: HTTPClient]>([:])

    static func client(connectTimeout: Duration) -> HTTPClient {
        let milliseconds = Int64(connectTimeout.seconds * 1000)
        return clients.withLock { table in
            if let client = table[milliseconds] { return client }
            var configuration = HTTPClient.Configuration()
            configuration.timeout = .init(connect: .milliseconds(milliseconds))
            // rlm retries itself (with backoff, counted against the retry budget); a client that
            // kept redialling a refused port until the connect timeout would hide the failure.
            configuration.connectionPool.retryConnectionEstablishment = false
            // The endpoint limiter is the real bound; the pool must not queue below it.
            configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 256
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            table[milliseconds] = client
            return client
        }
    }
}
