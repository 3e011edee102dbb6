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

    static func checkDigit13(_ twelve: [Character]) -> Int {
        var sum = 0
        for (i, ch) in twelve.enumerated() { sum += (ch.wholeNumberValue ?? 0) * (i % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10
    }
}
