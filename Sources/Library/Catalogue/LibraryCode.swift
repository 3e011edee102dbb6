/// Member library codes (ISIL-like: "UZ-TSH-0001", "RU-RKP"): short, and safe in a URL and an OAI set.
public enum LibraryCode {
    public static func isValid(_ code: String) -> Bool {
        (1...32).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }
}
