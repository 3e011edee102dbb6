/// A format records can be disseminated in: the `metadataPrefix` harvesters ask for, the XML schema
/// that validates it and the namespace of its root element.
public struct OAIMetadataFormat: Sendable, Hashable {
    public var prefix: String
    public var schema: String
    public var namespace: String

    public init(prefix: String, schema: String, namespace: String) {
        self.prefix = prefix
        self.schema = schema
        self.namespace = namespace
    }

    /// Unqualified Dublin Core, which every repository must offer for every item.
    public static let oaiDC = OAIMetadataFormat(prefix: "oai_dc", schema: OAINamespaces.oaiDCSchema,
                                                namespace: OAINamespaces.oaiDC)
    /// MARCXML, under the prefix most library repositories (Koha, FOLIO, DSpace) use.
    public static let marc21 = OAIMetadataFormat(prefix: "marc21", schema: OAINamespaces.marc21Schema,
                                                 namespace: OAINamespaces.marc21)
}
