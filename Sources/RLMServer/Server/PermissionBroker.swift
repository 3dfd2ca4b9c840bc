import Foundation
import Logging
import RLMTools

/// Settles the tool calls the policy says to ask about: by asking the client
/// (`rlm/requestPermission`) when it declared it answers, else by refusing with a reason that
/// says how to allow the tool.
struct PermissionBroker: Sendable {
    let clientAnswers: Bool
    let requests: ClientRequests
    let sessions: SessionTable
    let logger: Logger

    /// The handler for one session's tools.
    func handler(sessionID: String) -> PermissionHandler {
        { request in await decide(request, sessionID: sessionID) }
    }

    func decide(_ request: PermissionRequest, sessionID: String) async -> PermissionDecision {
        let tool = request.tool.rawValue
        guard clientAnswers else {
            return .deny(reason: "the editor does not answer permission requests; set initializationOptions.permissions.\(tool) to \"allow\" to let \(tool) run")
        }
        let session = sessions.get(sessionID)
        let message = RequestPermissionRequest(
            runId: session?.currentRunID, sessionId: session?.publicID ?? sessionID, tool: tool,
            arguments: .init(path: request.path, command: request.command, diff: request.diff),
            description: request.summary)
        do {
            let answer = try await requests.send(message)
            switch answer.decision {
            case "allow": return .allow
            case "allowAlways": return .allowAlways
            case "deny": return .deny(reason: answer.reason ?? "refused in the editor")
            case "denyAlways": return .denyAlways(reason: answer.reason ?? "refused in the editor, for every \(tool) call")
            default:
                logger.warning("rlm/requestPermission: the client answered '\(answer.decision)'; taken as deny")
                return .deny(reason: "the editor answered '\(answer.decision)', which is not allow, allowAlways or deny")
            }
        } catch is CancellationError {
            return .deny(reason: "the run was cancelled")
        } catch {
            logger.warning("rlm/requestPermission failed: \(error)")
            return .deny(reason: "the permission request failed: \(error)")
        }
    }
}
