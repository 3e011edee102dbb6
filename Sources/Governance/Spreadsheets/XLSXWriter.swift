import Foundation
import ManbaCore
import ZIPFoundation

/// Writes the smallest set of parts that Excel and LibreOffice open without a repair prompt.
///
/// Text goes in inline strings (`t="inlineStr"`), so no shared-strings table has to be built; an inline
/// string is never evaluated, so no formula can be smuggled in through a cell the way CSV allows.
struct XLSXWriter {
    private typealias Cell = XLSXWorkbook.Cell
    private let sheets: [(name: String, rows: [[Cell]])]

    init(sheets: [(name: String, rows: [[XLSXWorkbook.Cell]])]) {
        self.sheets = sheets
    }

    func data() throws(XLSXWorkbook.WriteError) -> Data {
        guard !sheets.isEmpty else { throw .noSheets }
        let names = XLSXSheetName.uniqueNames(for: sheets.map(\.name))
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", packageRelationships()),
            ("xl/workbook.xml", workbook(names: names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", try worksheet(sheet.rows, name: names[index])))
        }
        return try zip(parts)
    }

    private func zip(_ parts: [(path: String, xml: String)]) throws(XLSXWorkbook.WriteError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.xml.utf8)
                // A fixed date keeps the same export byte-for-byte the same, so it can be compared and hashed.
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: Self.fixedDate, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXWorkbook.WriteError.archive("no data in the in-memory archive") }
            return data
        } catch let error as XLSXWorkbook.WriteError {
            throw error
        } catch {
            throw .archive(String(describing: error))
        }
    }

    private func contentTypes() -> String {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")])
        xml.emptyElement("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
        xml.emptyElement("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
        xml.emptyElement("Override", [("PartName", "/xl/workbook.xml"),
                                      ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])
        xml.emptyElement("Override", [("PartName", "/xl/styles.xml"),
                                      ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")])
        for index in sheets.indices {
            xml.emptyElement("Override", [("PartName", "/xl/worksheets/sheet\(index + 1).xml"),
                                          ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")])
        }
        xml.close("Types")
        return xml.output
    }

    private func packageRelationships() -> String {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Relationships", [("xmlns", Self.relationshipsNamespace)])
        xml.emptyElement("Relationship", [("Id", "rId1"), ("Type", Self.relationshipType("officeDocument")), ("Target", "xl/workbook.xml")])
        xml.close("Relationships")
        return xml.output
    }

    private func workbook(names: [String]) -> String {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("workbook", [("xmlns", Self.mainNamespace), ("xmlns:r", Self.officeRelationshipsNamespace)])
        xml.open("sheets")
        for (index, name) in names.enumerated() {
            xml.emptyElement("sheet", [("name", name), ("sheetId", String(index + 1)), ("r:id", "rId\(index + 1)")])
        }
        xml.close("sheets")
        xml.close("workbook")
        return xml.output
    }

    /// rId1...rIdN are the worksheets in order, rId(N+1) the styles.
    private func workbookRelationships() -> String {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Relationships", [("xmlns", Self.relationshipsNamespace)])
        for index in sheets.indices {
            xml.emptyElement("Relationship", [("Id", "rId\(index + 1)"), ("Type", Self.relationshipType("worksheet")),
                                              ("Target", "worksheets/sheet\(index + 1).xml")])
        }
        xml.emptyElement("Relationship", [("Id", "rId\(sheets.count + 1)"), ("Type", Self.relationshipType("styles")),
                                          ("Target", "styles.xml")])
        xml.close("Relationships")
        return xml.output
    }

    private func worksheet(_ rows: [[Cell]], name: String) throws(XLSXWorkbook.WriteError) -> String {
        let columns = rows.map(\.count).max() ?? 0
        guard rows.count <= XLSXWorkbook.maximumRows, columns <= XLSXWorkbook.maximumColumns else {
            throw .sheetTooLarge(sheet: name, rows: rows.count, columns: columns)
        }
        var xml = XMLWriter(reservingCapacity: rows.count * columns * 48 + 512)
        xml.declaration()
        xml.open("worksheet", [("xmlns", Self.mainNamespace)])
        xml.open("sheetData")
        for (rowIndex, row) in rows.enumerated() where row.contains(where: { !$0.isEmpty }) {
            xml.open("row", [("r", String(rowIndex + 1))])
            for (columnIndex, cell) in row.enumerated() where !cell.isEmpty {
                try appendCell(cell, row: rowIndex, column: columnIndex, sheet: name, to: &xml)
            }
            xml.close("row")
        }
        xml.close("sheetData")
        xml.close("worksheet")
        return xml.output
    }

    private func appendCell(_ cell: Cell, row: Int, column: Int, sheet: String,
                            to xml: inout XMLWriter) throws(XLSXWorkbook.WriteError) {
        let reference = XLSXWorkbook.cellReference(row: row, column: column)
        switch cell {
        case .number(let value):
            guard value.isFinite else { throw .notFinite(sheet: sheet, row: row, column: column) }
            xml.open("c", [("r", reference)])
            xml.element("v", Self.formatted(value))
            xml.close("c")
        case .text(let text), .bold(let text):
            // Characters XML 1.0 cannot carry at all are dropped: no escape exists for them.
            let text = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowedInXML)))
            guard text.utf16.count <= XLSXWorkbook.maximumTextLength else {
                throw .cellTooLong(sheet: sheet, row: row, column: column)
            }
            var attributes = [("r", reference), ("t", "inlineStr")]
            if case .bold = cell { attributes.append(("s", "1")) }
            xml.open("c", attributes)
            xml.open("is")
            xml.element("t", text, [("xml:space", "preserve")])
            xml.close("is")
            xml.close("c")
        }
    }

    /// Whole numbers without ".0"; others in Swift's shortest form that reads back to the same Double.
    static func formatted(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// One regular font (style 0) and one bold (style 1); the fills, borders and cell style are the
    /// minimum Excel requires before it opens a styles part without complaint.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static func relationshipType(_ name: String) -> String { "\(officeRelationshipsNamespace)/\(name)" }
}

private extension XLSXWorkbook.Cell {
    /// Empty text is left out of the sheet, so the reader gives it back as a gap (an empty string).
    var isEmpty: Bool {
        switch self {
        case .text(let text), .bold(let text): text.isEmpty
        case .number: false
        }
    }
}
