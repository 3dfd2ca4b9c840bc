import Foundation

/// Decodes Decodable types from a parsed `JSONNode`, with errors that say what was expected
/// and what was found at which path: `expected an integer, got 1.5`.
///
/// Numbers are lenient where no information is lost: an integer field accepts `3.0` or `1e3`
/// (an integral value within ±2^53), never `1.5` or a value out of range.
struct JSONNodeDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode, codingPath: [CodingKey] = []) throws -> T {
        try T(from: NodeDecoder(node: node, codingPath: codingPath))
    }
}

/// A decoder that holds a parsed node (so `JSONNode` itself decodes without a copy).
protocol JSONNodeDecoding {
    var node: JSONNode { get }
}

private struct NodeDecoder: Decoder, JSONNodeDecoding {
    let node: JSONNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else { throw mismatch(codingPath, "an object", node) }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = node else { throw mismatch(codingPath, "an array", node) }
        return UnkeyedNodeContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

private func mismatch(_ path: [CodingKey], _ expected: String, _ node: JSONNode) -> DecodingError {
    DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: path, debugDescription: "expected \(expected), got \(node.kindDescription)"))
}

/// Reads primitives from one node.
private enum Primitive {
    static func bool(_ node: JSONNode, _ path: [CodingKey]) throws -> Bool {
        guard case .bool(let value) = node else { throw mismatch(path, "a boolean", node) }
        return value
    }

    static func string(_ node: JSONNode, _ path: [CodingKey]) throws -> String {
        guard case .string(let value) = node else { throw mismatch(path, "a string", node) }
        return value
    }

    static func double(_ node: JSONNode, _ path: [CodingKey]) throws -> Double {
        guard case .number(let literal) = node else { throw mismatch(path, "a number", node) }
        guard let value = Double(literal), value.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "\(node.kindDescription) is out of the range of a number (a 64-bit float)"))
        }
        return value
    }

    static func integer<T: FixedWidthInteger>(_ node: JSONNode, _ path: [CodingKey], as type: T.Type) throws -> T {
        guard case .number(let literal) = node else { throw mismatch(path, "an integer", node) }
        if let exact = T(literal) { return exact }
        let isPlainInteger = !literal.contains { $0 == "." || $0 == "e" || $0 == "E" }
        if !isPlainInteger, let value = Double(literal), value.isFinite, value == value.rounded(), abs(value) <= 9_007_199_254_740_992,
           let exact = T(exactly: value) {
            return exact
        }
        let problem = isPlainInteger || (Double(literal).map { $0 == $0.rounded() } ?? false)
            ? "\(node.kindDescription) does not fit in a \(T.bitWidth)-bit integer"
            : "expected an integer, got \(node.kindDescription)"
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: problem))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode, _ path: [CodingKey]) throws -> T {
        // Fast paths keep primitives from going through a nested decoder.
        switch type {
        case is String.Type: return try string(node, path) as! T
        case is Bool.Type: return try bool(node, path) as! T
        case is Int.Type: return try integer(node, path, as: Int.self) as! T
        case is Int64.Type: return try integer(node, path, as: Int64.self) as! T
        case is Double.Type: return try double(node, path) as! T
        case is JSONNode.Type: return node as! T
        default: return try T(from: NodeDecoder(node: node, codingPath: path))
        }
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONNode]
    let codingPath: [CodingKey]

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func node(_ key: Key) throws -> JSONNode {
        guard let node = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "required, but missing"))
        }
        return node
    }

    private func path(_ key: Key) -> [CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool {
        try node(key) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try Primitive.bool(try node(key), path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try Primitive.string(try node(key), path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try Primitive.double(try node(key), path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try Primitive.double(try node(key), path(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try Primitive.integer(try node(key), path(key), as: Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try Primitive.integer(try node(key), path(key), as: Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try Primitive.integer(try node(key), path(key), as: Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try Primitive.integer(try node(key), path(key), as: Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try Primitive.integer(try node(key), path(key), as: Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try Primitive.integer(try node(key), path(key), as: UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try Primitive.integer(try node(key), path(key), as: UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try Primitive.integer(try node(key), path(key), as: UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try Primitive.integer(try node(key), path(key), as: UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try Primitive.integer(try node(key), path(key), as: UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try Primitive.decode(type, try node(key), path(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: try node(key), codingPath: path(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try NodeDecoder(node: try node(key), codingPath: path(key)).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        NodeDecoder(node: members["super"] ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        NodeDecoder(node: members[key.stringValue] ?? .null, codingPath: path(key))
    }
}

/// An array index as a coding key.
private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(items: [JSONNode], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (JSONNode, [CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "the array has no more items"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if items[currentIndex] == .null {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, path) = try next()
        return try Primitive.decode(type, node, path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (node, path) = try next()
        return NodeDecoder(node: node, codingPath: path)
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let codingPath: [CodingKey]

    func decodeNil() -> Bool { node == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try Primitive.bool(node, codingPath) }
    func decode(_ type: String.Type) throws -> String { try Primitive.string(node, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try Primitive.double(node, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try Primitive.double(node, codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try Primitive.integer(node, codingPath, as: Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Primitive.integer(node, codingPath, as: Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Primitive.integer(node, codingPath, as: Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Primitive.integer(node, codingPath, as: Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Primitive.integer(node, codingPath, as: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try Primitive.integer(node, codingPath, as: UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Primitive.integer(node, codingPath, as: UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Primitive.integer(node, codingPath, as: UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Primitive.integer(node, codingPath, as: UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Primitive.integer(node, codingPath, as: UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try Primitive.decode(type, node, codingPath)
    }
}
