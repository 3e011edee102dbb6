import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX handler for one XML part of a workbook. Element names arrive without their namespace prefix:
/// Excel writes `<c>`, some generators (the Open XML SDK among them) `<x:c>`, and both mean the same.
/// Handlers record a failure and stop the parser rather than throw, because XMLParser calls them from C.
protocol XLSXPartHandler: AnyObject {
    var failure: XLSXWorkbook.ReadError? { get }
    func start(_ element: Substring, attributes: [String: String], parser: XMLParser)
    func end(_ element: Substring, parser: XMLParser)
    func characters(_ text: String)
}

extension XLSXPartHandler {
    func end(_ element: Substring, parser: XMLParser) {}
    func characters(_ text: String) {}
}

/// Runs XMLParser over one part, with the checks FoundationXML on Linux does not make itself.
enum XLSXPartParser {
    static func parse(_ data: Data, part: String, with handler: some XLSXPartHandler) throws(XLSXWorkbook.ReadError) {
        // FoundationXML traps (crashes the process) on element names that are not UTF-8, so nothing else
        // may reach it. Excel and LibreOffice write every part in UTF-8.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw .malformed(part: part, reason: "not UTF-8 text")
        }
        // OOXML never has a document type declaration; one here can only be an entity-expansion attack.
        guard !declaresDocumentType(data) else {
            throw .malformed(part: part, reason: "a document type declaration is not allowed")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler: handler)
        parser.delegate = delegate
        let finished = parser.parse()
        if let failure = handler.failure { throw failure }
        // On Linux, parse() recovers from most errors and still returns true, and an unclosed element is
        // no error at all: what was reported and whether every element was closed decide.
        if let error = delegate.error ?? (finished ? nil : parser.parserError.map { ($0 as NSError).code }) {
            throw .malformed(part: part, reason: "not well-formed XML (libxml2 error \(error), line \(delegate.errorLine ?? parser.lineNumber))")
        }
        guard delegate.sawRoot, delegate.depth == 0 else {
            throw .malformed(part: part, reason: "the XML ends before its elements are closed")
        }
    }

    /// The attribute whose local name is `name`, whatever its prefix (`r:id`, `ns1:id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { key, _ in key.hasSuffix(":" + name) }?.value
    }

    /// Excel writes characters XML cannot carry (and a literal "_x") as `_xHHHH_`: `_x000D_` is a carriage
    /// return in a cell. Decoded in text only, as the specification (ST_Xstring) says.
    static func unescapingExcelCodes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether a `<!` other than a comment comes before the root element, skipping the declaration,
    /// processing instructions and comments that may precede it.
    private static func declaresDocumentType(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(64 * 1024))
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func starts(_ text: String) -> Bool { bytes[index...].starts(with: text.utf8) }
        func skip(past terminator: String) {
            let pattern = Array(terminator.utf8)
            while index < bytes.count, !bytes[index...].starts(with: pattern) { index += 1 }
            index += pattern.count
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            case UInt8(ascii: "<"):
                if starts("<?") { skip(past: "?>") }
                else if starts("<!--") { skip(past: "-->") }
                else { return starts("<!") }
            default: return false
            }
        }
        // Only a prolog longer than the prefix looked at gets here: too odd to trust.
        return data.count > bytes.count
    }

    /// Strips prefixes, keeps count of open elements, and notes the first error libxml2 reports.
    private final class Delegate<Handler: XLSXPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        private(set) var depth = 0
        private(set) var sawRoot = false
        private(set) var error: Int?
        private(set) var errorLine: Int?

        init(handler: Handler) {
            self.handler = handler
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            depth += 1
            sawRoot = true
            handler.start(localName(elementName), attributes: attributes, parser: parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            handler.end(localName(elementName), parser: parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard error == nil else { return }
            error = (parseError as NSError).code
            errorLine = parser.lineNumber
            parser.abortParsing()
        }

        private func localName(_ name: String) -> Substring {
            guard let colon = name.lastIndex(of: ":") else { return name[...] }
            return name[name.index(after: colon)...]
        }
    }
}
