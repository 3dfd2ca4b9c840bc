import Foundation

/// How messages are delimited on the wire. Chosen once, from the first bytes the client sends,
/// and used for every reply.
public enum FramingMode: String, Sendable, Hashable {
    /// The LSP base protocol: `Content-Length: N` (and optional other headers), a blank line,
    /// then N bytes of JSON. What vim.lsp, eglot and VS Code's language client speak.
    case contentLength = "content-length"
    /// One JSON message per line (no raw newline inside a message), as ACP and MCP clients speak.
    case newlineDelimited = "newline-delimited"
}

/// A problem with the framing itself (not with the JSON inside a frame). Each one is answered
/// with an error response whose id is null, and the stream is resynchronised (see `FrameDecoder`).
public struct FramingError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// A header block that cannot be read: no Content-Length, a bad value, a malformed line,
        /// an unsupported charset.
        case badHeader
        /// Bytes where a header was expected.
        case unexpectedBytes
        /// A message above the frame size limit; it was skipped.
        case tooLarge
        /// The input ended in the middle of a message.
        case truncated
    }

    public var kind: Kind
    public var message: String

    public var description: String { message }
}

/// What the decoder found next in the input.
public enum FrameEvent: Sendable, Hashable {
    /// One message's bytes (its JSON text, not yet parsed).
    case frame([UInt8])
    case error(FramingError)
}

/// Cuts a byte stream into messages, in either framing, incrementally: bytes arrive in chunks
/// of any size (several messages in one chunk, one message split over many).
///
/// Detection: the first byte that is not white space decides. `{` or `[` means one JSON
/// message per line; anything else is taken for an LSP header.
///
/// Limits and recovery (documented in Docs/protocol.md):
/// - A message may have at most `maxFrameBytes` bytes (64 MiB by default). A larger LSP
///   message is refused when its header is read and its body is skipped as it arrives, so the
///   stream stays in step; a longer line is refused once the limit is passed and skipped up to
///   its newline.
/// - An LSP header block may have at most 8 KiB. A header block that cannot be used (no
///   Content-Length, a value that is not a decimal number, a malformed line, a charset other
///   than UTF-8) is refused; when its Content-Length could be read its body is skipped,
///   otherwise the decoder skips to the next `Content-Length:` it finds.
/// - Bytes where a header should start are refused once, together, up to the next
///   `Content-Length:`.
public struct FrameDecoder: Sendable {
    public static let defaultMaxFrameBytes = 64 << 20
    public static let maxHeaderBytes = 8 << 10

    public private(set) var mode: FramingMode?
    public let maxFrameBytes: Int

    private enum State: Sendable {
        /// Waiting for a header block (LSP) or a line (newline-delimited).
        case start
        /// Reading an LSP body of this many bytes.
        case body(Int)
        /// Skipping this many more bytes of a refused LSP body.
        case skipping(Int)
        /// Skipping bytes up to the next `Content-Length:` (LSP, after garbage).
        case resynchronising
        /// Skipping the rest of an over-long line (newline-delimited).
        case discardingLine
    }

    private var state = State.start
    private var buffer: [UInt8] = []
    private var head = 0
    /// Where the search for a line or header end resumes (bytes before it were searched).
    private var scanned = 0
    private var skippedBytes = 0
    private var reportSkipped = true

    public init(maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes, mode: FramingMode? = nil) {
        self.maxFrameBytes = maxFrameBytes
        self.mode = mode
    }

    /// Bytes received and not yet consumed.
    public var bufferedBytes: Int { buffer.count - head }

    public mutating func append<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if head > 0, head >= buffer.count / 2 {
            buffer.removeFirst(head)
            scanned -= head
            head = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next message or framing error, or nil when more input is needed.
    public mutating func next() -> FrameEvent? {
        while true {
            if mode == nil {
                guard let first = firstNonWhitespace() else {
                    drop(bufferedBytes)
                    return nil
                }
                drop(first - head)
                mode = buffer[head] == UInt8(ascii: "{") || buffer[head] == UInt8(ascii: "[") ? .newlineDelimited : .contentLength
            }
            let step: Step
            switch mode! {
            case .newlineDelimited: step = nextLine()
            case .contentLength: step = nextLSP()
            }
            switch step {
            case .emit(let event): return event
            case .needMore: return nil
            case .again: continue
            }
        }
    }

    /// At the end of the input: a last line without its newline is still a message; anything
    /// else left over is a truncated message.
    public mutating func finish() -> FrameEvent? {
        defer {
            buffer = []
            head = 0
            scanned = 0
            state = .start
        }
        let rest = buffer[head...]
        switch state {
        case .start:
            if rest.allSatisfy(Self.isWhitespace) { return nil }
            if mode == .newlineDelimited { return .frame(Array(Self.trimmed(rest))) }
            return .error(FramingError(kind: .truncated, message: "the input ended inside a message header"))
        case .body(let length):
            return .error(FramingError(
                kind: .truncated, message: "the input ended inside a message: \(rest.count) of \(length) bytes arrived"))
        case .resynchronising:
            let skipped = skippedBytes + rest.count
            return reportSkipped && skipped > 0 ? .error(unexpected(skipped)) : nil
        case .skipping, .discardingLine:
            return nil
        }
    }

    // MARK: Newline-delimited

    private enum Step {
        case emit(FrameEvent)
        case needMore
        case again
    }

    private mutating func nextLine() -> Step {
        let newline = findByte(UInt8(ascii: "\n"))
        if case .discardingLine = state {
            guard let newline else {
                drop(bufferedBytes)
                return .needMore
            }
            drop(newline + 1 - head)
            state = .start
            return .again
        }
        guard let newline else {
            if bufferedBytes > maxFrameBytes {
                let size = bufferedBytes
                drop(size)
                state = .discardingLine
                return .emit(.error(tooLarge(atLeast: size)))
            }
            return .needMore
        }
        let line = buffer[head..<newline]
        drop(newline + 1 - head)
        let body = Self.trimmed(line)
        if body.isEmpty { return .again }
        if body.count > maxFrameBytes { return .emit(.error(tooLarge(atLeast: body.count))) }
        return .emit(.frame(Array(body)))
    }

    // MARK: LSP

    private mutating func nextLSP() -> Step {
        switch state {
        case .body(let length):
            guard bufferedBytes >= length else { return .needMore }
            let body = Array(buffer[head..<(head + length)])
            drop(length)
            state = .start
            return .emit(.frame(body))
        case .skipping(let remaining):
            let now = min(remaining, bufferedBytes)
            drop(now)
            if now < remaining {
                state = .skipping(remaining - now)
                return .needMore
            }
            state = .start
            return .again
        case .resynchronising:
            return resynchronise()
        case .discardingLine:
            state = .start
            return .again
        case .start:
            break
        }
        // Blank lines between messages are tolerated.
        while bufferedBytes > 0, buffer[head] == UInt8(ascii: "\r") || buffer[head] == UInt8(ascii: "\n") { drop(1) }
        if bufferedBytes == 0 { return .needMore }
        if !Self.startsLikeHeader(buffer[head...]) {
            beginResynchronising(reporting: true)
            return resynchronise()
        }
        guard let (blockEnd, bodyStart) = findHeaderEnd() else {
            if bufferedBytes > Self.maxHeaderBytes {
                beginResynchronising(reporting: false)
                return .emit(.error(FramingError(
                    kind: .badHeader, message: "a header block longer than \(Self.maxHeaderBytes) bytes without its blank line")))
            }
            return .needMore
        }
        switch Self.parseHeaders(buffer[head..<blockEnd], maxFrameBytes: maxFrameBytes) {
        case .length(let length):
            drop(bodyStart - head)
            state = .body(length)
            return .again
        case .refused(let error, let skip?):
            drop(bodyStart - head)
            state = .skipping(skip)
            return .emit(.error(error))
        case .refused(let error, nil):
            if let glued = Self.gluedHeader(in: buffer[head..<blockEnd]) {
                // Garbage glued to the front of a good header (what a previous message's
                // wrong length leaves): that header is used.
                drop(glued - head)
                state = .start
            } else {
                // The body's length is unknown: skip to the next header after this block.
                drop(bodyStart - head)
                state = .resynchronising
                reportSkipped = false
                skippedBytes = 0
            }
            return .emit(.error(error))
        }
    }

    /// Where the only `Content-Length:` of a refused header block starts, when something
    /// precedes it on its line.
    private static func gluedHeader(in block: ArraySlice<UInt8>) -> Int? {
        let marker = Array("content-length:".utf8)
        var found: [Int] = []
        var index = block.startIndex
        while index + marker.count <= block.endIndex {
            var matched = true
            for offset in 0..<marker.count where lowercased(block[index + offset]) != marker[offset] {
                matched = false
                break
            }
            if matched { found.append(index) }
            index += 1
        }
        guard found.count == 1, let start = found.first, start > block.startIndex, block[start - 1] != UInt8(ascii: "\n") else {
            return nil
        }
        return start
    }

    /// Starts skipping from the next byte to the next `Content-Length:`. Skipped bytes are
    /// reported as one error when they were garbage, not when they belong to a message whose
    /// header was already refused.
    private mutating func beginResynchronising(reporting: Bool) {
        state = .resynchronising
        reportSkipped = reporting
        skippedBytes = 0
        if !reporting { drop(1) }
    }

    /// Skips to the next `Content-Length:` (case-insensitive), reporting what was skipped once.
    private mutating func resynchronise() -> Step {
        let marker = Array("content-length:".utf8)
        var index = head
        let end = buffer.count
        while index + marker.count <= end {
            if Self.lowercased(buffer[index]) == marker[0], Self.matches(marker, at: index, in: buffer) {
                let skipped = skippedBytes + (index - head)
                drop(index - head)
                state = .start
                skippedBytes = 0
                if skipped == 0 || !reportSkipped { return .again }
                return .emit(.error(unexpected(skipped)))
            }
            index += 1
        }
        // Keep a tail that may be the start of a marker split across reads.
        let keep = min(bufferedBytes, marker.count - 1)
        let dropping = bufferedBytes - keep
        skippedBytes += dropping
        drop(dropping)
        return .needMore
    }

    private func unexpected(_ count: Int) -> FramingError {
        FramingError(kind: .unexpectedBytes, message: "\(count) byte\(count == 1 ? "" : "s") where a 'Content-Length:' header was expected (skipped)")
    }

    private func tooLarge(atLeast size: Int) -> FramingError {
        FramingError(kind: .tooLarge, message: "a message of at least \(size) bytes is larger than the limit of \(Self.limitText(maxFrameBytes)); it was skipped")
    }

    private enum HeaderResult {
        case length(Int)
        /// Refused; `skip` is the body length to skip when it could be read.
        case refused(FramingError, skip: Int?)
    }

    private static func parseHeaders(_ block: ArraySlice<UInt8>, maxFrameBytes: Int) -> HeaderResult {
        var length: Int?
        var unusable: String?
        var badLength = false
        let lines = block.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        for rawLine in lines {
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                unusable = unusable ?? "a header line without a colon: '\(printable(line))'"
                continue
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if name.isEmpty || !name.utf8.allSatisfy(isTokenByte) {
                unusable = unusable ?? "a malformed header name: '\(printable(line[line.startIndex..<colon]))'"
                continue
            }
            switch name.lowercased() {
            case "content-length":
                guard !value.isEmpty, value.utf8.count <= 18, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let parsed = Int(value) else {
                    unusable = unusable ?? "Content-Length is not a decimal number of bytes: '\(printable(ArraySlice(value.utf8)))'"
                    badLength = true
                    continue
                }
                if let length, length != parsed {
                    unusable = unusable ?? "two different Content-Length headers (\(length) and \(parsed))"
                    badLength = true
                }
                length = parsed
            case "content-type":
                if let charset = charset(in: value), !["utf-8", "utf8"].contains(charset) {
                    unusable = unusable ?? "unsupported charset '\(charset)' in Content-Type: only utf-8 is accepted"
                }
            default:
                // Other headers are allowed and ignored.
                break
            }
        }
        let skip = badLength ? nil : length
        if let unusable { return .refused(FramingError(kind: .badHeader, message: unusable), skip: skip) }
        guard let length else {
            return .refused(FramingError(kind: .badHeader, message: "a header block without a Content-Length header"), skip: nil)
        }
        if length > maxFrameBytes {
            return .refused(FramingError(
                kind: .tooLarge,
                message: "a message of \(length) bytes is larger than the limit of \(limitText(maxFrameBytes)); it was skipped"),
                skip: length)
        }
        return .length(length)
    }

    private static func charset(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")).lowercased()
        }
        return nil
    }

    /// The end of the header block and the start of the body: a blank line, written `\r\n\r\n`
    /// (or, leniently, `\n\n`).
    private mutating func findHeaderEnd() -> (Int, Int)? {
        var index = max(head, scanned)
        while let newline = buffer[index...].firstIndex(of: UInt8(ascii: "\n")) {
            var next = newline + 1
            if next < buffer.count, buffer[next] == UInt8(ascii: "\r") { next += 1 }
            guard next < buffer.count else {
                scanned = newline
                return nil
            }
            if buffer[next] == UInt8(ascii: "\n") {
                scanned = head
                return (newline, next + 1)
            }
            index = newline + 1
        }
        scanned = buffer.count
        return nil
    }

    // MARK: Bytes

    private mutating func drop(_ count: Int) {
        head += count
        if scanned < head { scanned = head }
        if head == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            head = 0
            scanned = 0
        }
    }

    private mutating func findByte(_ byte: UInt8) -> Int? {
        let from = max(head, scanned)
        if let found = buffer[from...].firstIndex(of: byte) {
            scanned = head
            return found
        }
        scanned = buffer.count
        return nil
    }

    private func firstNonWhitespace() -> Int? {
        buffer[head...].firstIndex { !Self.isWhitespace($0) }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let last = slice.last, isWhitespace(last) { slice = slice.dropLast() }
        while let first = slice.first, isWhitespace(first) { slice = slice.dropFirst() }
        return slice
    }

    /// Whether the bytes could begin a header line: a header name character (or, before enough
    /// bytes have come, nothing that rules it out).
    private static func startsLikeHeader(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        return isTokenByte(first)
    }

    /// RFC 7230 token characters (header names).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    private static func matches(_ marker: [UInt8], at index: Int, in buffer: [UInt8]) -> Bool {
        for offset in 0..<marker.count where lowercased(buffer[index + offset]) != marker[offset] { return false }
        return true
    }

    private static func printable<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let text = String(decoding: bytes.prefix(60), as: UTF8.self)
            .unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined()
        return bytes.count > 60 ? text + "..." : text
    }

    /// "67108864 bytes (64 MiB)", or "8192 bytes".
    static func limitText(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes) bytes (\(bytes >> 20) MiB)" : "\(bytes) bytes"
    }

    static func mebibytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}

/// Frames outgoing messages in the mode the client chose.
public enum FrameEncoder {
    public static func frame(_ body: [UInt8], mode: FramingMode) -> [UInt8] {
        switch mode {
        case .contentLength:
            var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
            bytes.reserveCapacity(bytes.count + body.count)
            bytes.append(contentsOf: body)
            return bytes
        case .newlineDelimited:
            // JSON encoders escape newlines inside strings, so a message never contains one.
            var bytes = body
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        }
    }
}
