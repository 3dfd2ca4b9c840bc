import Synchronization

/// The str predicates (`isalpha`, `isdigit`, `isupper`, `repr`'s printable test, case
/// operations' cased tests) per code point, answered from a table.
///
/// The definitions in UnicodeProps.swift go through `Unicode.Scalar.Properties` and the
/// Unicode 14 pins, ~100 ns per property; a loop over the characters of non-Latin text asks
/// several per character. So the answers for the Basic Multilingual Plane are computed from
/// those definitions a page of 256 code points at a time, on first use, and kept for the
/// process (at most 128 KiB). Code points above the BMP (rare in text) use the definitions.
extension PyUnicode {
    struct Flags: OptionSet {
        let rawValue: UInt16
        init(rawValue: UInt16) { self.rawValue = rawValue }
        static let alpha = Flags(rawValue: 1 << 0)
        static let decimal = Flags(rawValue: 1 << 1)
        static let digit = Flags(rawValue: 1 << 2)
        static let numeric = Flags(rawValue: 1 << 3)
        static let printable = Flags(rawValue: 1 << 4)
        static let upper = Flags(rawValue: 1 << 5)
        static let lower = Flags(rawValue: 1 << 6)
        static let title = Flags(rawValue: 1 << 7)
        static let cased = Flags(rawValue: 1 << 8)
        static let caseIgnorable = Flags(rawValue: 1 << 9)

        /// Every flag of `cp`, from the definitions.
        init(definitionOf cp: UInt32) {
            var f: Flags = []
            if PyUnicode.alphaByDefinition(cp) { f.insert(.alpha) }
            switch PyUnicode.numericLevelByDefinition(cp) {
            case 3: f.formUnion([.decimal, .digit, .numeric])
            case 2: f.formUnion([.digit, .numeric])
            case 1: f.insert(.numeric)
            default: break
            }
            if PyUnicode.printableByDefinition(cp) { f.insert(.printable) }
            if PyUnicode.upperByDefinition(cp) { f.insert(.upper) }
            if PyUnicode.lowerByDefinition(cp) { f.insert(.lower) }
            if PyUnicode.titleByDefinition(cp) { f.insert(.title) }
            if PyUnicode.casedByDefinition(cp) { f.insert(.cased) }
            if PyUnicode.caseIgnorableByDefinition(cp) { f.insert(.caseIgnorable) }
            self = f
        }
    }

    static let bmpFlags = BMPTable<Flags> { Flags(definitionOf: $0) }

    @inline(__always)
    static func flags(_ cp: UInt32) -> Flags {
        cp < 0x10000 ? bmpFlags[cp] : Flags(definitionOf: cp)
    }

    // ASCII is answered inline (the definitions' first test); everything else by the table.
    static func isAlpha(_ cp: UInt32) -> Bool { cp < 128 ? alphaByDefinition(cp) : flags(cp).contains(.alpha) }
    static func isPrintable(_ cp: UInt32) -> Bool { cp < 128 ? printableByDefinition(cp) : flags(cp).contains(.printable) }
    static func isUpper(_ cp: UInt32) -> Bool { cp < 128 ? upperByDefinition(cp) : flags(cp).contains(.upper) }
    static func isLower(_ cp: UInt32) -> Bool { cp < 128 ? lowerByDefinition(cp) : flags(cp).contains(.lower) }
    static func isTitle(_ cp: UInt32) -> Bool { cp < 128 ? false : flags(cp).contains(.title) }
    static func isCased(_ cp: UInt32) -> Bool { cp < 128 ? casedByDefinition(cp) : flags(cp).contains(.cased) }
    static func isCaseIgnorable(_ cp: UInt32) -> Bool { flags(cp).contains(.caseIgnorable) }

    /// 0 = not numeric, 1 = numeric only, 2 = digit, 3 = decimal (CPython's three levels).
    static func numericLevel(_ cp: UInt32) -> Int {
        if cp < 128 { return cp >= 0x30 && cp <= 0x39 ? 3 : 0 }
        let f = flags(cp)
        return f.contains(.decimal) ? 3 : f.contains(.digit) ? 2 : f.contains(.numeric) ? 1 : 0
    }

    static func isDecimal(_ cp: UInt32) -> Bool { numericLevel(cp) == 3 }
    static func isDigit(_ cp: UInt32) -> Bool { numericLevel(cp) >= 2 }
    static func isNumeric(_ cp: UInt32) -> Bool { numericLevel(cp) >= 1 }
    static func isAlnum(_ cp: UInt32) -> Bool { isAlpha(cp) || numericLevel(cp) > 0 }
}

/// A value for every code point of the BMP, computed a page of 256 at a time on first use
/// and kept for the process. Sessions run on several threads, so a page is published with a
/// compare-and-swap: two threads may both compute a page (the answers are the same); one
/// copy wins and the other is freed. (`@unchecked`: the pointer itself never changes, and
/// every slot is an atomic.)
final class BMPTable<Entry>: @unchecked Sendable {
    /// Page addresses as bit patterns; 0 until computed.
    private let pages: UnsafeMutablePointer<Atomic<UInt>>
    private let definition: (UInt32) -> Entry

    init(_ definition: @escaping (UInt32) -> Entry) {
        self.definition = definition
        pages = .allocate(capacity: 256)
        for i in 0..<256 { (pages + i).initialize(to: Atomic(0)) }
    }

    @inline(__always)
    subscript(cp: UInt32) -> Entry {
        let page = Int(cp >> 8)
        var bits = pages[page].load(ordering: .acquiring)
        if bits == 0 { bits = compute(page) }
        return UnsafePointer<Entry>(bitPattern: bits).unsafelyUnwrapped[Int(cp & 0xFF)]
    }

    private func compute(_ page: Int) -> UInt {
        let table = UnsafeMutablePointer<Entry>.allocate(capacity: 256)
        for k in 0..<256 { (table + k).initialize(to: definition(UInt32(page << 8 | k))) }
        let bits = UInt(bitPattern: table)
        let (published, existing) = pages[page].compareExchange(expected: 0, desired: bits, ordering: .acquiringAndReleasing)
        if published { return bits }
        table.deinitialize(count: 256)
        table.deallocate()
        return existing
    }
}
