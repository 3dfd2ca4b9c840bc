import Foundation
import RLMProviders

/// Checks a JSON value against a JSON Schema: the keywords structured output uses (`type`,
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`, `minItems`,
/// `maxItems`, `minLength`, `maxLength`, `minimum`, `maximum`, `anyOf`, `oneOf`, `allOf`, `$ref`
/// to `#/$defs/...` or `#/definitions/...`). Unknown keywords are ignored, as the
/// specification says. Reports the first mismatch with its path (`$.items[3].name`).
struct JSONSchemaValidator {
    let root: JSONValue

    /// nil when `value` matches, else what is wrong.
    func mismatch(_ value: JSONValue) -> String? {
        check(value, against: root, path: "$", depth: 0)
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, depth: Int) -> String? {
        if depth > 64 { return nil }
        if case .bool(let allowed) = schema { return allowed ? nil : "\(path): no value is allowed here" }
        guard case .object(let keywords) = schema else { return nil }
        if let ref = keywords["$ref"]?.stringValue {
            guard let target = resolve(ref) else { return nil }
            if let problem = check(value, against: target, path: path, depth: depth + 1) { return problem }
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let one): allowed = [one]
            case .array(let many): allowed = many.compactMap(\.stringValue)
            default: allowed = []
            }
            if !allowed.isEmpty, !allowed.contains(where: { Self.matches(value, type: $0) }) {
                return "\(path): expected \(allowed.joined(separator: " or ")), got \(Self.describe(value))"
            }
        }
        if let options = keywords["enum"], case .array(let values) = options, !values.contains(where: { Self.equal($0, value) }) {
            return "\(path): \(Self.short(value)) is not one of \(Self.short(options))"
        }
        if let constant = keywords["const"], !Self.equal(constant, value) {
            return "\(path): expected \(Self.short(constant)), got \(Self.short(value))"
        }
        switch value {
        case .object(let members):
            if case .array(let required)? = keywords["required"] {
                for name in required.compactMap(\.stringValue) where members[name] == nil {
                    return "\(path): the required property '\(name)' is missing"
                }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
            for name in members.keys.sorted() {
                let member = members[name]!
                if let propertySchema = properties[name] {
                    if let problem = check(member, against: propertySchema, path: "\(path).\(name)", depth: depth + 1) { return problem }
                } else if let additional = keywords["additionalProperties"] {
                    if case .bool(false) = additional { return "\(path): the property '\(name)' is not allowed" }
                    if let problem = check(member, against: additional, path: "\(path).\(name)", depth: depth + 1) { return problem }
                }
            }
        case .array(let items):
            if let itemSchema = keywords["items"] {
                for (i, item) in items.enumerated() {
                    if let problem = check(item, against: itemSchema, path: "\(path)[\(i)]", depth: depth + 1) { return problem }
                }
            }
            if let min = keywords["minItems"]?.number, Double(items.count) < min { return "\(path): fewer than \(Int(min)) items" }
            if let max = keywords["maxItems"]?.number, Double(items.count) > max { return "\(path): more than \(Int(max)) items" }
        case .string(let text):
            if let min = keywords["minLength"]?.number, Double(text.count) < min { return "\(path): shorter than \(Int(min)) characters" }
            if let max = keywords["maxLength"]?.number, Double(text.count) > max { return "\(path): longer than \(Int(max)) characters" }
        case .number(let number):
            if let min = keywords["minimum"]?.number, number < min { return "\(path): \(Self.short(value)) is below the minimum \(Self.short(.number(min)))" }
            if let max = keywords["maximum"]?.number, number > max { return "\(path): \(Self.short(value)) is above the maximum \(Self.short(.number(max)))" }
        default:
            break
        }
        if case .array(let all)? = keywords["allOf"] {
            for sub in all {
                if let problem = check(value, against: sub, path: path, depth: depth + 1) { return problem }
            }
        }
        if case .array(let any)? = keywords["anyOf"], !any.isEmpty {
            let problems = any.map { check(value, against: $0, path: path, depth: depth + 1) }
            if !problems.contains(where: { $0 == nil }) { return problems.compactMap { $0 }.first.map { "\($0) (and no other alternative matched)" } }
        }
        if case .array(let one)? = keywords["oneOf"], !one.isEmpty {
            let matching = one.filter { check(value, against: $0, path: path, depth: depth + 1) == nil }.count
            if matching != 1 { return "\(path): matches \(matching) of the oneOf alternatives instead of exactly one" }
        }
        return nil
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return ref == "#" ? root : nil }
        var current = root
        for part in ref.dropFirst(2).split(separator: "/") {
            let name = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = current[name] else { return nil }
            current = next
        }
        return current
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .number): return true
        case ("integer", .number(let n)): return n.rounded() == n
        default: return false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let n): return n.rounded() == n ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    static func short(_ value: JSONValue) -> String { TextDigest.abridge(value.jsonText, limit: 80) }

    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool { a == b }
}

extension JSONValue {
    var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}
