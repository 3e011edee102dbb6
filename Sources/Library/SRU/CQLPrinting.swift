// Every part of the AST prints as CQL that parses back to the same AST: the descriptions serve as
// the canonical form of a query in tests, logs and echoed requests.

extension CQLQuery: CustomStringConvertible {
    public var description: String {
        var parts: [String] = prefixAssignments.map { $0.description }
        parts.append(root.cql(topLevelAssignments: prefixAssignments))
        if !sortKeys.isEmpty {
            parts.append("sortBy " + sortKeys.map(\.description).joined(separator: " "))
        }
        return parts.joined(separator: " ")
    }
}

extension CQLPrefixAssignment: CustomStringConvertible {
    public var description: String {
        let identifier = CQLPrinting.quoted(CQLTerm(literal: identifier).text)
        if let prefix { return "> \(CQLPrinting.string(prefix)) = \(identifier)" }
        return "> \(identifier)"
    }
}

extension CQLNode: CustomStringConvertible {
    public var description: String { cql(topLevelAssignments: []) }

    /// Booleans group from the left, so a boolean on the left needs no parentheses and one on the
    /// right does.
    func cql(topLevelAssignments: [CQLPrefixAssignment]) -> String {
        switch self {
        case .search(let clause):
            return clause.cql(topLevelAssignments: topLevelAssignments)
        case .boolean(let booleanOperator, let modifiers, let left, let right):
            let rightText = right.cql(topLevelAssignments: topLevelAssignments)
            let rightPart: String
            if case .boolean = right { rightPart = "(\(rightText))" } else { rightPart = rightText }
            return left.cql(topLevelAssignments: topLevelAssignments) + " "
                + booleanOperator.rawValue + CQLPrinting.modifiers(modifiers) + " " + rightPart
        }
    }
}

extension CQLSearchClause: CustomStringConvertible {
    public var description: String { cql(topLevelAssignments: []) }

    /// A clause whose context set the top-level assignments do not explain came from an assignment
    /// inside parentheses; it is printed inside its own parentheses with that assignment, which parses
    /// back to the same clause.
    func cql(topLevelAssignments: [CQLPrefixAssignment]) -> String {
        let bare = bareCQL
        guard let contextSet, index != nil else { return bare }
        let prefix = indexPrefix
        let inherited = topLevelAssignments.last { $0.prefix?.lowercased() == prefix?.lowercased() }?.identifier
        guard inherited != contextSet else { return bare }
        return "(\(CQLPrefixAssignment(prefix: prefix, identifier: contextSet)) \(bare))"
    }

    private var bareCQL: String {
        let term = CQLPrinting.string(self.term.text)
        if index == nil && relation == .serverChoice { return term }
        return "\(CQLPrinting.string(index ?? "cql.serverChoice")) \(relation) \(term)"
    }
}

extension CQLRelation: CustomStringConvertible {
    public var description: String {
        (kind.map { _ in name } ?? CQLPrinting.string(name)) + CQLPrinting.modifiers(modifiers)
    }
}

extension CQLModifier: CustomStringConvertible {
    public var description: String {
        var text = "/" + CQLPrinting.string(name)
        if let comparison, let value { text += comparison + CQLPrinting.string(value) }
        return text
    }
}

extension CQLSortKey: CustomStringConvertible {
    public var description: String {
        CQLPrinting.string(index) + CQLPrinting.modifiers(modifiers)
    }
}

enum CQLPrinting {
    static func modifiers(_ modifiers: [CQLModifier]) -> String {
        modifiers.map(\.description).joined()
    }

    /// A string as written in CQL (escapes kept), quoted when it must be: when it is empty, holds
    /// whitespace or one of `( ) = < > " /`, or is a keyword.
    static func string(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\":
                result.unicodeScalars.append("\\")
                // A final backslash would escape the closing quote: double it.
                result.unicodeScalars.append(scalars.next() ?? "\\")
            case "\"":
                result += "\\\""
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let lowered = text.lowercased()
        if CQLBooleanOperator(rawValue: lowered) != nil || lowered == "sortby" { return true }
        return text.unicodeScalars.contains { scalar in
            switch scalar {
            case "(", ")", "=", "<", ">", "\"", "/": return true
            default: return scalar.properties.isWhitespace
            }
        }
    }
}
