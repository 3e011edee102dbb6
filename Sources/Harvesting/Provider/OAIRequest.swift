/// A request whose arguments have passed the protocol's checks: the verb is known, every argument is
/// allowed for it and given once, required ones are present, dates are valid and agree with each
/// other. Whether the identifier, format, set or token mean anything is for the provider to find out.
public struct OAIRequest: Sendable, Hashable {
    public var verb: OAIVerb
    public var identifier: String?
    public var metadataPrefix: String?
    public var set: String?
    public var from: OAIDateValue?
    public var until: OAIDateValue?
    public var resumptionToken: String?

    public init(verb: OAIVerb, identifier: String? = nil, metadataPrefix: String? = nil, set: String? = nil,
                from: OAIDateValue? = nil, until: OAIDateValue? = nil, resumptionToken: String? = nil) {
        self.verb = verb
        self.identifier = identifier
        self.metadataPrefix = metadataPrefix
        self.set = set
        self.from = from
        self.until = until
        self.resumptionToken = resumptionToken
    }

    /// The attributes of the `request` element: the arguments as they were sent (the strict date
    /// syntax means a parsed date writes back to the same text).
    var echoedAttributes: [(String, String)] {
        var attributes: [(String, String)] = [("verb", verb.rawValue)]
        if let identifier { attributes.append(("identifier", identifier)) }
        if let metadataPrefix { attributes.append(("metadataPrefix", metadataPrefix)) }
        if let from { attributes.append(("from", OAIDateFormat.string(from: from.date, granularity: from.granularity))) }
        if let until { attributes.append(("until", OAIDateFormat.string(from: until.date, granularity: until.granularity))) }
        if let set { attributes.append(("set", set)) }
        if let resumptionToken { attributes.append(("resumptionToken", resumptionToken)) }
        return attributes
    }
}
