import Foundation
import RLMInterpreter
import RLMProviders

/// What a run is about: bound to `context` in the root's REPL, and never shown to the root
/// model itself (it sees a description: type, sizes, the first characters).
public enum RunContext: Sendable, Hashable {
    /// One text: `context` is a str.
    case text(String)
    /// Several named documents (files, say): `context` is a dict name -> text, in this order.
    case documents([ContextDocument])
    /// Several texts: `context` is a list of str.
    case list([String])

    public static let empty = RunContext.text("")

    var summary: ContextSummary {
        switch self {
        case .text(let text): return ContextSummary(type: "str", characters: text.count, items: nil)
        case .documents(let documents):
            return ContextSummary(type: "dict", characters: documents.reduce(0) { $0 + $1.text.count }, items: documents.count)
        case .list(let items):
            return ContextSummary(type: "list", characters: items.reduce(0) { $0 + $1.count }, items: items.count)
        }
    }

    var value: Value {
        switch self {
        case .text(let text): return .string(text)
        case .documents(let documents): return .makeDict(documents.map { ($0.name, .string($0.text)) })
        case .list(let items): return .makeList(items.map { .string($0) })
        }
    }

    /// The root model's view of the context.
    var description: String {
        switch self {
        case .text(let text):
            return ContextDescription.text(characters: text.count, start: text.prefix(ContextDescription.previewCharacters))
        case .documents(let documents):
            return ContextDescription.collection(
                type: "dict", noun: "documents (name -> text)",
                sizes: documents.map { ("\(ContextDescription.quoted($0.name))", $0.text.count) },
                firstText: documents.first.map { ($0.name, $0.text) })
        case .list(let items):
            return ContextDescription.collection(
                type: "list", noun: "str items", sizes: items.enumerated().map { ("[\($0.offset)]", $0.element.count) },
                firstText: items.first.map { ("[0]", $0) })
        }
    }
}

/// One named document of a context.
public struct ContextDocument: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The context of a node as it is bound and described: the root's from a `RunContext`, a
/// child's from the value its parent's code passed to `rlm_query`.
struct NodeContext {
    var value: Value
    var summary: ContextSummary
    var description: String

    init(_ context: RunContext) {
        value = context.value
        summary = context.summary
        description = context.description
    }

    /// A child's context from a Python value of the parent. A str is shared as it is (str is
    /// immutable); anything else is copied through JSON, so the child owns its data and the two
    /// interpreters never touch the same objects. Raises TypeError for what JSON cannot hold.
    init(child value: Value) throws {
        if case .str(let text) = value {
            // Only the start is needed for the description: decode no more than it.
            let start = String(decoding: text.utf8.prefix(ContextDescription.previewCharacters * 4), as: UTF8.self)
            self.value = value
            summary = ContextSummary(type: "str", characters: text.count, items: nil)
            description = ContextDescription.text(characters: text.count, start: start.prefix(ContextDescription.previewCharacters))
            return
        }
        let json: String
        do {
            json = try value.jsonText()
        } catch {
            throw PyException(BuiltinTypes.typeError,
                              "rlm_query: the context must be a str, or data JSON can hold (dict, list, str, numbers); \(error)")
        }
        self.value = try Value.fromJSON(json)
        let parsed = (try? JSONValue(parsing: json)) ?? .null
        switch parsed {
        case .object(let members):
            let names = members.keys.sorted()
            let texts = names.map { (ContextDescription.quoted($0), Self.text(of: members[$0]!)) }
            summary = ContextSummary(type: "dict", characters: texts.reduce(0) { $0 + $1.1.count }, items: names.count)
            description = ContextDescription.collection(
                type: "dict", noun: "entries", sizes: texts.map { ($0.0, $0.1.count) }, firstText: texts.first)
        case .array(let items):
            let texts = items.enumerated().map { ("[\($0.offset)]", Self.text(of: $0.element)) }
            summary = ContextSummary(type: "list", characters: texts.reduce(0) { $0 + $1.1.count }, items: items.count)
            description = ContextDescription.collection(
                type: "list", noun: "items", sizes: texts.map { ($0.0, $0.1.count) }, firstText: texts.first)
        default:
            summary = ContextSummary(type: "value", characters: json.count, items: nil)
            description = "The context is a single value: \(TextDigest.abridge(json, limit: 200))"
        }
    }

    private static func text(of value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return value.jsonText
    }
}

/// The words of a context's description.
enum ContextDescription {
    static let previewCharacters = 400
    static let listedSizes = 100

    static func text(characters: Int, start: Substring) -> String {
        if characters == 0 { return "The context is an empty str." }
        var text = "The context is a str of \(characters.formatted()) characters."
        text += " It starts:\n" + fenced(String(start)) + (characters > start.count ? "\n(... and continues)" : "")
        return text
    }

    static func collection(type: String, noun: String, sizes: [(String, Int)], firstText: (String, String)?) -> String {
        let total = sizes.reduce(0) { $0 + $1.1 }
        var text = "The context is a \(type) of \(sizes.count.formatted()) \(noun), \(total.formatted()) characters in all."
        if !sizes.isEmpty {
            let listed = sizes.prefix(listedSizes).map { "\($0.0): \($0.1.formatted())" }.joined(separator: ", ")
            text += "\nCharacters per item: \(listed)"
            if sizes.count > listedSizes { text += ", ... (\((sizes.count - listedSizes).formatted()) more)" }
            text += "."
        }
        if let (name, first) = firstText, !first.isEmpty {
            text += "\nThe first item, \(name), starts:\n" + fenced(String(first.prefix(previewCharacters)))
            if first.count > previewCharacters { text += "\n(... and continues)" }
        }
        return text
    }

    static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    private static func fenced(_ text: String) -> String {
        "```text\n" + text.replacingOccurrences(of: "```", with: "`\u{200B}``") + "\n```"
    }
}
