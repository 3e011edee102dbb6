import Foundation
import ManbaCore

/// Excel's rules for sheet names, applied to titles such as an organisation's name: Excel refuses to
/// open (or "repairs") a workbook whose names break them.
enum XLSXSheetName {
    static let maximumLength = 31

    /// Valid, case-insensitively distinct names for `titles`, in order.
    static func uniqueNames(for titles: [String]) -> [String] {
        var used: Set<String> = []
        return titles.enumerated().map { index, title in
            let base = valid(title, fallback: "Sheet\(index + 1)")
            var name = base
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(counter))"
                name = truncated(base, toUTF16Length: maximumLength - suffix.utf16.count) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }

    /// No []:*?/\ and no control characters; no apostrophe at either end; not the reserved "History";
    /// at most 31 UTF-16 units, which is how Excel counts.
    static func valid(_ title: String, fallback: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in title.unicodeScalars where XMLText.isAllowedInXML(scalar) {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": scalars.append("_")
            case "\t", "\n", "\r": scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        let ends = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "'"))
        var name = truncated(String(scalars).trimmingCharacters(in: ends), toUTF16Length: maximumLength)
        name = name.trimmingCharacters(in: ends)
        if name.lowercased() == "history" { name += "_" }
        return name.isEmpty ? fallback : name
    }

    private static func truncated(_ text: String, toUTF16Length limit: Int) -> String {
        var result = ""
        for character in text {
            guard result.utf16.count + character.utf16.count <= limit else { break }
            result.append(character)
        }
        return result
    }
}
