import Foundation

/// `workspace/executeCommand`, for clients that can only send commands (Helix): `rlm.run`,
/// `rlm.cancel` and `rlm.stats`, whose first argument is the params object of `rlm/run` (or
/// just the query as a string), of `rlm/cancel` (or just the run id as a string), and nothing
/// for `rlm.stats`. The result is the method's result.
public struct ExecuteCommandRequest: RequestType {
    public static let method = "workspace/executeCommand"
    public typealias Response = ExecuteCommandResult

    public static let commands = ["rlm.run", "rlm.cancel", "rlm.stats"]

    public var command: String
    var arguments: [JSONNode]?

    enum CodingKeys: String, CodingKey { case command, arguments }

    public func validate() throws {
        try require(Self.commands.contains(command), "params.command",
                    "unknown command '\(command)'; the commands are \(Self.commands.joined(separator: ", "))")
    }

    /// The command's first argument decoded as `P` (an absent argument decodes like `{}`).
    func argument<P: Decodable>(_ type: P.Type) throws -> P {
        do {
            return try JSONNodeDecoder.decode(P.self, from: arguments?.first ?? .object([:]))
        } catch let error as DecodingError {
            throw ResponseError.invalidParams(DecodingErrorText.describe(error, root: "params.arguments[0]"))
        }
    }
}

/// The result of the command that ran.
public enum ExecuteCommandResult: Encodable, Sendable {
    case run(RunResult)
    case cancel(CancelRunResult)
    case stats(StatsResult)

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .run(let result): try result.encode(to: encoder)
        case .cancel(let result): try result.encode(to: encoder)
        case .stats(let result): try result.encode(to: encoder)
        }
    }
}
