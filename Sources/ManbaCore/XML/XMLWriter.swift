/// Writes XML elements into a string as it goes, so that a response with many records is built once,
/// without a document tree in between. It checks nothing about nesting: the SRU writers that use it
/// are short and open and close their elements in plain sight.
public struct XMLWriter: Sendable {
    public var output: String

    public init(reservingCapacity capacity: Int = 4096) {
        output = ""
        output.reserveCapacity(capacity)
    }

    public mutating func declaration() {
        output += #"<?xml version="1.0" encoding="UTF-8"?>"#
        output += "\n"
    }

    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += ">"
    }

    public mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// An element holding only text.
    public mutating func element(_ name: String, _ text: String, _ attributes: [(String, String)] = []) {
        open(name, attributes)
        XMLText.appendEscapedText(text, to: &output)
        close(name)
    }

    public mutating func element(_ name: String, _ number: Int) {
        element(name, String(number))
    }

    /// An element without content, written as `<name/>`.
    public mutating func emptyElement(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += "/>"
    }

    public mutating func text(_ text: String) {
        XMLText.appendEscapedText(text, to: &output)
    }

    /// Already-serialised XML, inserted as it is.
    public mutating func raw(_ xml: String) {
        output += xml
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            output += " "
            output += name
            output += "=\""
            XMLText.appendEscapedAttribute(value, to: &output)
            output += "\""
        }
    }
}
