/// Per-code-point Unicode facts with CPython 3.11's definitions.
///
/// Swift's Unicode tables are newer than CPython 3.11's (Unicode 14.0); code points assigned
/// later are treated as unassigned here, and the handful of properties that changed for older
/// characters are pinned, so str predicates and repr() agree with CPython byte for byte.
enum PyUnicode {
    @inline(__always)
    static func properties(_ cp: UInt32) -> Unicode.Scalar.Properties? {
        guard let s = Unicode.Scalar(cp), !isUnassigned311(cp) else { return nil }
        return s.properties
    }

    static func isUnassigned311(_ cp: UInt32) -> Bool {
        if cp < 0x88F { return false }
        let t = python311UnassignedRanges
        var lo = 0, hi = t.count / 2 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if cp < t[2 * mid] { hi = mid - 1 } else if cp > t[2 * mid + 1] { lo = mid + 1 } else { return true }
        }
        return false
    }

    // MARK: whitespace and line breaks (CPython hard-codes these lists)

    /// Py_UNICODE_ISSPACE: used by split(), strip(), isspace(), int() and float().
    @inline(__always)
    static func isSpace(_ cp: UInt32) -> Bool {
        if cp < 128 { return asciiSpace(UInt8(cp)) }
        switch cp {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// ASCII whitespace as CPython sees it: \t \n \v \f \r, the four separators \x1c-\x1f, space.
    @inline(__always)
    static func asciiSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)
    }

    /// Line boundaries of str.splitlines() (\x1f is whitespace but not a line boundary).
    @inline(__always)
    static func isLineBreak(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    // MARK: categories

    static func printableByDefinition(_ cp: UInt32) -> Bool {
        if cp < 0x100 { return (cp >= 0x20 && cp < 0x7F) || (cp > 0xA0 && cp != 0xAD) }
        guard let p = properties(cp) else { return false }
        switch p.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func alphaByDefinition(_ cp: UInt32) -> Bool {
        if cp < 128 { return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7A }
        if cp < 0x100 { return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) }
        guard let p = properties(cp) else { return false }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// 0 = not numeric, 1 = numeric only, 2 = digit, 3 = decimal (CPython's three levels).
    static func numericLevelByDefinition(_ cp: UInt32) -> Int {
        if cp < 128 { return cp >= 0x30 && cp <= 0x39 ? 3 : 0 }
        guard let p = properties(cp), let t = p.numericType else { return 0 }
        switch cp {
        case 0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
             0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399:
            return 0  // numeric values added after Unicode 14
        default:
            break
        }
        switch t {
        case .decimal: return 3
        case .digit: return 2
        default: return 1
        }
    }


    /// Value of a decimal digit (any script), for int() and float() parsing.
    static func decimalValue(_ cp: UInt32) -> Int? {
        if cp >= 0x30 && cp <= 0x39 { return Int(cp - 0x30) }
        if cp < 128 || numericLevel(cp) != 3 { return nil }
        guard let v = Unicode.Scalar(cp)?.properties.numericValue else { return nil }
        return Int(v)
    }

    /// Scripts and blocks without any case (Arabic, Indic, CJK, Hangul, private use, most
    /// emoji), checked before the comparatively slow property lookups of case operations.
    @inline(__always)
    static func isCaseless(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0600...0x06FF, 0x0900...0x0DFF, 0x2E80...0xA63F, 0xAC00...0xD7FF, 0xE000...0xF8FF,
             0x1F000...0x1F12F, 0x1F18A...0x1FAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// The derived Uppercase property (CPython's UPPER_MASK).
    static func upperByDefinition(_ cp: UInt32) -> Bool {
        if cp < 128 { return cp >= 0x41 && cp <= 0x5A }
        if cp < 0x100 { return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7 }
        if isCaseless(cp) { return false }
        guard let p = properties(cp) else { return false }
        return p.isUppercase
    }

    /// The derived Lowercase property (CPython's LOWER_MASK).
    static func lowerByDefinition(_ cp: UInt32) -> Bool {
        if cp < 128 { return cp >= 0x61 && cp <= 0x7A }
        if cp < 0x100 { return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xDF && cp != 0xF7) }
        if isCaseless(cp) { return false }
        switch cp {
        case 0x295: return true
        case 0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69: return false
        default: break
        }
        guard let p = properties(cp) else { return false }
        return p.isLowercase
    }

    /// General category Lt (CPython's TITLE_MASK).
    static func titleByDefinition(_ cp: UInt32) -> Bool {
        if cp < 0x100 || isCaseless(cp) { return false }
        return properties(cp)?.generalCategory == .titlecaseLetter
    }

    static func casedByDefinition(_ cp: UInt32) -> Bool {
        if cp < 0x100 { return upperByDefinition(cp) || lowerByDefinition(cp) }
        if isCaseless(cp) { return false }
        return properties(cp)?.isCased ?? false
    }

    static func caseIgnorableByDefinition(_ cp: UInt32) -> Bool {
        properties(cp)?.isCaseIgnorable ?? false
    }

    static func isXIDStart(_ cp: UInt32) -> Bool {
        if cp < 128 { return isAlpha(cp) || cp == 0x5F }
        return properties(cp)?.isXIDStart ?? false
    }

    static func isXIDContinue(_ cp: UInt32) -> Bool {
        if cp < 128 { return isAlpha(cp) || cp == 0x5F || (cp >= 0x30 && cp <= 0x39) }
        switch cp {
        case 0x200C, 0x200D, 0x30FB, 0xFF65: return false  // became XID_Continue in Unicode 15.1
        default: return properties(cp)?.isXIDContinue ?? false
        }
    }

    // MARK: full case mappings (one code point may map to up to three)

    static func appendLower(_ cp: UInt32, _ out: inout PyStrBuilder) {
        if cp < 0x100 {
            out.append(codePoint: (cp >= 0x41 && cp <= 0x5A) || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 0x20 : cp)
            return
        }
        if cp < 0x10000, case let m = bmpCase[cp].lower, m != CaseMappings.several {
            out.append(codePoint: m)
            return
        }
        appendLowerByDefinition(cp, &out)
    }

    static func appendUpper(_ cp: UInt32, _ out: inout PyStrBuilder) {
        if cp < 0x100 { appendLatin1Upper(cp, title: false, &out); return }
        if cp < 0x10000, case let m = bmpCase[cp].upper, m != CaseMappings.several {
            out.append(codePoint: m)
            return
        }
        appendUpperByDefinition(cp, &out)
    }

    static func appendTitle(_ cp: UInt32, _ out: inout PyStrBuilder) {
        if cp < 0x100 { appendLatin1Upper(cp, title: true, &out); return }
        if cp < 0x10000, case let m = bmpCase[cp].title, m != CaseMappings.several {
            out.append(codePoint: m)
            return
        }
        appendTitleByDefinition(cp, &out)
    }

    /// The mappings of a BMP code point that maps to one code point each way, from a table
    /// (the definitions below cost ~200 ns and an allocation per code point: Cyrillic or Greek
    /// text spends its case conversions there otherwise).
    struct CaseMappings {
        /// In place of a mapping to more than one code point (`ŉ` -> `ʼN`): use the definition.
        static let several = UInt32.max
        var lower: UInt32
        var upper: UInt32
        var title: UInt32

        init(definitionOf cp: UInt32) {
            func single(_ append: (UInt32, inout PyStrBuilder) -> Void) -> UInt32 {
                var b = PyStrBuilder()
                append(cp, &b)
                let s = b.build()
                return s.count == 1 ? s.codePoint(at: 0) : CaseMappings.several
            }
            lower = single(appendLowerByDefinition)
            upper = single(appendUpperByDefinition)
            title = single(appendTitleByDefinition)
        }
    }

    static let bmpCase = BMPTable<CaseMappings> { CaseMappings(definitionOf: $0) }

    static func appendLowerByDefinition(_ cp: UInt32, _ out: inout PyStrBuilder) {
        guard cp >= 0x100 else { appendLower(cp, &out); return }
        guard !isCaseless(cp), let p = properties(cp), p.changesWhenLowercased else { out.append(codePoint: cp); return }
        for s in p.lowercaseMapping.unicodeScalars { out.append(codePoint: s.value) }
    }

    static func appendUpperByDefinition(_ cp: UInt32, _ out: inout PyStrBuilder) {
        guard cp >= 0x100 else { appendUpper(cp, &out); return }
        guard !isCaseless(cp), let p = properties(cp), p.changesWhenUppercased, !newerCasePartner(cp) else {
            out.append(codePoint: cp)
            return
        }
        for s in p.uppercaseMapping.unicodeScalars { out.append(codePoint: s.value) }
    }

    static func appendTitleByDefinition(_ cp: UInt32, _ out: inout PyStrBuilder) {
        guard cp >= 0x100 else { appendTitle(cp, &out); return }
        guard !isCaseless(cp), let p = properties(cp), p.changesWhenTitlecased, !newerCasePartner(cp) else {
            out.append(codePoint: cp)
            return
        }
        for s in p.titlecaseMapping.unicodeScalars { out.append(codePoint: s.value) }
    }

    /// Upper/title case for U+0000-U+00FF: ß -> SS/Ss, ÿ -> Ÿ, µ -> Greek capital mu.
    private static func appendLatin1Upper(_ cp: UInt32, title: Bool, _ out: inout PyStrBuilder) {
        switch cp {
        case 0x61...0x7A, 0xE0...0xF6, 0xF8...0xFE: out.append(codePoint: cp - 0x20)
        case 0xFF: out.append(codePoint: 0x178)
        case 0xB5: out.append(codePoint: 0x39C)
        case 0xDF: out.append(codePoint: 0x53); out.append(codePoint: title ? 0x73 : 0x53)
        default: out.append(codePoint: cp)
        }
    }

    static func appendFolded(_ cp: UInt32, _ out: inout PyStrBuilder) {
        if cp < 0xB5 || isCaseless(cp) { appendLower(cp, &out); return }
        let t = caseFoldExceptions
        var lo = 0, hi = t.count / 4 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let k = t[4 * mid]
            if cp < k { hi = mid - 1 } else if cp > k { lo = mid + 1 } else {
                for j in 1...3 where t[4 * mid + j] != 0 { out.append(codePoint: t[4 * mid + j]) }
                return
            }
        }
        appendLower(cp, &out)
    }

    /// Lowercase letters whose uppercase partner was only added after Unicode 14.
    @inline(__always)
    static func newerCasePartner(_ cp: UInt32) -> Bool {
        cp == 0x19B || cp == 0x264 || cp == 0xA7D3 || cp == 0xA7D5
    }
}
