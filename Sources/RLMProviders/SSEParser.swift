/// One Server-Sent Event.
public struct SSEEvent: Sendable, Hashable {
    /// The `event:` field; "message" when the event named none.
    public var event: String
    /// The `data:` lines joined with "\n".
    public var data: String
    public var id: String?

    public init(event: String = "message", data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}

/// An incremental parser for `text/event-stream` (the WHATWG "event stream interpretation").
///
/// Bytes go in as they arrive, in chunks cut anywhere: in the middle of a line, of a `\r\n` pair,
/// or of a multi-byte UTF-8 character. Lines are decoded only once complete, so a split character
/// is never mangled. Handles `\n`, `\r` and `\r\n` line ends, comments (`: ...`), multi-line data,
/// a leading byte-order mark, and fields without a value.
public struct SSEParser: Sendable {
    private var line: [UInt8] = []
    /// The previous chunk ended with `\r`: a `\n` starting the next one belongs to the same line end.
    private var pendingCarriageReturn = false
    private var atStreamStart = true
    private var eventType = ""
    private var dataLines: [String] = []
    private var hasData = false
    private var lastEventID: String?

    public init() {}

    /// True when bytes of an unfinished event are buffered; at the end of a stream this means the
    /// last event was cut off.
    public var hasPartialEvent: Bool { !line.isEmpty || hasData || !eventType.isEmpty }

    /// Feeds bytes; returns the events they complete, in order.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [SSEEvent] where Bytes.Element == UInt8 {
        var events: [SSEEvent] = []
        for byte in bytes {
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if byte == UInt8(ascii: "\n") { continue }
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if let event = endLine() { events.append(event) }
            case UInt8(ascii: "\r"):
                pendingCarriageReturn = true
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: a final event with no blank line after it is dispatched, as most clients
    /// do (the strict reading would drop it; callers decide by the wire format's own end marker).
    public mutating func finish() -> [SSEEvent] {
        var events: [SSEEvent] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if let event = dispatch() { events.append(event) }
        return events
    }

    private mutating func endLine() -> SSEEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if atStreamStart {
            atStreamStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        }
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }  // a comment, e.g. a keep-alive
        let field: String
        let value: String
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            field = String(decoding: line[..<colon], as: UTF8.self)
            var valueStart = line.index(after: colon)
            if valueStart < line.endIndex, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            value = String(decoding: line[valueStart...], as: UTF8.self)
        } else {
            field = String(decoding: line, as: UTF8.self)
            value = ""
        }
        switch field {
        case "event": eventType = value
        case "data":
            dataLines.append(value)
            hasData = true
        case "id":
            if !value.contains("\0") { lastEventID = value }
        default:
            break  // `retry` and unknown fields are ignored
        }
        return nil
    }

    private mutating func dispatch() -> SSEEvent? {
        defer {
            eventType = ""
            dataLines.removeAll(keepingCapacity: true)
            hasData = false
        }
        guard hasData else { return nil }
        return SSEEvent(event: eventType.isEmpty ? "message" : eventType, data: dataLines.joined(separator: "\n"), id: lastEventID)
    }
}
