import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `_rels/.rels` and `xl/_rels/workbook.xml.rels`: which part plays which role. Writers name parts as
/// they like (LibreOffice and Excel agree, others do not), so the reader follows these links.
final class XLSXRelationships: XLSXPartHandler {
    struct Relationship {
        let type: String
        let target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    let failure: XLSXWorkbook.ReadError? = nil

    func start(_ element: Substring, attributes: [String: String], parser: XMLParser) {
        guard element == "Relationship",
              XLSXPartParser.attribute("TargetMode", in: attributes) != "External",
              let id = XLSXPartParser.attribute("Id", in: attributes),
              let target = XLSXPartParser.attribute("Target", in: attributes) else { return }
        byID[id] = Relationship(type: XLSXPartParser.attribute("Type", in: attributes) ?? "", target: target)
    }

    /// The target of the first relationship whose type ends with `/kind` ("officeDocument", "sharedStrings").
    func target(ofKind kind: String) -> String? {
        byID.values.filter { $0.type.hasSuffix("/" + kind) }.map(\.target).sorted().first
    }
}

/// `xl/workbook.xml`: the sheets in tab order and the date system.
final class XLSXWorkbookPart: XLSXPartHandler {
    struct Sheet {
        let name: String
        let relationshipID: String
    }

    private(set) var sheets: [Sheet] = []
    /// Workbooks made on old Macs count days from 1904 instead of 1900.
    private(set) var uses1904Dates = false
    let failure: XLSXWorkbook.ReadError? = nil

    func start(_ element: Substring, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "sheet":
            guard let id = XLSXPartParser.attribute("id", in: attributes) else { return }
            sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: id))
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            uses1904Dates = value == "1" || value == "true"
        default:
            break
        }
    }
}

/// `xl/styles.xml`, read only for what tells a date from a number: each cell style's number format.
final class XLSXStylesPart: XLSXPartHandler {
    /// The number format of each cell style (`s` attribute of a cell), in order.
    private(set) var formatIDs: [Int] = []
    /// Custom number formats by ID; the built-in ones (below 164) have no code in the file.
    private(set) var formatCodes: [Int: String] = [:]
    let failure: XLSXWorkbook.ReadError? = nil
    private var inCellFormats = false

    func start(_ element: Substring, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                formatCodes[id] = code
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    func end(_ element: Substring, parser: XMLParser) {
        if element == "cellXfs" { inCellFormats = false }
    }

    func format(ofStyle style: Int) -> XLSXNumberFormat {
        guard formatIDs.indices.contains(style) else { return .general }
        let id = formatIDs[style]
        return XLSXNumberFormat(id: id, code: formatCodes[id])
    }
}

/// `xl/sharedStrings.xml`: the text of cells with `t="s"`, by index. A string is either one `<t>` or rich
/// text runs (`<r><t>`), whose pieces are joined; phonetic guides (`<rPh>`) are not part of the text.
final class XLSXSharedStrings: XLSXPartHandler {
    private(set) var strings: [String] = []
    let failure: XLSXWorkbook.ReadError? = nil
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    func start(_ element: Substring, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = current != nil && phoneticDepth == 0
        default: break
        }
    }

    func end(_ element: Substring, parser: XMLParser) {
        switch element {
        case "si":
            strings.append(XLSXPartParser.unescapingExcelCodes(current ?? ""))
            current = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func characters(_ text: String) {
        if inText { current? += text }
    }
}
