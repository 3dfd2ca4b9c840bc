// The source as an array of Unicode scalars with its line table. Columns are counted in
// scalars (code points), which is what CPython reports in SyntaxError.offset.

struct SourceText {
    /// The source with "\r\n" and "\r" already turned into "\n" (CPython's universal newlines).
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line; lineStarts[0] == 0 is line 1.
    let lineStarts: [Int]

    init(_ source: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.utf8.count)
        var previousWasCR = false
        for s in source.unicodeScalars {
            if s == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if s == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(s)
        }
        var starts = [0]
        var i = 0
        let n = scalars.count
        while i < n {
            if scalars[i] == "\n" { starts.append(i + 1) }
            i += 1
        }
        self.scalars = scalars
        self.lineStarts = starts
    }

    /// The 1-based line holding `offset` (an offset equal to the length belongs to the last line).
    func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func location(ofOffset offset: Int) -> SourceLocation {
        let line = line(ofOffset: offset)
        return SourceLocation(line: line, column: offset - lineStarts[line - 1] + 1)
    }

    /// The text of a 1-based line without its newline ("" when out of range).
    func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end < start { end = start }
        return string(start, end)
    }

    func string(_ start: Int, _ end: Int) -> String {
        var i = start
        while i < end && scalars[i].value < 128 { i += 1 }
        if i == end {
            // ASCII (names, most literals): write the bytes straight into the string.
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return end - start
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    func error(_ message: String, at location: SourceLocation, kind: String = "SyntaxError") -> SyntaxError {
        SyntaxError(kind: kind, message: message, location: location, lineText: lineText(location.line))
    }
}
