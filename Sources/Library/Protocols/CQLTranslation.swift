import ManbaCore

/// Turns a parsed CQL query into a union catalogue search. The CQL support description says which
/// indexes and relations exist; this says what each one searches.
enum CQLTranslation {
    static func query(_ node: CQLNode, support: CQLSupport) -> Result<LibraryQuery, SRUDiagnostic> {
        switch node {
        case .search(let clause):
            return searchClause(clause, support: support)
        case .boolean(let op, _, let left, let right):
            let l = query(left, support: support), r = query(right, support: support)
            switch (l, r) {
            case (.failure(let d), _), (_, .failure(let d)): return .failure(d)
            case (.success(let a), .success(let b)):
                switch op {
                case .and: return .success(.and(a, b))
                case .or: return .success(.or(a, b))
                case .not: return .success(.not(a, b))
                case .prox: return .failure(.unsupportedBooleanOperator("prox"))
                }
            }
        }
    }

    static func searchClause(_ clause: CQLSearchClause, support: CQLSupport) -> Result<LibraryQuery, SRUDiagnostic> {
        let index: String
        if clause.isServerChoice {
            index = "cql.serverchoice"
        } else {
            switch support.resolve(index: clause.index ?? "", contextSetIdentifier: clause.contextSet) {
            case .failure(let diagnostic): return .failure(diagnostic)
            case .success(let qualified): index = qualified.lowercased()
            }
        }
        let kind = clause.relation.kind ?? .equals
        let unmasked = clause.relation.isUnmasked || !clause.term.hasMasking
        // Masking: only a trailing `*` on a word (right truncation), which the index answers by prefix.
        var words: [String] = []
        if unmasked {
            words = clause.term.unmaskedText.split(whereSeparator: \.isWhitespace).map(String.init)
        } else {
            var current = ""
            for part in clause.term.parts {
                switch part {
                case .literal(let text):
                    let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                    for (i, piece) in pieces.enumerated() {
                        if i > 0 { if !current.isEmpty { words.append(current) }; current = "" }
                        current += piece
                    }
                case .anyCharacters:
                    guard !current.isEmpty else { return .failure(.maskingCharacterNotSupported("*")) }
                    words.append(current + "*")
                    current = ""
                case .oneCharacter: return .failure(.maskingCharacterNotSupported("?"))
                case .anchor: return .failure(.anchoringCharacterNotSupported("^"))
                }
            }
            if !current.isEmpty { words.append(current) }
            if words.contains(where: { $0.hasPrefix("*") || $0.dropLast().contains("*") }) { return .failure(.maskingCharacterNotSupported("*")) }
        }
        let text = clause.term.unmaskedText
        switch index {
        case "cql.allrecords":
            return .success(.all)
        case "dc.date":
            guard let year = Int(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(SRUDiagnostic(number: 36, details: text, message: "Term in invalid format for index or relation"))
            }
            switch kind {
            case .equals, .exactEquals, .exact, .adj, .all, .any: return .success(.year(.equal, year))
            case .notEquals: return .success(.year(.notEqual, year))
            case .lessThan: return .success(.year(.less, year))
            case .lessThanOrEqual: return .success(.year(.lessOrEqual, year))
            case .greaterThan: return .success(.year(.greater, year))
            case .greaterThanOrEqual: return .success(.year(.greaterOrEqual, year))
            case .within, .encloses: return .failure(.unsupportedRelation(clause.relation.name))
            }
        case "bath.isbn", "dc.identifier":
            return .success(.isbn(ISBN.normalise(text) ?? text))
        case "manba.library":
            return .success(.facet(.library, text))
        case "manba.language", "dc.language":
            return .success(.facet(.language, text.lowercased()))
        case "manba.material", "dc.type":
            return .success(.facet(.material, text.lowercased()))
        default:
            break
        }
        let field: LibraryField
        switch index {
        case "dc.title": field = .title
        case "dc.creator", "dc.author", "bath.author": field = .creator
        case "dc.subject", "bath.subject": field = .subject
        default: field = .any
        }
        switch kind {
        case .exactEquals, .exact where field == .title:
            return .success(.exactTitle(ScriptFolding.matchKey(text)))
        case .any:
            return .success(.words(field, words, match: .any))
        case .equals, .adj, .all, .exactEquals, .exact:
            return words.isEmpty ? .failure(.emptyTermUnsupported()) : .success(.words(field, words, match: .all))
        default:
            return .failure(.unsupportedRelation(clause.relation.name))
        }
    }

    static func sort(_ keys: [CQLSortKey], support: CQLSupport) -> Result<LibrarySort, SRUDiagnostic> {
        guard let key = keys.first else { return .success(.relevance) }
        switch support.resolve(index: key.index).map({ $0.lowercased() }) {
        case .success("dc.date"): return .success(key.ascending ? .yearAscending : .yearDescending)
        case .success("dc.title"): return .success(.title)
        case .success: return .failure(.unsupportedPathForSort(key.index))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }
}
