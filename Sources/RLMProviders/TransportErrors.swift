import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Turns what async-http-client and SwiftNIO throw into `ProviderError`s that say what happened.
enum TransportErrors {
    /// An error thrown before the response headers arrived.
    static func beforeResponse(_ error: Error, url: String, timeouts: Timeouts) -> Error {
        if error is ProviderError || error is CancellationError { return error }
        if let http = error as? HTTPClientError {
            if [.connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout].contains(http) {
                return ProviderError.timeout(.connect, url: url, seconds: timeouts.connect.seconds)
            }
            if http == .cancelled { return CancellationError() }
            if [.invalidURL, .emptyHost, .emptyScheme].contains(http) || http.shortDescription.contains("scheme") {
                return ProviderError.invalidRequest("the URL \(url) is not a valid http(s) URL; check --base-url")
            }
            if http == .remoteConnectionClosed {
                return ProviderError.connection(url: url, detail: "the connection was closed before an answer arrived")
            }
        }
        return ProviderError.connection(url: url, detail: describe(error))
    }

    /// An error thrown while the body was being read.
    static func duringBody(_ error: Error, url: String) -> Error {
        if error is ProviderError || error is CancellationError { return error }
        if let http = error as? HTTPClientError, http == .cancelled { return CancellationError() }
        return ProviderError.streamInterrupted(url: url, detail: describe(error))
    }

    static func describe(_ error: Error) -> String {
        if let connection = error as? NIOConnectionError {
            if let dns = connection.dnsAError ?? connection.dnsAAAAError {
                return "could not resolve the host '\(connection.host)' (\(dns))"
            }
            if let first = connection.connectionErrors.first {
                return describe(first.error) + " (\(connection.host):\(connection.port))"
            }
            return "could not connect to \(connection.host):\(connection.port)"
        }
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return "connection refused: is the server running, and is the base URL's port right?"
            case ECONNRESET: return "the connection was reset by the server"
            case EPIPE: return "the connection was closed by the server (broken pipe)"
            case ENETUNREACH, EHOSTUNREACH: return "the network or host is unreachable"
            default: return "\(io)"
            }
        }
        if let http = error as? HTTPClientError {
            if http == .remoteConnectionClosed { return "the server closed the connection" }
            return "\(http)"
        }
        if let channel = error as? ChannelError {
            switch channel {
            case .ioOnClosedChannel, .alreadyClosed, .eof, .outputClosed, .inputClosed:
                return "the connection was closed"
            default:
                return "\(channel)"
            }
        }
        return String(describing: error)
    }
}
