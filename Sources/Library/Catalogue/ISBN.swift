/// ISBNs compared as ISBN-13 digits, so "5-93093-342-1", "5930933421" and "978-5-93093-342-6" match.
public enum ISBN {
    public static func normalise(_ text: String) -> String? {
        var digits: [Character] = []
        for ch in text {
            if ch.isASCII, ch.isNumber { digits.append(ch) }
            else if ch == "X" || ch == "x", digits.count == 9 { digits.append("X") }
            else if ch == "-" || ch == " " { continue }
            else if !digits.isEmpty { break }   // "5930933421 (pbk.)": the qualifier ends the number
        }
        switch digits.count {
        case 13 where digits.allSatisfy(\.isNumber): return String(digits)
        case 10:
            let body = Array(digits.prefix(9))
            guard body.allSatisfy(\.isNumber) else { return nil }
            let twelve = Array("978") + body
            return String(twelve) + String(checkDigit13(twelve))
        default: return nil
        }
    }

    /// Whether `text` is nothing but an ISBN with a correct check digit (so a search box can tell an
    /// ISBN from a number that happens to have ten digits).
    public static func isWellFormed(_ text: String) -> Bool {
        let compact = text.filter { $0 != "-" && $0 != " " }
        let chars = Array(compact.uppercased())
        if chars.count == 13, chars.allSatisfy(\.isNumber) {
            return checkDigit13(Array(chars.prefix(12))) == chars[12].wholeNumberValue
        }
        guard chars.count == 10, chars.prefix(9).allSatisfy(\.isNumber), chars[9].isNumber || chars[9] == "X" else { return false }
        var sum = 0
        for (i, ch) in chars.enumerated() { sum += (10 - i) * (ch == "X" ? 10 : ch.wholeNumberValue ?? 0) }
        return sum % 11 == 0
    }

    static func checkDigit13(_ twelve: [Character]) -> Int {
        var sum = 0
        for (i, ch) in twelve.enumerated() { sum += (ch.wholeNumberValue ?? 0) * (i % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10
    }
}
