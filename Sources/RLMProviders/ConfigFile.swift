import Foundation

/// The config file: a JSON object with the same settings as the flags and the environment
/// (`provider`, `base_url`, `model`, `sub_model`, `api_key`, `max_retries`, `connect_timeout`,
/// `request_timeout`, `stream_idle_timeout`, `max_concurrency`), plus `headers` (sent with every
/// request) and `models` (model-table entries that override or extend the built-in ones).
public struct ConfigFile: Sendable, Hashable {
    public var path: String
    /// Setting values by file key, as text (numbers are accepted as JSON numbers or strings).
    public var values: [String: String]
    public var headers: [String: String]
    public var models: [String: ModelInfo]
    /// Keys rlm does not know, reported as warnings (a typo would otherwise pass silently).
    public var unknownKeys: [String]

    static let settingKeys: Set<String> = Set(SettingName.all.map(\.fileKey) + [SettingName.apiKey.fileKey])

    /// Parses the file's bytes; `path` is only for messages.
    public init(parsing data: Data, path: String) throws {
        self.path = path
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ConfigurationError.malformedFile(path: path, detail: "it is not valid JSON (\(Self.syntaxError(in: data)))")
        }
        guard case .object(let members) = root else {
            throw ConfigurationError.malformedFile(path: path, detail: "the top level must be a JSON object")
        }
        values = [:]
        headers = [:]
        models = [:]
        unknownKeys = []
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            if Self.settingKeys.contains(key) {
                switch value {
                case .string(let text): values[key] = text
                case .number(let number):
                    values[key] = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
                case .null: break
                default:
                    throw ConfigurationError.malformedFile(path: path, detail: "'\(key)' must be a string or a number")
                }
            } else if key == "headers" {
                guard case .object(let entries) = value else {
                    throw ConfigurationError.malformedFile(path: path, detail: "'headers' must be an object of strings")
                }
                for (name, headerValue) in entries {
                    guard let text = headerValue.stringValue else {
                        throw ConfigurationError.malformedFile(path: path, detail: "the header '\(name)' must be a string")
                    }
                    headers[name] = text
                }
            } else if key == "models" {
                try parseModels(value)
            } else {
                unknownKeys.append(key)
            }
        }
    }

    private mutating func parseModels(_ value: JSONValue) throws {
        guard case .object(let entries) = value else {
            throw ConfigurationError.malformedFile(path: path, detail: "'models' must be an object: model name -> entry")
        }
        let known = Set(ModelInfo.CodingKeys.allCases.map(\.rawValue))
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard case .object(let fields) = entry else {
                throw ConfigurationError.malformedFile(path: path, detail: "models.\(name) must be an object")
            }
            for field in fields.keys.sorted() where !known.contains(field) {
                unknownKeys.append("models.\(name).\(field)")
            }
            do {
                let data = try JSONEncoder().encode(entry)
                models[name] = try JSONDecoder().decode(ModelInfo.self, from: data)
            } catch {
                throw ConfigurationError.malformedFile(
                    path: path, detail: "models.\(name): \(Self.reason(error)); the fields are \(known.sorted().joined(separator: ", "))")
            }
        }
    }

    /// Where and why JSON text does not parse ("invalid value at line 3, column 12"), from
    /// JSONSerialization, which says more than JSONDecoder.
    static func syntaxError(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "unexpected content"
        } catch {
            var text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            if text.hasSuffix(".") { text.removeLast() }
            guard let range = text.range(of: #"around (line \d+, column \d+|character \d+)"#, options: .regularExpression) else {
                return text.prefix(1).lowercased() + text.dropFirst()
            }
            let location = text[range]
            var described = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            described = described.prefix(1).lowercased() + described.dropFirst()
            if location.hasPrefix("around character"), let offset = Int(location.split(separator: " ").last ?? "") {
                let before = data.prefix(offset)
                let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
                let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
                return "\(described) at line \(line), column \(column)"
            }
            return "\(described) \(location.replacingOccurrences(of: "around", with: "at"))"
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.last?.stringValue ?? "a value"
            return "'\(field)' has the wrong type"
        case DecodingError.dataCorrupted(let context):
            return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        default:
            return "\(error)"
        }
    }
}
