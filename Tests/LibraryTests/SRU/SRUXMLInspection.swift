import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed response: what the tests look at (names, namespaces, attributes, text).
final class SRUInspectedElement {
    let name: String
    let namespace: String
    let attributes: [String: String]
    var children: [SRUInspectedElement] = []
    var text = ""

    init(name: String, namespace: String, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> SRUInspectedElement? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [SRUInspectedElement] {
        children.filter { $0.name == name }
    }

    /// Follows child names: `element.at("record", "recordData")`.
    func at(_ path: String...) -> SRUInspectedElement? {
        var current: SRUInspectedElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// This element and everything below it.
    var allElements: [SRUInspectedElement] {
        [self] + children.flatMap(\.allElements)
    }

    var childNames: [String] { children.map(\.name) }
}

struct SRUXMLNotWellFormed: Error, CustomStringConvertible {
    let description: String
}

/// Parses `xml` with Foundation's XMLParser, namespaces resolved; throws if it is not well-formed.
func inspectSRUXML(_ xml: String) throws -> SRUInspectedElement {
    let delegate = InspectionDelegate()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldProcessNamespaces = true
    parser.delegate = delegate
    guard parser.parse(), let root = delegate.root else {
        throw SRUXMLNotWellFormed(description: parser.parserError.map { "\($0)" } ?? "no root element")
    }
    return root
}

private final class InspectionDelegate: NSObject, XMLParserDelegate {
    var root: SRUInspectedElement?
    private var stack: [SRUInspectedElement] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = SRUInspectedElement(name: elementName, namespace: namespaceURI ?? "", attributes: attributes)
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
