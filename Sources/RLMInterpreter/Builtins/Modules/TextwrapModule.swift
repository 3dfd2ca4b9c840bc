/// `textwrap`: CPython's TextWrapper algorithm (its word-splitting regular expression is
/// implemented by hand below), plus shorten, dedent and indent.
func makeTextwrapModule(_ interp: Interp) -> PyModule {
    var dict: [String: Value] = [:]
    let wrapperClass = makeTextWrapperClass()
    dict["TextWrapper"] = .object(wrapperClass)
    dict["wrap"] = .object(PyBuiltinFunction("wrap") { interp, a in
        let (text, options) = try wrapCall(interp, "wrap", a, widthRequired: false)
        return .list(PyList(try options.wrap(text).map { .str($0) }))
    })
    dict["fill"] = .object(PyBuiltinFunction("fill") { interp, a in
        let (text, options) = try wrapCall(interp, "fill", a, widthRequired: false)
        return .str(PyStr.from("\n").join(try options.wrap(text)))
    })
    dict["shorten"] = .object(PyBuiltinFunction("shorten") { interp, a in
        var (text, options) = try wrapCall(interp, "shorten", a, widthRequired: true, maxLinesOne: true)
        let words = (try? text.strip().split(nil)) ?? []
        text = PyStr.from(" ").join(words)
        return .str(PyStr.from("\n").join(try options.wrap(text)))
    })
    dict["dedent"] = .object(PyBuiltinFunction("dedent") { interp, a in
        let p = try a.bindDef("dedent", ["text"]).slots
        guard case .str(let text) = p[0]! else {
            throw PyException.typeError("expected string or bytes-like object, got '\(typeName(p[0]!))'")
        }
        return .str(dedent(text))
    })
    dict["indent"] = .object(PyBuiltinFunction("indent") { interp, a in
        let p = try a.bindDef("indent", ["text", "prefix", "predicate"], defaults: 1).slots
        guard case .str(let text) = p[0]! else {
            throw PyException.attributeError("'\(typeName(p[0]!))' object has no attribute 'splitlines'")
        }
        let predicate = p[2].flatMap { $0.isNone ? nil : $0 }
        var out = PyStrBuilder()
        for line in text.splitlines(keepends: true) {
            let prefixed: Bool
            if let pred = predicate {
                prefixed = try interp.truthy(try interp.call(pred, Arguments([.str(line)])))
            } else {
                prefixed = line.strip().count > 0
            }
            if prefixed {
                guard case .str(let prefix) = p[1]! else {
                    throw PyException.typeError("unsupported operand type(s) for +: '\(typeName(p[1]!))' and 'str'")
                }
                out.append(prefix)
            }
            out.append(line)
        }
        return .str(out.build())
    })
    return PyModule(name: "textwrap", dict: dict)
}

private let wrapperParameters = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                                 "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens",
                                 "tabsize"]
private let wrapperKeywordOnly = ["max_lines", "placeholder"]

/// The arguments of wrap/fill/shorten: the text, then TextWrapper's options as keywords.
private func wrapCall(_ interp: Interp, _ name: String, _ a: Arguments, widthRequired: Bool,
                      maxLinesOne: Bool = false) throws -> (PyStr, WrapOptions) {
    if a.count > 2 {
        let takes = widthRequired ? "2" : "from 1 to 2"
        throw PyException.typeError("\(name)() takes \(takes) positional arguments but \(a.count) were given")
    }
    var text: Value? = a.count > 0 ? a[0] : nil
    var width: Value? = a.count > 1 ? a[1] : nil
    var rest: [(String, Value)] = []
    for (k, v) in a.keywords {
        if k == "text" {
            if text != nil { throw PyException.typeError("\(name)() got multiple values for argument 'text'") }
            text = v
        } else if k == "width" {
            if width != nil { throw PyException.typeError("\(name)() got multiple values for argument 'width'") }
            width = v
        } else {
            rest.append((k, v))
        }
    }
    if text == nil || (widthRequired && width == nil) {
        let missing = (text == nil ? ["text"] : []) + (widthRequired && width == nil ? ["width"] : [])
        throw PyException.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interp.listNames(missing))")
    }
    var keywords = [("width", width ?? .int(70))] + rest
    if maxLinesOne {
        if rest.contains(where: { $0.0 == "max_lines" }) {
            throw PyException.typeError("TextWrapper.__init__() got multiple values for keyword argument 'max_lines'")
        }
        keywords.append(("max_lines", .int(1)))
    }
    let slots = try Arguments([], keywords: keywords).bindDef("TextWrapper.__init__", wrapperParameters,
                                                              defaults: wrapperParameters.count,
                                                              keywordOnly: wrapperKeywordOnly).slots
    let options = try WrapOptions(interp, slots)
    guard case .str(let s) = text! else {
        throw PyException.attributeError("'\(typeName(text!))' object has no attribute '\(options.expandTabs ? "expandtabs" : "translate")'")
    }
    return (s, options)
}

private func makeTextWrapperClass() -> PyType {
    var methods: [String: BuiltinBody] = [:]
    methods["__init__"] = { interp, a in
        let (slots, _) = try a.bindDef("TextWrapper.__init__", ["self"] + wrapperParameters,
                                       defaults: wrapperParameters.count, keywordOnly: wrapperKeywordOnly)
        let defaults = WrapOptions.defaults
        for (i, name) in (wrapperParameters + wrapperKeywordOnly).enumerated() {
            try interp.setAttribute(slots[0]!, name, slots[i + 1] ?? defaults[name]!)
        }
        return .none
    }
    func options(_ interp: Interp, _ me: Value) throws -> WrapOptions {
        var slots: [Value?] = []
        for name in wrapperParameters + wrapperKeywordOnly { slots.append(try interp.getAttribute(me, name)) }
        return try WrapOptions(interp, slots)
    }
    func text(_ v: Value) throws -> PyStr {
        guard case .str(let s) = v else {
            throw PyException.attributeError("'\(typeName(v))' object has no attribute 'expandtabs'")
        }
        return s
    }
    methods["wrap"] = { interp, a in
        let p = try a.bindDef("TextWrapper.wrap", ["self", "text"]).slots
        return .list(PyList(try options(interp, p[0]!).wrap(try text(p[1]!)).map { .str($0) }))
    }
    methods["fill"] = { interp, a in
        let p = try a.bindDef("TextWrapper.fill", ["self", "text"]).slots
        return .str(PyStr.from("\n").join(try options(interp, p[0]!).wrap(try text(p[1]!))))
    }
    return makeNativeClass("TextWrapper", module: "textwrap", methods)
}

/// TextWrapper's settings, converted for the algorithm.
private struct WrapOptions {
    var width = 70
    var widthValue: Value = .int(70)
    var initialIndent: [UInt32] = []
    var subsequentIndent: [UInt32] = []
    var expandTabs = true
    var replaceWhitespace = true
    var fixSentenceEndings = false
    var breakLongWords = true
    var dropWhitespace = true
    var breakOnHyphens = true
    var breakOnHyphensIsTrue = true
    var tabsize = 8
    var maxLines: Int?
    var placeholder: [UInt32] = Array(" [...]".unicodeScalars.map { $0.value })

    static let defaults: [String: Value] = [
        "width": .int(70), "initial_indent": .string(""), "subsequent_indent": .string(""),
        "expand_tabs": .true, "replace_whitespace": .true, "fix_sentence_endings": .false,
        "break_long_words": .true, "drop_whitespace": .true, "break_on_hyphens": .true, "tabsize": .int(8),
        "max_lines": .none, "placeholder": .string(" [...]"),
    ]

    /// `slots` follow wrapperParameters + wrapperKeywordOnly; nil means the default.
    init(_ interp: Interp, _ slots: [Value?]) throws {
        func str(_ v: Value, _ name: String) throws -> [UInt32] {
            guard case .str(let s) = v else {
                throw PyException.typeError("can only concatenate str (not \"\(typeName(v))\") to str")
            }
            return s.codePointArray
        }
        if let v = slots[0] { widthValue = v; width = try v.asInt("width") }
        if let v = slots[1] { initialIndent = try str(v, "initial_indent") }
        if let v = slots[2] { subsequentIndent = try str(v, "subsequent_indent") }
        if let v = slots[3] { expandTabs = try interp.truthy(v) }
        if let v = slots[4] { replaceWhitespace = try interp.truthy(v) }
        if let v = slots[5] { fixSentenceEndings = try interp.truthy(v) }
        if let v = slots[6] { breakLongWords = try interp.truthy(v) }
        if let v = slots[7] { dropWhitespace = try interp.truthy(v) }
        if let v = slots[8] {
            breakOnHyphens = try interp.truthy(v)
            breakOnHyphensIsTrue = v.isIdentical(to: .true)
        }
        if let v = slots[9] { tabsize = try v.asInt("tabsize") }
        if let v = slots[10], !v.isNone { maxLines = try v.asInt("max_lines") }
        if let v = slots[11] { placeholder = try str(v, "placeholder") }
    }

    func wrap(_ text: PyStr) throws -> [PyStr] {
        var chunks = split(munge(text.codePointArray))
        if fixSentenceEndings { fixEndings(&chunks) }
        return try wrapChunks(chunks).map { codePointsToStr($0) }
    }

    func munge(_ input: [UInt32]) -> [UInt32] {
        var t = input
        if expandTabs {
            var out: [UInt32] = []
            out.reserveCapacity(t.count)
            var column = 0
            for c in t {
                if c == 9 {
                    if tabsize > 0 {
                        let n = tabsize - column % tabsize
                        out.append(contentsOf: repeatElement(32, count: n))
                        column += n
                    }
                } else {
                    out.append(c)
                    column = (c == 10 || c == 13) ? 0 : column + 1
                }
            }
            t = out
        }
        if replaceWhitespace {
            for i in t.indices where isWrapSpace(t[i]) { t[i] = 32 }
        }
        return t
    }

    /// TextWrapper.wordsep_re.split (or wordsep_simple_re when break_on_hyphens is not True).
    func split(_ t: [UInt32]) -> [[UInt32]] {
        var chunks: [[UInt32]] = []
        let n = t.count
        var i = 0
        if !breakOnHyphensIsTrue {
            while i < n {
                let space = isWrapSpace(t[i])
                var j = i + 1
                while j < n && isWrapSpace(t[j]) == space { j += 1 }
                chunks.append(Array(t[i..<j]))
                i = j
            }
            return chunks
        }
        func letter(_ k: Int) -> Bool { k >= 0 && k < n && isLetter(t[k]) }
        /// `-{2,}(?=\w)` at k: a run of two or more hyphens followed by a word character.
        func emDash(_ k: Int) -> Int? {
            var j = k
            while j < n && t[j] == 45 { j += 1 }
            return j - k >= 2 && j < n && isWordChar(t[j]) ? j : nil
        }
        while i < n {
            if isWrapSpace(t[i]) {
                var j = i + 1
                while j < n && isWrapSpace(t[j]) { j += 1 }
                chunks.append(Array(t[i..<j]))
                i = j
                continue
            }
            if t[i] == 45, i > 0, isWordPunct(t[i - 1]), let end = emDash(i) {
                chunks.append(Array(t[i..<end]))
                i = end
                continue
            }
            var j = i + 1
            var end = n
            while true {
                if j < n && t[j] == 45
                    && ((letter(j - 2) && letter(j - 1)) || (letter(j - 3) && j >= 2 && t[j - 2] == 45 && letter(j - 1)))
                    && letter(j + 1) && (letter(j + 2) || (j + 2 < n && t[j + 2] == 45 && letter(j + 3))) {
                    end = j + 1
                    break
                }
                if j == n || isWrapSpace(t[j]) { end = j; break }
                if isWordPunct(t[j - 1]) && emDash(j) != nil { end = j; break }
                j += 1
            }
            chunks.append(Array(t[i..<end]))
            i = end
        }
        return chunks
    }

    func fixEndings(_ chunks: inout [[UInt32]]) {
        func sentenceEnd(_ c: [UInt32]) -> Bool {
            var k = c.count - 1
            if k >= 0 && (c[k] == 34 || c[k] == 39) { k -= 1 }
            guard k >= 1 else { return false }
            return (c[k] == 46 || c[k] == 33 || c[k] == 63) && c[k - 1] >= 97 && c[k - 1] <= 122
        }
        var i = 0
        while i < chunks.count - 1 {
            if chunks[i + 1] == [32] && sentenceEnd(chunks[i]) {
                chunks[i + 1] = [32, 32]
                i += 2
            } else {
                i += 1
            }
        }
    }

    func wrapChunks(_ input: [[UInt32]]) throws -> [[UInt32]] {
        var lines: [[UInt32]] = []
        if width <= 0 { throw PyException.valueError("invalid width \(reprString(widthValue)) (must be > 0)") }
        if let maxLines = maxLines {
            let indent = maxLines > 1 ? subsequentIndent : initialIndent
            if indent.count + lstripped(placeholder).count > width {
                throw PyException.valueError("placeholder too large for max width")
            }
        }
        var chunks = Array(input.reversed())
        while !chunks.isEmpty {
            var curLine: [[UInt32]] = []
            var curLen = 0
            let indent = lines.isEmpty ? initialIndent : subsequentIndent
            let lineWidth = width - indent.count
            if dropWhitespace && isBlank(chunks[chunks.count - 1]) && !lines.isEmpty {
                chunks.removeLast()
            }
            while let last = chunks.last {
                if curLen + last.count <= lineWidth {
                    curLine.append(chunks.removeLast())
                    curLen += last.count
                } else {
                    break
                }
            }
            if let last = chunks.last, last.count > lineWidth {
                handleLongWord(&chunks, &curLine, curLen, lineWidth)
                curLen = curLine.reduce(0) { $0 + $1.count }
            }
            if dropWhitespace, let last = curLine.last, isBlank(last) {
                curLen -= last.count
                curLine.removeLast()
            }
            if curLine.isEmpty { continue }
            let fits = maxLines == nil || lines.count + 1 < maxLines!
                || ((chunks.isEmpty || (dropWhitespace && chunks.count == 1 && isBlank(chunks[0]))) && curLen <= lineWidth)
            if fits {
                lines.append(indent + curLine.joined())
                continue
            }
            var placed = false
            while let last = curLine.last {
                if !isBlank(last) && curLen + placeholder.count <= lineWidth {
                    curLine.append(placeholder)
                    lines.append(indent + curLine.joined())
                    placed = true
                    break
                }
                curLen -= last.count
                curLine.removeLast()
            }
            if !placed {
                if let prev = lines.last {
                    let prevLine = rstripped(prev)
                    if prevLine.count + placeholder.count <= width {
                        lines[lines.count - 1] = prevLine + placeholder
                        break
                    }
                }
                lines.append(indent + lstripped(placeholder))
            }
            break
        }
        return lines
    }

    func handleLongWord(_ chunks: inout [[UInt32]], _ curLine: inout [[UInt32]], _ curLen: Int, _ lineWidth: Int) {
        let spaceLeft = lineWidth < 1 ? 1 : lineWidth - curLen
        if breakLongWords {
            var end = spaceLeft
            let chunk = chunks[chunks.count - 1]
            if breakOnHyphens && chunk.count > spaceLeft {
                let limit = min(max(spaceLeft, 0), chunk.count)
                if let hyphen = chunk[0..<limit].lastIndex(of: 45), hyphen > 0,
                   chunk[0..<hyphen].contains(where: { $0 != 45 }) {
                    end = hyphen + 1
                }
            }
            let cut = min(max(end, 0), chunk.count)
            curLine.append(Array(chunk[0..<cut]))
            chunks[chunks.count - 1] = Array(chunk[cut...])
        } else if curLine.isEmpty {
            curLine.append(chunks.removeLast())
        }
    }
}

/// The whitespace textwrap normalises: "\t\n\x0b\x0c\r ".
@inline(__always)
private func isWrapSpace(_ c: UInt32) -> Bool { c == 32 || (c >= 9 && c <= 13) }
/// Regular-expression `\w`.
private func isWordChar(_ c: UInt32) -> Bool { c == 95 || PyUnicode.isAlnum(c) }
/// `[^\d\W]`: a word character that is not a decimal digit.
private func isLetter(_ c: UInt32) -> Bool { isWordChar(c) && !PyUnicode.isDecimal(c) }
/// `[\w!"'&.,?]`.
private func isWordPunct(_ c: UInt32) -> Bool {
    isWordChar(c) || c == 33 || c == 34 || c == 39 || c == 38 || c == 46 || c == 44 || c == 63
}
/// `s.strip() == ''`.
private func isBlank(_ s: [UInt32]) -> Bool { s.allSatisfy { PyUnicode.isSpace($0) } }
private func lstripped(_ s: [UInt32]) -> [UInt32] { Array(s.drop { PyUnicode.isSpace($0) }) }
private func rstripped(_ s: [UInt32]) -> [UInt32] {
    var end = s.count
    while end > 0 && PyUnicode.isSpace(s[end - 1]) { end -= 1 }
    return Array(s[0..<end])
}

/// textwrap.dedent: blank out whitespace-only lines, then remove the longest common leading
/// run of spaces and tabs from every line.
private func dedent(_ text: PyStr) -> PyStr {
    var lines = text.codePointArray.split(separator: 10, omittingEmptySubsequences: false).map { Array($0) }
    for i in lines.indices where !lines[i].isEmpty && lines[i].allSatisfy({ $0 == 32 || $0 == 9 }) {
        lines[i] = []
    }
    var margin: [UInt32]?
    for line in lines {
        let indentLength = line.prefix { $0 == 32 || $0 == 9 }.count
        guard indentLength < line.count else { continue }
        let indent = Array(line[0..<indentLength])
        guard let m = margin else { margin = indent; continue }
        if indent.starts(with: m) { continue }
        if m.starts(with: indent) { margin = indent; continue }
        var k = 0
        while k < m.count && k < indent.count && m[k] == indent[k] { k += 1 }
        margin = Array(m[0..<k])
    }
    if let m = margin, !m.isEmpty {
        for i in lines.indices where lines[i].starts(with: m) { lines[i].removeFirst(m.count) }
    }
    return codePointsToStr(lines.joined(separator: [10]))
}
