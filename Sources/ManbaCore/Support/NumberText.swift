/// Numbers as pages and exports print them, written by hand: `String(format:)` goes through
/// Foundation's formatter and cost a measurable share of the monitoring page, which prints thousands.
public enum NumberText {
    /// One decimal, rounded half away from zero: 70.94 → "70.9", 2 → "2.0", -0.05 → "-0.1".
    public static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let tenths = Int((abs(value) * 10).rounded())
        let sign = value < 0 && tenths != 0 ? "-" : ""
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// A whole number without decimals, anything else with one: 70 → "70", 70.94 → "70.9".
    public static func compact(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : oneDecimal(value)
    }
}
