import Foundation

/// The environment given to processes the tools start (bash, git): the host's, less anything
/// that looks like a credential, so a command the model writes cannot read the engine's own
/// API keys.
public enum ChildEnvironment {
    /// Variables always removed.
    public static let removedNames: Set<String> = ["RLM_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"]

    /// Whether a variable is removed: the names above, and any name (compared in upper case)
    /// ending in `_API_KEY`, `_KEY` of a known secret kind, `_TOKEN`, or containing `SECRET`,
    /// `PASSWORD` or `PASSWD`.
    public static func isSecret(_ name: String) -> Bool {
        let upper = name.uppercased()
        if removedNames.contains(upper) { return true }
        if upper.hasSuffix("_API_KEY") || upper.hasSuffix("APIKEY") || upper.hasSuffix("_TOKEN") || upper == "TOKEN" { return true }
        if upper.hasSuffix("_ACCESS_KEY") || upper.hasSuffix("_PRIVATE_KEY") { return true }
        return upper.contains("SECRET") || upper.contains("PASSWORD") || upper.contains("PASSWD")
    }

    /// `base` without secrets, with `overrides` applied.
    public static func make(from base: [String: String] = ProcessInfo.processInfo.environment,
                            overrides: [String: String] = [:]) -> [String: String] {
        var env = base.filter { !isSecret($0.key) }
        for (key, value) in overrides { env[key] = value }
        return env
    }
}
