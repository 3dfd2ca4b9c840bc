import XCTest
import RLMTestSupport
@testable import RLMInterpreter

/// The fixed-point shortcut (rounding the shortest digits) against glibc's exact printf.
final class FloatTextTests: XCTestCase {
    private func printfDigits(_ d: Double, _ n: Int) -> FloatText.Digits {
        FloatText.withCFormat(0x66, d, n) { FloatText.parseDecimal($0) }
    }

    private func assertAgrees(_ d: Double, _ n: Int, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let fast = FloatText.fixedFromShortest(d, n) else { return false }
        let exact = printfDigits(d, n)
        XCTAssertEqual(fast.digits, exact.digits, "\(d) with \(n) places", file: file, line: line)
        XCTAssertEqual(fast.decpt, exact.decpt, "\(d) with \(n) places", file: file, line: line)
        XCTAssertEqual(fast.negative, exact.negative, "\(d) with \(n) places", file: file, line: line)
        return true
    }

    func testRandomValuesAgreeWithPrintf() {
        var rng = SeededGenerator(seed: 20261121)
        var taken = 0
        for _ in 0..<60_000 {
            let n = Int.random(in: 0...8, using: &rng)
            let d: Double
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: d = Double.random(in: -1000...1000, using: &rng)
            case 1: d = Double(Int.random(in: -1_000_000...1_000_000, using: &rng)) / Double(Int.random(in: 1...999, using: &rng))
            case 2: d = Double(bitPattern: rng.next())   // any double, NaN and inf included
            default: d = Double(Int.random(in: -99_999...99_999, using: &rng)) / 1000  // few places
            }
            if assertAgrees(d, n) { taken += 1 }
        }
        // The shortcut should apply to nearly all ordinary values.
        XCTAssertGreaterThan(taken, 40_000)
    }

    func testHalfwayAndCarryCases() {
        // Ties on the shortest digits go to printf; carries ripple into a new leading digit.
        XCTAssertNil(FloatText.fixedFromShortest(0.125, 2))
        XCTAssertNil(FloatText.fixedFromShortest(2.5, 0))
        for (d, n) in [(2.675, 2), (0.9996, 3), (9.9999, 2), (-0.0004, 3), (0.0006, 3), (1e-10, 3),
                       (-0.0, 2), (0.0, 0), (123456.7891, 1), (0.1 + 0.2, 17), (1e22, 3), (5e-324, 5)] {
            _ = assertAgrees(d, n)
        }
        XCTAssertEqual(FloatText.formatBytes(2.675, code: 0x66, precision: 2), Array("2.67".utf8))
        XCTAssertEqual(FloatText.formatBytes(-0.0004, code: 0x66, precision: 3), Array("-0.000".utf8))
        XCTAssertEqual(FloatText.formatBytes(0.9996, code: 0x66, precision: 3), Array("1.000".utf8))
    }
}
