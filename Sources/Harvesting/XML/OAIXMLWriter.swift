/// Writes XML elements into a string as it goes, so that a page of records is built once, without a
/// document tree in between. It checks nothing about nesting: the response writers that use it are
/// short and open and close their elements in plain sight, in the order the OAI-PMH schema requires.
struct OAIXMLWriter {
    private(set) var output: String

    init(reservingCapacity capacity: Int = 4096) {
        output = ""
        output.reserveCapacity(capacity)
    }

    mutating func declaration() {
        output += #"<?xml version="1.0" encoding="UTF-8"?>"#
        output += "\n"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += ">"
    }

    mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// An element holding only text.
    mutating func element(_ name: String, _ text: String, _ attributes: [(String, String)] = []) {
        open(name, attributes)
        OAIXMLText.appendEscapedText(text, to: &output)
        close(name)
    }

    /// An element without content, written as `<name/>`.
    mutating func emptyElement(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += "/>"
    }

    mutating func text(_ text: String) {
        OAIXMLText.appendEscapedText(text, to: &output)
    }

    /// Already-serialised XML (a record's metadata, a description), inserted as it is.
    mutating func raw(_ xml: String) {
        output += xml
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            output += " "
            output += name
            output += "=\""
            OAIXMLText.appendEscapedAttribute(value, to: &output)
            output += "\""
        }
    }
}
