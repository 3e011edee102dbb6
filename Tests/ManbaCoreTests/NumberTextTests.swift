import ManbaCore
import Testing

struct NumberTextTests {
    @Test func oneDecimalRoundsHalfAwayFromZero() {
        let cases: [(Double, String)] = [(70.94, "70.9"), (70.95, "71.0"), (2, "2.0"), (0, "0.0"), (-0.04, "0.0"), (-0.05, "-0.1"),
                                         (-12.34, "-12.3"), (99.99, "100.0"), (0.05, "0.1")]
        for (value, text) in cases { #expect(NumberText.oneDecimal(value) == text, "\(value)") }
    }

    @Test func compactDropsTheDecimalOfWholeNumbers() {
        #expect(NumberText.compact(70) == "70")
        #expect(NumberText.compact(-3) == "-3")
        #expect(NumberText.compact(70.94) == "70.9")
        #expect(NumberText.compact(.nan) == "nan")
    }
}
