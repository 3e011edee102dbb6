import ManbaCore

/// Re-serialises one element and everything inside it from parser events, for the metadata of a
/// harvested record.
///
/// The parser runs without namespace processing, so names keep their prefixes and `xmlns` attributes
/// arrive as attributes and are written back as they came. What the element inherits from outside (a
/// prefix declared on the OAI-PMH root, the OAI default namespace) is declared on its root when, and
/// only when, a name inside uses it: the text then means the same on its own as it did in the answer.
struct OAIElementCapture {
    private let rootName: String
    private let rootAttributes: [(String, String)]
    private var body = ""
    private var depth = 0
    /// A start tag written without its closing `>`, so that an element with no content becomes `<x/>`.
    private var startTagIsOpen = false
    private var usedPrefixes: Set<String> = []

    init(name: String, attributes: [(String, String)]) {
        rootName = name
        rootAttributes = attributes
        notePrefixes(name: name, attributes: attributes)
    }

    mutating func startElement(_ name: String, attributes: [(String, String)]) {
        closeStartTag()
        depth += 1
        body += "<" + name
        for (attribute, value) in attributes {
            body += " " + attribute + "=\""
            XMLText.appendEscapedAttribute(value, to: &body)
            body += "\""
        }
        startTagIsOpen = true
        notePrefixes(name: name, attributes: attributes)
    }

    /// Ends an element; `true` when it was the captured root.
    mutating func endElement(_ name: String) -> Bool {
        guard depth > 0 else { return true }
        depth -= 1
        if startTagIsOpen {
            body += "/>"
            startTagIsOpen = false
        } else {
            body += "</" + name + ">"
        }
        return false
    }

    mutating func text(_ text: String) {
        closeStartTag()
        XMLText.appendEscapedText(text, to: &body)
    }

    /// The finished element. `outerScope` maps the prefixes declared outside it (`""` for the default
    /// namespace) to their URIs.
    func finish(outerScope: [String: String]) -> String {
        var declared: Set<String> = []
        for (name, _) in rootAttributes {
            if name == "xmlns" { declared.insert("") }
            else if name.hasPrefix("xmlns:") { declared.insert(String(name.dropFirst(6))) }
        }
        var attributes = rootAttributes
        for prefix in usedPrefixes.sorted() where !declared.contains(prefix) {
            guard let uri = outerScope[prefix], !uri.isEmpty else { continue }
            attributes.append((prefix.isEmpty ? "xmlns" : "xmlns:" + prefix, uri))
        }
        var xml = "<" + rootName
        for (attribute, value) in attributes {
            xml += " " + attribute + "=\""
            XMLText.appendEscapedAttribute(value, to: &xml)
            xml += "\""
        }
        if body.isEmpty { return xml + "/>" }
        return xml + ">" + body + "</" + rootName + ">"
    }

    private mutating func closeStartTag() {
        if startTagIsOpen {
            body += ">"
            startTagIsOpen = false
        }
    }

    private mutating func notePrefixes(name: String, attributes: [(String, String)]) {
        usedPrefixes.insert(Self.prefix(of: name) ?? "")
        for (attribute, _) in attributes {
            // Unprefixed attributes are in no namespace; xmlns and xml need no declaration.
            if let prefix = Self.prefix(of: attribute), prefix != "xmlns", prefix != "xml" {
                usedPrefixes.insert(prefix)
            }
        }
    }

    static func prefix(of qualifiedName: String) -> String? {
        guard let colon = qualifiedName.firstIndex(of: ":") else { return nil }
        return String(qualifiedName[..<colon])
    }
}
