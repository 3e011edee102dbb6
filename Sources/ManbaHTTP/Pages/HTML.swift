/// HTML text whose interpolations are escaped unless they are HTML themselves, so user data placed in a
/// page can never become markup. Why not a template engine: pages are checked by the compiler, and
/// escaping is the default rather than something a template author must remember.
struct HTML: ExpressibleByStringInterpolation, Sendable {
    var raw: String

    init(raw: String) { self.raw = raw }
    init(stringLiteral value: String) { raw = value }
    init(stringInterpolation: StringInterpolation) { raw = stringInterpolation.raw }

    struct StringInterpolation: StringInterpolationProtocol {
        var raw = ""
        init(literalCapacity: Int, interpolationCount: Int) { raw.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { raw += literal }
        mutating func appendInterpolation(_ text: String) { raw += HTML.escape(text) }
        mutating func appendInterpolation(_ text: String?) { raw += HTML.escape(text ?? "") }
        mutating func appendInterpolation(_ html: HTML) { raw += html.raw }
        mutating func appendInterpolation(_ list: [HTML]) { for item in list { raw += item.raw } }
        mutating func appendInterpolation(_ number: Int) { raw += String(number) }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func join(_ items: [HTML], separator: String = "") -> HTML {
        HTML(raw: items.map(\.raw).joined(separator: separator))
    }
}

extension Array where Element == HTML {
    func joined(_ separator: String = "") -> HTML { HTML.join(self, separator: separator) }
}
