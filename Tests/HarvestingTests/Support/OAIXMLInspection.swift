import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Harvesting

/// An element of a parsed answer: what the tests look at.
final class OAIInspectedElement {
    let name: String
    let namespace: String
    let attributes: [String: String]
    var children: [OAIInspectedElement] = []
    var text = ""

    init(name: String, namespace: String, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> OAIInspectedElement? { children.first { $0.name == name } }
    func children(_ name: String) -> [OAIInspectedElement] { children.filter { $0.name == name } }
    var childNames: [String] { children.map(\.name) }
    var allElements: [OAIInspectedElement] { [self] + children.flatMap(\.allElements) }

    /// Follows child names: `root.at("ListRecords", "record")`.
    func at(_ path: String...) -> OAIInspectedElement? {
        var current: OAIInspectedElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    var errorCodes: [String] { children("error").compactMap { $0.attributes["code"] } }
}

struct OAIXMLNotWellFormed: Error, CustomStringConvertible {
    let description: String
}

/// Parses `xml` with namespaces resolved; throws if it is not well-formed.
func inspectOAIXML(_ xml: String) throws -> OAIInspectedElement {
    let delegate = InspectionDelegate()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldProcessNamespaces = true
    parser.delegate = delegate
    guard parser.parse(), let root = delegate.root else {
        throw OAIXMLNotWellFormed(description: parser.parserError.map { "\($0)" } ?? "no root element")
    }
    return root
}

private final class InspectionDelegate: NSObject, XMLParserDelegate {
    var root: OAIInspectedElement?
    private var stack: [OAIInspectedElement] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = OAIInspectedElement(name: elementName, namespace: namespaceURI ?? "", attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
