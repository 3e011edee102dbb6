/// The six requests of OAI-PMH 2.0 and the arguments each accepts (§4).
public enum OAIVerb: String, Sendable, Codable, CaseIterable {
    case identify = "Identify"
    case listMetadataFormats = "ListMetadataFormats"
    case listSets = "ListSets"
    case getRecord = "GetRecord"
    case listIdentifiers = "ListIdentifiers"
    case listRecords = "ListRecords"

    /// Arguments that must be present unless the exclusive `resumptionToken` is.
    var requiredArguments: [OAIArgument] {
        switch self {
        case .identify, .listMetadataFormats, .listSets: return []
        case .getRecord: return [.identifier, .metadataPrefix]
        case .listIdentifiers, .listRecords: return [.metadataPrefix]
        }
    }

    var optionalArguments: [OAIArgument] {
        switch self {
        case .identify, .getRecord, .listSets: return []
        case .listMetadataFormats: return [.identifier]
        case .listIdentifiers, .listRecords: return [.from, .until, .set]
        }
    }

    /// Whether the verb continues lists with `resumptionToken`, which then must stand alone.
    var acceptsResumptionToken: Bool {
        switch self {
        case .listSets, .listIdentifiers, .listRecords: return true
        case .identify, .listMetadataFormats, .getRecord: return false
        }
    }

    func accepts(_ argument: OAIArgument) -> Bool {
        argument == .resumptionToken ? acceptsResumptionToken
            : requiredArguments.contains(argument) || optionalArguments.contains(argument)
    }
}

/// The argument names of the protocol, in the order the `request` element echoes them.
enum OAIArgument: String, CaseIterable {
    case identifier, metadataPrefix, from, until, set, resumptionToken
}
