import ManbaCore
import Foundation

/// Writes the XML of OAI-PMH answers, in the element order the OAI-PMH schema (OAI-PMH.xsd) requires:
/// `responseDate`, `request`, then either the verb's element or one or more `error`s.
struct OAIResponseWriter {
    var baseURL: String
    var responseDate: Date
    /// The accepted request, echoed as attributes of `request`; `nil` when it was refused with badVerb
    /// or badArgument, where the spec allows only the base URL.
    var request: OAIRequest?
    /// The repository's granularity, for every datestamp in the answer.
    var granularity: OAIGranularity

    func errors(_ errors: [OAIError]) -> String {
        // An echo of refused arguments could itself be invalid (an unknown verb, a malformed date), so
        // the spec leaves it out whenever the request was refused for its arguments.
        let echoesRequest = !errors.contains { $0.code == .badVerb || $0.code == .badArgument }
        return document(echoingRequest: echoesRequest) { writer in
            for error in errors {
                if error.message.isEmpty {
                    writer.emptyElement("error", [("code", error.code.rawValue)])
                } else {
                    writer.element("error", error.message, [("code", error.code.rawValue)])
                }
            }
        }
    }

    func identify(_ identity: OAIIdentity) -> String {
        document { writer in
            writer.open("Identify")
            writer.element("repositoryName", identity.repositoryName)
            writer.element("baseURL", baseURL)
            writer.element("protocolVersion", OAIIdentity.protocolVersion)
            for email in identity.adminEmails { writer.element("adminEmail", email) }
            writer.element("earliestDatestamp", OAIDateFormat.string(from: identity.earliestDatestamp, granularity: identity.granularity))
            writer.element("deletedRecord", identity.deletedRecord.rawValue)
            writer.element("granularity", identity.granularity.rawValue)
            for description in identity.descriptions {
                writer.open("description")
                writer.raw(description)
                writer.close("description")
            }
            writer.close("Identify")
        }
    }

    func metadataFormats(_ formats: [OAIMetadataFormat]) -> String {
        document { writer in
            writer.open("ListMetadataFormats")
            for format in formats {
                writer.open("metadataFormat")
                writer.element("metadataPrefix", format.prefix)
                writer.element("schema", format.schema)
                writer.element("metadataNamespace", format.namespace)
                writer.close("metadataFormat")
            }
            writer.close("ListMetadataFormats")
        }
    }

    func sets(_ sets: [OAISet]) -> String {
        document { writer in
            writer.open("ListSets")
            for set in sets {
                writer.open("set")
                writer.element("setSpec", set.spec)
                writer.element("setName", set.name)
                for description in set.descriptions {
                    writer.open("setDescription")
                    writer.raw(description)
                    writer.close("setDescription")
                }
                writer.close("set")
            }
            writer.close("ListSets")
        }
    }

    func getRecord(_ record: OAIRecord) -> String {
        document { writer in
            writer.open("GetRecord")
            write(record, to: &writer)
            writer.close("GetRecord")
        }
    }

    func listIdentifiers(_ headers: [OAIRecordHeader], resumptionToken: OAIResumptionTokenElement?) -> String {
        document(capacity: 256 + headers.count * 192) { writer in
            writer.open("ListIdentifiers")
            for header in headers { write(header, to: &writer) }
            if let resumptionToken { write(resumptionToken, to: &writer) }
            writer.close("ListIdentifiers")
        }
    }

    func listRecords(_ records: [OAIRecord], resumptionToken: OAIResumptionTokenElement?) -> String {
        let metadataSize = records.reduce(0) { $0 + ($1.metadataXML?.utf8.count ?? 0) }
        return document(capacity: 256 + records.count * 256 + metadataSize) { writer in
            writer.open("ListRecords")
            for record in records { write(record, to: &writer) }
            if let resumptionToken { write(resumptionToken, to: &writer) }
            writer.close("ListRecords")
        }
    }

    // MARK: - Parts

    private func document(capacity: Int = 2048, echoingRequest: Bool = true, _ body: (inout XMLWriter) -> Void) -> String {
        var writer = XMLWriter(reservingCapacity: capacity)
        writer.declaration()
        writer.open("OAI-PMH", [
            ("xmlns", OAINamespaces.oaiPMH),
            ("xmlns:xsi", OAINamespaces.xmlSchemaInstance),
            ("xsi:schemaLocation", "\(OAINamespaces.oaiPMH) \(OAINamespaces.oaiPMHSchema)"),
        ])
        writer.element("responseDate", OAIDateFormat.string(from: responseDate, granularity: .seconds))
        let attributes = echoingRequest ? request?.echoedAttributes ?? [] : []
        writer.element("request", baseURL, attributes)
        body(&writer)
        writer.close("OAI-PMH")
        writer.raw("\n")
        return writer.output
    }

    private func write(_ record: OAIRecord, to writer: inout XMLWriter) {
        writer.open("record")
        write(record.header, to: &writer)
        // A deleted record has a header and nothing else, whatever the store handed over.
        if !record.header.isDeleted {
            if let metadata = record.metadataXML {
                writer.open("metadata")
                writer.raw(metadata)
                writer.close("metadata")
            }
            for about in record.aboutXML {
                writer.open("about")
                writer.raw(about)
                writer.close("about")
            }
        }
        writer.close("record")
    }

    private func write(_ header: OAIRecordHeader, to writer: inout XMLWriter) {
        writer.open("header", header.isDeleted ? [("status", "deleted")] : [])
        writer.element("identifier", header.identifier)
        writer.element("datestamp", OAIDateFormat.string(from: header.datestamp, granularity: granularity))
        for spec in header.setSpecs { writer.element("setSpec", spec) }
        writer.close("header")
    }

    private func write(_ token: OAIResumptionTokenElement, to writer: inout XMLWriter) {
        var attributes: [(String, String)] = []
        if let expirationDate = token.expirationDate {
            attributes.append(("expirationDate", OAIDateFormat.string(from: expirationDate, granularity: .seconds)))
        }
        // The schema types completeListSize as positiveInteger: a list known to be empty has no token.
        if let size = token.completeListSize, size > 0 { attributes.append(("completeListSize", String(size))) }
        if let cursor = token.cursor { attributes.append(("cursor", String(cursor))) }
        if token.value.isEmpty {
            writer.emptyElement("resumptionToken", attributes)
        } else {
            writer.element("resumptionToken", token.value, attributes)
        }
    }
}

/// The `resumptionToken` element of an incomplete list: a token to continue with, or empty on the last
/// page to say the list is complete.
struct OAIResumptionTokenElement: Hashable {
    var value: String
    var expirationDate: Date?
    var completeListSize: Int?
    /// How many items earlier responses returned (0 on the first page).
    var cursor: Int?
}
