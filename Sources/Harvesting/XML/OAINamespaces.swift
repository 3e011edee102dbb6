/// The namespaces and schema locations an OAI-PMH answer declares.
public enum OAINamespaces {
    public static let oaiPMH = "http://www.openarchives.org/OAI/2.0/"
    public static let oaiPMHSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
    public static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    public static let oaiIdentifier = "http://www.openarchives.org/OAI/2.0/oai-identifier"
    public static let oaiIdentifierSchema = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
    public static let oaiDC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    public static let oaiDCSchema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
    public static let dublinCore = "http://purl.org/dc/elements/1.1/"
    public static let marc21 = "http://www.loc.gov/MARC21/slim"
    public static let marc21Schema = "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd"
}
