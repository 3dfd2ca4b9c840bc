import Foundation
import RLMEngine

/// `rlm/trace`: one engine event of a run, in the engine's trace format (the same JSON as a
/// line of `rlm run --trace`; Docs/engine.md, "Trace events").
public struct TraceNotification: NotificationType {
    public static let method = "rlm/trace"

    public var runId: String
    public var event: TraceEvent
}

/// `$/progress` for a run that came with a `workDoneToken` (LSP work-done progress).
public struct ProgressNotification: NotificationType {
    public static let method = "$/progress"

    public var token: ProgressToken
    public var value: WorkDoneProgress
}

/// LSP's WorkDoneProgressBegin / Report / End, by `kind`.
public struct WorkDoneProgress: Codable, Sendable, Hashable {
    /// "begin", "report" or "end".
    public var kind: String
    /// Begin only.
    public var title: String?
    /// Begin only: the client may offer a cancel button (`window/workDoneProgress/cancel`).
    public var cancellable: Bool?
    public var message: String?
    public var percentage: Int?

    static func begin(title: String, message: String?) -> WorkDoneProgress {
        WorkDoneProgress(kind: "begin", title: title, cancellable: true, message: message, percentage: nil)
    }

    static func report(_ message: String) -> WorkDoneProgress {
        WorkDoneProgress(kind: "report", title: nil, cancellable: nil, message: message, percentage: nil)
    }

    static func end(_ message: String) -> WorkDoneProgress {
        WorkDoneProgress(kind: "end", title: nil, cancellable: nil, message: message, percentage: nil)
    }
}

/// `window/logMessage`: warnings and errors the user may want to see (a configuration
/// warning, a trace reader that fell behind).
public struct LogMessageNotification: NotificationType {
    public static let method = "window/logMessage"

    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
}

/// `$/cancelRequest`: cancels a request in progress (for `rlm/run`, the run). Sent by the
/// server too, to withdraw a permission request whose run was cancelled.
public struct CancelRequestNotification: NotificationType {
    public static let method = "$/cancelRequest"

    public var id: RequestID
}

/// `window/workDoneProgress/cancel`: the user pressed cancel on a run's progress.
public struct WorkDoneProgressCancelNotification: NotificationType {
    public static let method = "window/workDoneProgress/cancel"

    public var token: ProgressToken
}

/// `window/workDoneProgress/create`: the server asks the client for a progress token (only
/// when the client declared `window.workDoneProgress` and the run came without a token).
public struct WorkDoneProgressCreateRequest: ServerRequestType {
    public static let method = "window/workDoneProgress/create"
    public typealias Response = NullResult

    public var token: ProgressToken
}
