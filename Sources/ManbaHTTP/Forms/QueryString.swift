import Foundation
import Hummingbird

/// The query string as HTML forms and HTTP clients write it: `+` stands for a space (application/
/// x-www-form-urlencoded), which Hummingbird's `queryParameters` leaves as it is. Every route reads
/// its query through here so that `q=Toshkent+shahri` means two words everywhere.
struct QueryString {
    let pairs: [(String, String)]

    init(_ request: Request) {
        self.init(request.uri.query ?? "")
    }

    init(_ raw: String) {
        pairs = raw.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ Self.decode($0) }), !name.isEmpty else { return nil }
            return (name, parts.count > 1 ? Self.decode(parts[1]) ?? "" : "")
        }
    }

    /// The first value of a parameter.
    func get(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
