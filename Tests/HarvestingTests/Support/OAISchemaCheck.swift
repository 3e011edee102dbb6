import Foundation
import Testing
@testable import Harvesting

/// The structure OAI-PMH.xsd imposes, checked on a parsed answer: namespaces, the schema location,
/// which elements appear, in which order and how often, the closed vocabularies and the date patterns.
/// Content inside `metadata`, `about` and the descriptions is another schema's business; only its
/// being one element in another namespace is checked. Returns what is wrong, empty when nothing is.
enum OAISchemaCheck {
    static func violations(_ root: OAIInspectedElement) -> [String] {
        var problems: [String] = []
        func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
            if !condition { problems.append(problem()) }
        }

        expect(root.name == "OAI-PMH" && root.namespace == OAINamespaces.oaiPMH, "root is \(root.name) in \(root.namespace)")
        let location = root.attributes["xsi:schemaLocation"] ?? root.attributes["schemaLocation"] ?? ""
        expect(location.split(separator: " ") == [Substring(OAINamespaces.oaiPMH), Substring(OAINamespaces.oaiPMHSchema)],
               "schemaLocation is '\(location)'")

        let names = root.childNames
        expect(names.count >= 3 && names[0] == "responseDate" && names[1] == "request", "root children \(names)")
        if let responseDate = root.child("responseDate") {
            expect(isSecondsDate(responseDate.text), "responseDate '\(responseDate.text)'")
        }
        if let request = root.child("request") {
            let allowed: Set<String> = ["verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"]
            expect(Set(request.attributes.keys).isSubset(of: allowed), "request attributes \(request.attributes.keys.sorted())")
            if let verb = request.attributes["verb"] { expect(OAIVerb(rawValue: verb) != nil, "request verb '\(verb)'") }
            for key in ["from", "until"] {
                if let value = request.attributes[key] { expect(OAIDateFormat.parse(value) != nil, "request \(key) '\(value)'") }
            }
            expect(!request.text.isEmpty, "request has no base URL")
        }

        let body = Array(root.children.dropFirst(2))
        problems += namespaceViolations(root, insideForeign: false)
        if body.allSatisfy({ $0.name == "error" }) {
            expect(!body.isEmpty, "no verb element and no error")
            for error in body {
                expect(OAIErrorCode(rawValue: error.attributes["code"] ?? "") != nil, "error code '\(error.attributes["code"] ?? "")'")
            }
            return problems
        }
        guard body.count == 1, let verbElement = body.first else {
            return problems + ["body \(body.map(\.name))"]
        }
        let granularityIsDay = verbElement.name == "Identify" && verbElement.child("granularity")?.text == OAIGranularity.day.rawValue
        switch verbElement.name {
        case "Identify":
            expect(sequence(verbElement.childNames, [("repositoryName", 1, 1), ("baseURL", 1, 1), ("protocolVersion", 1, 1),
                                                     ("adminEmail", 1, .max), ("earliestDatestamp", 1, 1), ("deletedRecord", 1, 1),
                                                     ("granularity", 1, 1), ("compression", 0, .max), ("description", 0, .max)]),
                   "Identify children \(verbElement.childNames)")
            expect(verbElement.child("protocolVersion")?.text == "2.0", "protocolVersion")
            expect(["no", "transient", "persistent"].contains(verbElement.child("deletedRecord")?.text ?? ""), "deletedRecord")
            expect(OAIGranularity(rawValue: verbElement.child("granularity")?.text ?? "") != nil, "granularity")
            if let earliest = verbElement.child("earliestDatestamp")?.text {
                expect(granularityIsDay ? isDayDate(earliest) : isSecondsDate(earliest), "earliestDatestamp '\(earliest)'")
            }
            for description in verbElement.children("description") { problems += foreignSingleChild(description) }
        case "ListMetadataFormats":
            expect(sequence(verbElement.childNames, [("metadataFormat", 1, .max)]), "ListMetadataFormats children")
            for format in verbElement.children {
                expect(format.childNames == ["metadataPrefix", "schema", "metadataNamespace"], "metadataFormat \(format.childNames)")
            }
        case "ListSets":
            expect(sequence(verbElement.childNames, [("set", 1, .max), ("resumptionToken", 0, 1)]), "ListSets children")
            for set in verbElement.children("set") {
                expect(sequence(set.childNames, [("setSpec", 1, 1), ("setName", 1, 1), ("setDescription", 0, .max)]), "set \(set.childNames)")
                for description in set.children("setDescription") { problems += foreignSingleChild(description) }
            }
        case "GetRecord":
            expect(verbElement.childNames == ["record"], "GetRecord children \(verbElement.childNames)")
            verbElement.children("record").forEach { problems += recordViolations($0) }
        case "ListIdentifiers":
            expect(sequence(verbElement.childNames, [("header", 1, .max), ("resumptionToken", 0, 1)]), "ListIdentifiers children")
            verbElement.children("header").forEach { problems += headerViolations($0) }
        case "ListRecords":
            expect(sequence(verbElement.childNames, [("record", 1, .max), ("resumptionToken", 0, 1)]), "ListRecords children")
            verbElement.children("record").forEach { problems += recordViolations($0) }
        default:
            problems.append("unknown verb element \(verbElement.name)")
        }
        if let token = verbElement.child("resumptionToken") {
            expect(token.children.isEmpty, "resumptionToken has children")
            expect(Set(token.attributes.keys).isSubset(of: ["expirationDate", "completeListSize", "cursor"]), "token attributes")
            if let expiration = token.attributes["expirationDate"] { expect(isSecondsDate(expiration), "expirationDate") }
            if let size = token.attributes["completeListSize"] { expect((Int(size) ?? 0) > 0, "completeListSize '\(size)'") }
            if let cursor = token.attributes["cursor"] { expect((Int(cursor) ?? -1) >= 0, "cursor '\(cursor)'") }
        }
        return problems
    }

    private static func recordViolations(_ record: OAIInspectedElement) -> [String] {
        var problems: [String] = []
        if !sequence(record.childNames, [("header", 1, 1), ("metadata", 0, 1), ("about", 0, .max)]) {
            problems.append("record children \(record.childNames)")
        }
        record.children("header").forEach { problems += headerViolations($0) }
        record.children("metadata").forEach { problems += foreignSingleChild($0) }
        record.children("about").forEach { problems += foreignSingleChild($0) }
        return problems
    }

    private static func headerViolations(_ header: OAIInspectedElement) -> [String] {
        var problems: [String] = []
        if !sequence(header.childNames, [("identifier", 1, 1), ("datestamp", 1, 1), ("setSpec", 0, .max)]) {
            problems.append("header children \(header.childNames)")
        }
        if let status = header.attributes["status"], status != "deleted" { problems.append("header status '\(status)'") }
        if let datestamp = header.child("datestamp")?.text, OAIDateFormat.parse(datestamp) == nil {
            problems.append("datestamp '\(datestamp)'")
        }
        for spec in header.children("setSpec") where !OAIRequest.isSetSpec(spec.text) {
            problems.append("setSpec '\(spec.text)'")
        }
        return problems
    }

    /// `metadata`, `about` and the descriptions hold exactly one element from another namespace.
    private static func foreignSingleChild(_ element: OAIInspectedElement) -> [String] {
        guard element.children.count == 1, let child = element.children.first,
              !child.namespace.isEmpty, child.namespace != OAINamespaces.oaiPMH else {
            return ["\(element.name) holds \(element.children.map { "\($0.name) in '\($0.namespace)'" })"]
        }
        return []
    }

    /// Every element outside `metadata`, `about` and the descriptions is in the OAI-PMH namespace.
    private static func namespaceViolations(_ element: OAIInspectedElement, insideForeign: Bool) -> [String] {
        var problems: [String] = []
        if !insideForeign, element.namespace != OAINamespaces.oaiPMH {
            problems.append("\(element.name) in namespace '\(element.namespace)'")
        }
        let holdsForeign = ["metadata", "about", "description", "setDescription"].contains(element.name)
        for child in element.children {
            problems += namespaceViolations(child, insideForeign: insideForeign || holdsForeign)
        }
        return problems
    }

    /// Whether `names` is the concatenation of runs of each expected name, within its bounds.
    static func sequence(_ names: [String], _ expected: [(String, Int, Int)]) -> Bool {
        var index = 0
        for (name, minimum, maximum) in expected {
            var count = 0
            while index < names.count, names[index] == name, count < maximum {
                index += 1
                count += 1
            }
            if count < minimum { return false }
        }
        return index == names.count
    }

    static func isSecondsDate(_ text: String) -> Bool { OAIDateFormat.parse(text)?.granularity == .seconds }
    static func isDayDate(_ text: String) -> Bool { OAIDateFormat.parse(text)?.granularity == .day }
}

/// Parses an answer and records every way it breaks the schema as a test issue.
func inspectValidOAI(_ xml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> OAIInspectedElement {
    let root = try inspectOAIXML(xml)
    let problems = OAISchemaCheck.violations(root)
    #expect(problems.isEmpty, "schema violations: \(problems)\n\(xml.prefix(2000))", sourceLocation: sourceLocation)
    return root
}
