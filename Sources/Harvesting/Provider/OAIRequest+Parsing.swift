/// Why a request was refused before it reached the repository: `badVerb`, or one `badArgument` per
/// problem found. The spec asks repositories to report every error, so checking goes on after the
/// first one.
public struct OAIRequestRejection: Error, Sendable, Hashable {
    public var errors: [OAIError]
}

extension OAIRequest {
    /// Checks the parameters of a GET query or a POST form, repeated keys kept as they came.
    /// `granularity` is the repository's: a harvester may not ask with finer dates than it keeps.
    public static func parse(_ parameters: [(String, String)], granularity: OAIGranularity) -> Result<OAIRequest, OAIRequestRejection> {
        let verbValues = parameters.filter { $0.0 == "verb" }.map(\.1)
        guard verbValues.count == 1, let verbText = verbValues.first else {
            let reason = verbValues.isEmpty ? "The request has no verb." : "The verb argument is repeated."
            return .failure(OAIRequestRejection(errors: [OAIError(.badVerb, reason)]))
        }
        guard let verb = OAIVerb(rawValue: verbText) else {
            return .failure(OAIRequestRejection(errors: [OAIError(.badVerb, "'\(verbText)' is not an OAI-PMH verb.")]))
        }

        var problems: [String] = []
        var values: [OAIArgument: String] = [:]
        var reportedNames: Set<String> = []
        for (name, value) in parameters where name != "verb" {
            guard let argument = OAIArgument(rawValue: name), verb.accepts(argument) else {
                if reportedNames.insert(name).inserted {
                    problems.append("'\(name)' is not an argument of \(verb.rawValue).")
                }
                continue
            }
            if values[argument] != nil {
                if reportedNames.insert(name).inserted { problems.append("The argument '\(name)' is repeated.") }
                continue
            }
            values[argument] = value
        }

        if values[.resumptionToken] != nil {
            let others = values.keys.filter { $0 != .resumptionToken }.map(\.rawValue).sorted()
            if !others.isEmpty {
                problems.append("resumptionToken is exclusive; it cannot come with \(others.joined(separator: ", ")).")
            }
        } else {
            for argument in verb.requiredArguments where values[argument] == nil {
                problems.append("\(verb.rawValue) requires the argument '\(argument.rawValue)'.")
            }
        }

        var request = OAIRequest(verb: verb, resumptionToken: values[.resumptionToken])
        if let identifier = values[.identifier] {
            if identifier.isEmpty { problems.append("The identifier is empty.") }
            request.identifier = identifier
        }
        if let prefix = values[.metadataPrefix] {
            if !isMetadataPrefix(prefix) { problems.append("'\(prefix)' is not a valid metadataPrefix.") }
            request.metadataPrefix = prefix
        }
        if let set = values[.set] {
            if !isSetSpec(set) { problems.append("'\(set)' is not a valid setSpec.") }
            request.set = set
        }
        request.from = parseDate(values[.from], named: "from", granularity: granularity, problems: &problems)
        request.until = parseDate(values[.until], named: "until", granularity: granularity, problems: &problems)
        if let from = request.from, let until = request.until {
            if from.granularity != until.granularity {
                problems.append("from and until must have the same granularity.")
            } else if from.date > until.date {
                problems.append("from is later than until.")
            }
        }

        guard problems.isEmpty else {
            return .failure(OAIRequestRejection(errors: problems.map { OAIError(.badArgument, $0) }))
        }
        return .success(request)
    }

    private static func parseDate(_ text: String?, named name: String, granularity: OAIGranularity,
                                  problems: inout [String]) -> OAIDateValue? {
        guard let text else { return nil }
        guard let value = OAIDateFormat.parse(text) else {
            problems.append("\(name) '\(text)' is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
            return nil
        }
        if value.granularity == .seconds, granularity == .day {
            problems.append("\(name) '\(text)' is finer than this repository's granularity, YYYY-MM-DD.")
            return nil
        }
        return value
    }

    /// The schema's `metadataPrefixType`: `[A-Za-z0-9\-_\.!~\*'\(\)]+`.
    static func isMetadataPrefix(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isUnreservedURICharacter)
    }

    /// The schema's `setSpecType`: unreserved URI characters in colon-separated, non-empty parts.
    static func isSetSpec(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isUnreservedURICharacter) }
    }

    private static func isUnreservedURICharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
             UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        default:
            return false
        }
    }
}
