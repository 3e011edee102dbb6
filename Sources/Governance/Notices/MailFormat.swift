import Foundation
import ManbaCore

/// Writes a `MailMessage` as an Internet message (RFC 5322 with MIME): UTF-8 text, the subject as
/// RFC 2047 encoded words, the body as 8bit when the server accepts it (8BITMIME) and no line is too
/// long for SMTP, else base64. Lines end in CRLF; dot-stuffing is the SMTP layer's business.
enum MailFormat {
    enum BodyEncoding: String { case eightBit = "8bit", base64 }

    /// SMTP allows 1000 octets per line including CRLF.
    static let maximumLineOctets = 998

    static func encoding(for body: String, eightBitAllowed: Bool) -> BodyEncoding {
        guard eightBitAllowed else { return .base64 }
        return lines(body).allSatisfy { $0.utf8.count <= maximumLineOctets } ? .eightBit : .base64
    }

    static func render(_ message: MailMessage, from: String, encoding: BodyEncoding) -> String {
        let headers = [
            "Date: \(date(message.date))",
            "From: \(from)",
            "To: \(message.recipient)",
            "Subject: \(encodedWords(message.subject))",
            "Message-ID: <\(message.id)@\(domain(of: from))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: \(encoding.rawValue)",
            // RFC 3834: an automatic notice, so that vacation responders do not answer it.
            "Auto-Submitted: auto-generated",
        ]
        let body: [String]
        switch encoding {
        case .eightBit: body = lines(message.body)
        // The text with the same line ends as the 8bit form, the last line ended too.
        case .base64: body = wrapped(Data(lines(message.body).map { $0 + "\r\n" }.joined().utf8).base64EncodedString(), width: 76)
        }
        return (headers + [""] + body).joined(separator: "\r\n") + "\r\n"
    }

    /// The subject as RFC 2047 "B" encoded words of at most 75 characters each, folded onto
    /// continuation lines; characters are never split between words, as the RFC requires.
    static func encodedWords(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        // "=?UTF-8?B?" + "?=" take 12 of the 75; 45 bytes make 60 base64 characters.
        var words: [[UInt8]] = [], chunk: [UInt8] = []
        for character in flat {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(chunk); chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// The text split into lines whatever its line ends were; a final line end ends the last line
    /// rather than starting an empty one.
    static func lines(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether an address is safe to put into an SMTP command and a header: one ASCII mailbox with
    /// nothing that could end a line or a path.
    static func isPlainAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && address.utf8.count <= 254
            && address.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    static func domain(of address: String) -> String {
        address.split(separator: "@").last.map(String.init) ?? "localhost"
    }

    /// RFC 5322 date in UTC: Tue, 04 Feb 2025 10:00:00 +0000
    static func date(_ date: Date) -> String {
        // By hand rather than with DateFormatter, which has crashed inside ICU when used from several threads on Linux.
        let c = Timestamp.civil(date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = String(format: "%02d", c.day)
        let time = String(format: "%04d %02d:%02d:%02d +0000", c.year, c.hour, c.minute, c.second)
        return "\(weekdays[c.weekday]), \(day) \(months[c.month - 1]) \(time)"
    }

    private static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], rest = Substring(text)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return lines
    }
}
