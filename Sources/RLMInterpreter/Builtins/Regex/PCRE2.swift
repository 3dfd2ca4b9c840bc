import CPCRE2

// The only file that talks to PCRE2's C API (8-bit code units, the `_8` functions).
// Everything above it sees byte offsets into a UTF-8 (or, for bytes patterns, raw) subject.

/// A pattern PCRE2 refused (or a translated pattern our dialect layer refused).
/// `message` is CPython's wording without the " at position N" suffix.
public struct RegexError: Error, CustomStringConvertible {
    /// Which Python exception a pattern problem raises: re.error for syntax, ValueError for
    /// incompatible flags, OverflowError for huge repeat counts.
    public enum Kind: Sendable { case syntax, value, overflow }
    public let message: String
    /// Code point index in the pattern, when known.
    public let position: Int?
    public let kind: Kind
    public init(_ message: String, position: Int?, kind: Kind = .syntax) {
        self.message = message
        self.position = position
        self.kind = kind
    }
    public var description: String {
        position.map { "\(message) at position \($0)" } ?? message
    }
}

/// A match ran into PCRE2's resource limits (catastrophic backtracking). CPython would run
/// forever; the sandbox stops it and raises RuntimeError with `message`.
public struct RegexLimitError: Error {
    public static let message = "regular expression exceeded its match limit (catastrophic backtracking?)"
}

/// One compiled PCRE2 program, JIT-compiled when the platform allows it.
final class PCRE2Code {
    let pointer: OpaquePointer
    let isJIT: Bool

    /// `pattern` is PCRE2 syntax (already translated from Python's dialect).
    init(pattern: [UInt8], options: UInt32) throws {
        guard let context = pcre2_compile_context_create_8(nil) else {
            throw RegexError("out of memory compiling the pattern", position: nil)
        }
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_LF))
        var errorCode: Int32 = 0
        var errorOffset = 0
        // A trailing NUL keeps the base address non-nil for the empty pattern.
        let terminated = pattern + [0]
        let code = terminated.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, pattern.count, options, &errorCode, &errorOffset, context)
        }
        guard let code else {
            throw PCRE2CompileFailure(code: errorCode, offset: errorOffset, message: PCRE2Code.message(errorCode))
        }
        pointer = code
        isJIT = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit { pcre2_code_free_8(pointer) }

    /// PCRE2's text for an error code.
    static func message(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
        return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "PCRE2 error \(code)"
    }
}

/// A compile error straight from PCRE2 (code and byte offset in the translated pattern);
/// the dialect layer turns it into a RegexError with CPython's wording where one exists.
struct PCRE2CompileFailure: Error {
    let code: Int32
    let offset: Int
    let message: String
}

/// Match data, a match context with resource limits, and a JIT stack: everything one match
/// call needs besides the program. Not thread-safe; one per pattern object.
final class PCRE2Matcher {
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    /// A JIT stack beyond the default 32 KiB, made only when a match needs it.
    private var jitStack: OpaquePointer?
    let pairs: Int

    /// Backtracking budget. A JIT match of `(a+)+$` against 40 a's and a b gives up in well
    /// under a second; ordinary searches over megabytes of text stay far below it.
    static let matchLimit: UInt32 = 20_000_000
    static let depthLimit: UInt32 = 1_000_000
    /// KiB of heap the interpreter (non-JIT) matcher may use for backtracking frames.
    static let heapLimit: UInt32 = 256 * 1024
    /// Largest JIT stack a match may grow to (address space is reserved, memory is used
    /// only as the match needs it).
    static let maxJITStack = 256 * 1024 * 1024

    init(pairs: Int) {
        self.pairs = pairs
        matchData = pcre2_match_data_create_8(UInt32(pairs), nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, PCRE2Matcher.matchLimit)
        pcre2_set_depth_limit_8(context, PCRE2Matcher.depthLimit)
        pcre2_set_heap_limit_8(context, PCRE2Matcher.heapLimit)
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
        pcre2_match_data_free_8(matchData)
    }

    /// Runs one match of `code` over `subject[0..<length]` starting at byte `start`.
    /// Returns false when there is no match; the offsets are then read with `vector`.
    func run(_ code: PCRE2Code, _ subject: UnsafePointer<UInt8>, length: Int, start: Int, options: UInt32) throws -> Bool {
        var rc = pcre2_match_8(code.pointer, subject, length, start, options, matchData, context)
        if rc == Int32(PCRE2_ERROR_JIT_STACKLIMIT) && jitStack == nil,
           let stack = pcre2_jit_stack_create_8(256 * 1024, PCRE2Matcher.maxJITStack, nil) {
            jitStack = stack
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
            rc = pcre2_match_8(code.pointer, subject, length, start, options, matchData, context)
        }
        if rc >= 0 { return true }
        switch rc {
        case Int32(PCRE2_ERROR_NOMATCH), Int32(PCRE2_ERROR_PARTIAL):
            return false
        case Int32(PCRE2_ERROR_MATCHLIMIT), Int32(PCRE2_ERROR_DEPTHLIMIT), Int32(PCRE2_ERROR_HEAPLIMIT),
             Int32(PCRE2_ERROR_JIT_STACKLIMIT), Int32(PCRE2_ERROR_NOMEMORY):
            throw RegexLimitError()
        default:
            throw RegexError(PCRE2Code.message(rc), position: nil)
        }
    }

    /// The offsets of the last successful match: start/end byte offset per group, -1 for
    /// groups that did not take part (PCRE2_UNSET is ~0). Valid until the next match.
    var vector: UnsafePointer<Int> {
        UnsafePointer(pcre2_get_ovector_pointer_8(matchData)!)
    }

    /// A copy of `vector`.
    func offsets() -> [Int] {
        Array(UnsafeBufferPointer(start: vector, count: 2 * pairs))
    }
}

/// How a match is anchored: `search` anywhere from the start offset, `match` at the start
/// offset, `full` at the start offset and through the end of the subject.
public enum RegexAnchor: Int {
    case search = 0, match = 1, full = 2
}

/// Python's regex flags, with Python's bit values.
public struct RegexFlags: OptionSet, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let ignoreCase = RegexFlags(rawValue: 2)
    public static let locale = RegexFlags(rawValue: 4)
    public static let multiline = RegexFlags(rawValue: 8)
    public static let dotAll = RegexFlags(rawValue: 16)
    public static let unicode = RegexFlags(rawValue: 32)
    public static let verbose = RegexFlags(rawValue: 64)
    public static let debug = RegexFlags(rawValue: 128)
    public static let ascii = RegexFlags(rawValue: 256)
}

/// One match: byte offsets per group (start, end pairs; -1 when the group did not take part).
public struct RegexMatchResult {
    public let offsets: [Int]
    public var range: Range<Int> { offsets[0]..<offsets[1] }
    public func range(ofGroup g: Int) -> Range<Int>? {
        guard 2 * g + 1 < offsets.count, offsets[2 * g] >= 0 else { return nil }
        return offsets[2 * g]..<offsets[2 * g + 1]
    }
}

/// A Python-dialect regular expression compiled to PCRE2: the engine behind `re`, and the
/// Swift-level API other tools (workspace grep) reuse. Matching works on UTF-8 bytes (or raw
/// bytes for bytes patterns) and reports byte offsets. Not thread-safe: it owns one match
/// buffer; use one instance per thread.
public final class CompiledRegex {
    /// The translated program and what the Python layer needs to know about it.
    let program: TranslatedPattern
    public var groupCount: Int { program.groupCount }
    /// Group names to numbers, in definition order.
    public var groupNames: [(String, Int)] { program.groupNames }
    /// Python's `Pattern.flags` value (with re.UNICODE for str patterns).
    public var flags: RegexFlags { program.flags }
    public var isBytes: Bool { program.isBytes }

    /// Codes per anchoring mode and UTF validity, compiled on first use.
    private var codes: [Int: PCRE2Code] = [:]
    private let matcher: PCRE2Matcher

    /// Compiles a str (Unicode) pattern written in Python's `re` dialect.
    public convenience init(pattern: String, flags: RegexFlags = []) throws {
        try self.init(codePoints: pattern.unicodeScalars.map { $0.value }, flags: flags, isBytes: false)
    }

    /// Compiles a pattern given as code points (str) or byte values (bytes patterns).
    init(codePoints: [UInt32], flags: RegexFlags, isBytes: Bool) throws {
        program = try PythonRegexDialect.translate(codePoints, flags: flags, isBytes: isBytes)
        matcher = PCRE2Matcher(pairs: program.groupCount + 1)
        // Compile the search program now so every pattern error surfaces at compile time.
        _ = try code(anchor: .search, validUTF: true)
    }

    func code(anchor: RegexAnchor, validUTF: Bool) throws -> PCRE2Code {
        let key = anchor.rawValue * 2 + (validUTF ? 0 : 1)
        if let c = codes[key] { return c }
        var options = program.compileOptions
        switch anchor {
        case .search: break
        case .match: options |= UInt32(PCRE2_ANCHORED)
        case .full: options |= UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_ENDANCHORED)
        }
        if !validUTF && !program.isBytes { options |= UInt32(PCRE2_MATCH_INVALID_UTF) }
        let c: PCRE2Code
        do {
            c = try PCRE2Code(pattern: program.pcrePattern, options: options)
        } catch let failure as PCRE2CompileFailure {
            throw program.describe(failure)
        }
        codes[key] = c
        return c
    }

    /// Match-time options: `notEmptyAtStart` rejects an empty match at the start offset
    /// (Python's rule after an empty match); `validUTF` promises the subject is valid UTF-8
    /// (str subjects without lone surrogates), which skips PCRE2's check.
    @inline(__always)
    func matchOptions(notEmptyAtStart: Bool, validUTF: Bool) -> UInt32 {
        var options: UInt32 = 0
        if notEmptyAtStart { options |= UInt32(PCRE2_NOTEMPTY_ATSTART) }
        if validUTF && !program.isBytes { options |= UInt32(PCRE2_NO_UTF_CHECK) }
        return options
    }

    /// One match attempt over `subject[0..<end]` from byte `start`; the match's offsets
    /// (see PCRE2Matcher.vector), valid until the next match, or nil.
    @inline(__always)
    func execVector(_ code: PCRE2Code, _ subject: UnsafeBufferPointer<UInt8>, end: Int, start: Int, options: UInt32) throws -> UnsafePointer<Int>? {
        let base = subject.baseAddress ?? PCRE2Buffers.empty
        guard try matcher.run(code, base, length: end, start: start, options: options) else { return nil }
        return matcher.vector
    }

    /// One match attempt, returning a copy of the offsets.
    func exec(_ subject: UnsafeBufferPointer<UInt8>, end: Int, start: Int, anchor: RegexAnchor,
              notEmptyAtStart: Bool = false, validUTF: Bool) throws -> [Int]? {
        let c = try code(anchor: anchor, validUTF: validUTF || program.isBytes)
        let options = matchOptions(notEmptyAtStart: notEmptyAtStart, validUTF: validUTF)
        guard try execVector(c, subject, end: end, start: start, options: options) != nil else { return nil }
        return matcher.offsets()
    }

    var pairs: Int { matcher.pairs }

    /// The first match in `bytes` at or after byte `from` (which must be on a character
    /// boundary). Bytes that are not valid UTF-8 never match a str pattern.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, anchor: RegexAnchor = .search) throws -> RegexMatchResult? {
        try exec(bytes, end: bytes.count, start: from, anchor: anchor, validUTF: false).map(RegexMatchResult.init)
    }

    public func firstMatch(in bytes: [UInt8], from: Int = 0, anchor: RegexAnchor = .search) throws -> RegexMatchResult? {
        try bytes.withUnsafeBufferPointer { try firstMatch(in: $0, from: from, anchor: anchor) }
    }

    public func firstMatch(in string: String) throws -> RegexMatchResult? {
        try firstMatch(in: Array(string.utf8))
    }

    /// All non-overlapping matches, with Python 3.7+'s empty-match rule (`re.finditer`).
    /// `limit` caps the number of matches (0: no cap).
    public func allMatches(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = 0) throws -> [RegexMatchResult] {
        var out: [RegexMatchResult] = []
        var iterator = try MatchWalker(regex: self, subject: bytes, start: 0, end: bytes.count, validUTF: false)
        while let m = try iterator.next() {
            out.append(RegexMatchResult(offsets: m))
            if limit > 0 && out.count >= limit { break }
        }
        return out
    }

    public func allMatches(in bytes: [UInt8], limit: Int = 0) throws -> [RegexMatchResult] {
        try bytes.withUnsafeBufferPointer { try allMatches(in: $0, limit: limit) }
    }
}

/// Steps through successive matches with CPython 3.7+ semantics: after a match ending at e,
/// the next search starts at e; after an empty match, an empty match at the same position is
/// not allowed (PCRE2_NOTEMPTY_ATSTART), so the engine moves on by one character.
struct MatchWalker {
    let regex: CompiledRegex
    let code: PCRE2Code
    let subject: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int
    let validUTF: Bool
    var previousWasEmpty = false
    var done = false

    init(regex: CompiledRegex, subject: UnsafeBufferPointer<UInt8>, start: Int, end: Int, validUTF: Bool) throws {
        self.regex = regex
        self.code = try regex.code(anchor: .search, validUTF: validUTF || regex.isBytes)
        self.subject = subject
        self.position = start
        self.end = end
        self.validUTF = validUTF
    }

    /// The next match's offsets (valid until the following call), or nil.
    mutating func nextVector() throws -> UnsafePointer<Int>? {
        if done || position > end { return nil }
        let options = regex.matchOptions(notEmptyAtStart: previousWasEmpty, validUTF: validUTF)
        guard let m = try regex.execVector(code, subject, end: end, start: position, options: options) else {
            done = true
            return nil
        }
        previousWasEmpty = m[0] == m[1]
        position = m[1]
        return m
    }

    mutating func next() throws -> [Int]? {
        guard let v = try nextVector() else { return nil }
        return Array(UnsafeBufferPointer(start: v, count: 2 * regex.pairs))
    }
}

extension TranslatedPattern {
    /// PCRE2 compile options for Python's flags. `^` in multiline mode also matches after a
    /// final newline (ALT_CIRCUMFLEX), as sre's does; str patterns are UTF with Unicode
    /// classes unless re.ASCII; verbose mode never reaches PCRE2 (the translation applied it).
    var compileOptions: UInt32 {
        let f = flags.rawValue
        var options = UInt32(PCRE2_ALT_CIRCUMFLEX)
        if !isBytes {
            options |= UInt32(PCRE2_UTF) | UInt32(PCRE2_NO_UTF_CHECK)
            if f & RegexFlags.ascii.rawValue == 0 { options |= UInt32(PCRE2_UCP) }
        }
        if f & RegexFlags.ignoreCase.rawValue != 0 { options |= UInt32(PCRE2_CASELESS) }
        if f & RegexFlags.multiline.rawValue != 0 { options |= UInt32(PCRE2_MULTILINE) }
        if f & RegexFlags.dotAll.rawValue != 0 { options |= UInt32(PCRE2_DOTALL) }
        return options
    }

    /// A PCRE2 compile error in CPython's words where one corresponds.
    func describe(_ f: PCRE2CompileFailure) -> RegexError {
        let position = f.offset < sourcePositions.count ? sourcePositions[f.offset] : nil
        switch f.code {
        case 125: // lookbehind assertion is not fixed length
            return RegexError("look-behind requires fixed-width pattern", position: nil)
        case 105: // number too big in {} quantifier
            return RegexError("the repetition number is too large", position: nil, kind: .overflow)
        case 120: // regular expression is too large
            return RegexError("pattern too large", position: nil)
        default:
            return RegexError(f.message, position: position)
        }
    }
}

enum PCRE2Buffers {
    /// A valid address for empty subjects (PCRE2 wants a non-null pointer).
    static let empty: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.pointee = 0
        return UnsafePointer(p)
    }()
}
