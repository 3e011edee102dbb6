import Foundation
import Testing
import ZIPFoundation
@testable import Governance

@Suite struct XLSXWorkbookTests {
    // MARK: Writing and reading back

    @Test func roundTripsMultilingualSheets() throws {
        let list: [[XLSXWorkbook.Cell]] = [
            [.bold("Tashkilot"), .bold("Soni"), .bold("Ulush")],
            [.text("Oʻzbekiston Respublikasi Statistika agentligi"), .number(42), .number(-3.5)],
            [.text("Ўзбекистон <Молия> & \"вазирлиги\" 'ҳисобот'"), .number(0.1), .number(1e20)],
            [],
            [.text("  spaces kept  "), .text(""), .text("line 1\nline 2\r\nline 3")],
            [.text("Вазорати молияи Ҷумҳурии Тоҷикистон ӯ ӣ"), .text("Министерство финансов"), .number(-0.0)],
        ]
        let snapshot: [[XLSXWorkbook.Cell]] = [[.text("=1+1"), .text("gʻalla")], [.number(2025), .text("")]]
        let data = try XLSXWorkbook.write(sheets: [("Roʻyxat", list), ("Мониторинг", snapshot)])

        #expect(try XLSXWorkbook.read(data) == [
            ["Tashkilot", "Soni", "Ulush"],
            ["Oʻzbekiston Respublikasi Statistika agentligi", "42", "-3.5"],
            ["Ўзбекистон <Молия> & \"вазирлиги\" 'ҳисобот'", "0.1", "1e+20"],
            [],
            ["  spaces kept  ", "", "line 1\nline 2\r\nline 3"],
            ["Вазорати молияи Ҷумҳурии Тоҷикистон ӯ ӣ", "Министерство финансов", "0"],
        ])
        // Text that looks like a formula stays text: inline strings are never evaluated.
        #expect(try XLSXWorkbook.read(data, sheet: 1) == [["=1+1", "gʻalla"], ["2025"]])
    }

    @Test func dropsCharactersXMLCannotCarry() throws {
        let data = try XLSXWorkbook.write(sheets: [("S", [[.text("a\u{0}b\u{1F}c\u{FFFE}d\u{8}")]])])
        #expect(try XLSXWorkbook.read(data) == [["abcd"]])
    }

    @Test func writesTheSameBytesForTheSameWorkbook() throws {
        let sheets: [(name: String, rows: [[XLSXWorkbook.Cell]])] = [("A", [[.text("x"), .number(1)]])]
        #expect(try XLSXWorkbook.write(sheets: sheets) == XLSXWorkbook.write(sheets: sheets))
    }

    @Test func writesThePartsASpreadsheetNeeds() throws {
        let data = try XLSXWorkbook.write(sheets: [("A", [[.bold("h")]]), ("B", [[.number(1)]])])
        let archive = try Archive(data: data, accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(paths == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                          "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let contentTypes = try text(of: "[Content_Types].xml", in: archive)
        #expect(contentTypes.contains(#"PartName="/xl/worksheets/sheet2.xml""#))
        let sheet = try text(of: "xl/worksheets/sheet1.xml", in: archive)
        #expect(sheet.contains(#"<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">h</t></is></c>"#))
        #expect(try text(of: "xl/styles.xml", in: archive).contains("<b/>"))
    }

    @Test func makesSheetNamesValidForExcel() {
        let names = XLSXSheetName.uniqueNames(for: [
            "Reja [2025/2026]: *?", "", "History", "A very long organisation name that exceeds",
            "A very long organisation name that exceeds", "'quoted'", "sheet2", "Sheet2", "Oʻzbekiston \\ Ўзбекистон",
        ])
        #expect(names == [
            "Reja _2025_2026__ __", "Sheet2", "History_", "A very long organisation name t",
            "A very long organisation na (2)", "quoted", "sheet2 (2)", "Sheet2 (3)", "Oʻzbekiston _ Ўзбекистон",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func refusesWhatExcelCannotOpen() {
        #expect(throws: XLSXWorkbook.WriteError.noSheets) { try XLSXWorkbook.write(sheets: []) }
        #expect(throws: XLSXWorkbook.WriteError.notFinite(sheet: "S", row: 1, column: 2)) {
            try XLSXWorkbook.write(sheets: [("S", [[.text("a")], [.number(1), .text("b"), .number(.nan)]])])
        }
        #expect(throws: XLSXWorkbook.WriteError.notFinite(sheet: "S", row: 0, column: 0)) {
            try XLSXWorkbook.write(sheets: [("S", [[.number(-.infinity)]])])
        }
        #expect(throws: XLSXWorkbook.WriteError.cellTooLong(sheet: "S", row: 0, column: 0)) {
            try XLSXWorkbook.write(sheets: [("S", [[.text(String(repeating: "ў", count: 32_768))]])])
        }
        let tooManyRows = [[XLSXWorkbook.Cell]](repeating: [], count: XLSXWorkbook.maximumRows + 1)
        #expect(throws: XLSXWorkbook.WriteError.sheetTooLarge(sheet: "S", rows: XLSXWorkbook.maximumRows + 1, columns: 0)) {
            try XLSXWorkbook.write(sheets: [("S", tooManyRows)])
        }
        #expect(XLSXWorkbook.WriteError.cellTooLong(sheet: "S", row: 6, column: 27).description.contains("AB7"))
    }

    // MARK: Reading what Excel and LibreOffice write

    @Test func readsSharedStringsRichTextTypesDatesAndGaps() throws {
        let rows = try XLSXWorkbook.read(zip(excelLikeParts))
        #expect(rows == [
            ["Tashkilot", "Oʻzbekiston Respublikasi", "", "東京"],
            ["Ўзбекистон & Тоҷикистон ҷ ӯ ӣ", "42", "3", "-0.25", "TRUE"],
            [],
            ["2021-04-02", "2025-01-01", "2021-04-02 12:00:00", "18:00:00", "1.5", "0.15"],
            ["line 1\r\nline 2", "Tashkilot!", "#DIV/0!", "inline Ғ", "FALSE"],
            ["1", "", "2"],
        ])
    }

    @Test func readsSheetsInTabOrderWithPrefixedElements() throws {
        #expect(try XLSXWorkbook.read(zip(excelLikeParts), sheet: 1) == [[], ["", "prefixed <x:c>"]])
    }

    @Test func readsDatesOfThe1904System() throws {
        let sheet = #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43922</v></c></row>"#
        let data = try zip(minimalWorkbook(sheetData: sheet, workbookProperties: #"<workbookPr date1904="1"/>"#))
        #expect(try XLSXWorkbook.read(data) == [["1904-01-01", "2024-04-02"]])
    }

    // MARK: Errors

    @Test func refusesWhatIsNotAZip() {
        for data in [Data(), Data("Tashkilot,Nomi\n".utf8), Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), Data(repeating: 0xFF, count: 4096)] {
            #expect(throws: XLSXWorkbook.ReadError.notAZip) { try XLSXWorkbook.read(data) }
        }
    }

    @Test func refusesAZipWithoutAWorkbook() throws {
        let data = try zip([("hello.txt", "salom"), ("word/document.xml", "<w:document/>")])
        #expect(throws: XLSXWorkbook.ReadError.noWorkbook) { try XLSXWorkbook.read(data) }
    }

    @Test func reportsAMissingSheet() throws {
        let data = try XLSXWorkbook.write(sheets: [("A", [[.text("a")]]), ("B", [])])
        #expect(throws: XLSXWorkbook.ReadError.missingSheet(index: 2, sheetCount: 2)) { try XLSXWorkbook.read(data, sheet: 2) }
        #expect(throws: XLSXWorkbook.ReadError.missingSheet(index: -1, sheetCount: 2)) { try XLSXWorkbook.read(data, sheet: -1) }
        var parts = minimalWorkbook(sheetData: "")
        parts.removeAll { $0.path == "xl/worksheets/sheet1.xml" }
        #expect(throws: XLSXWorkbook.ReadError.missingSheet(index: 0, sheetCount: 1)) { try XLSXWorkbook.read(zip(parts)) }
    }

    @Test func reportsDamagedParts() throws {
        let cases: [(sheetData: String, reason: String)] = [
            (#"<row r="1"><c r="A1"><v>1</v></row>"#, "line"),
            (#"<row r="1"><c r="A1" t="s"><v>7</v></c></row>"#, "missing shared string"),
            (#"<row r="1"><c r="1A"><v>1</v></c></row>"#, "not valid"),
            (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, "not valid"),
            (#"<row r="0"><c><v>1</v></c></row>"#, "out of range"),
            (#"<row r="1048577"><c><v>1</v></c></row>"#, "out of range"),
        ]
        for (sheetData, expectedReason) in cases {
            let error = readError(try zip(minimalWorkbook(sheetData: sheetData)))
            guard case .malformed(let part, let reason) = error else {
                Issue.record("expected a damaged part for \(sheetData), got \(String(describing: error))")
                continue
            }
            #expect(part == "xl/worksheets/sheet1.xml")
            #expect(reason.contains(expectedReason), "\(reason)")
        }
    }

    @Test func refusesDocumentTypeDeclarations() throws {
        var parts = minimalWorkbook(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>"#)
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet1.xml" })
        let entities = (1...9).map { #"<!ENTITY lol\#($0) "&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);&lol\#($0 - 1);">"# }
        parts[index].xml = parts[index].xml.replacingOccurrences(
            of: "<worksheet", with: "<!-- a comment first --><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">\(entities.joined())]><worksheet")
        let error = readError(try zip(parts))
        #expect(error == .malformed(part: "xl/worksheets/sheet1.xml", reason: "a document type declaration is not allowed"))
    }

    @Test func neverCrashesOnTruncatedOrCorruptedFiles() throws {
        let data = try XLSXWorkbook.write(sheets: [("Roʻyxat", [[.bold("Tashkilot"), .text("Ўзбекистон"), .number(7)]])])
        for length in stride(from: 0, to: data.count, by: 3) {
            #expect(throws: XLSXWorkbook.ReadError.self) { try XLSXWorkbook.read(data.prefix(length)) }
        }
        for position in data.indices {
            var damaged = data
            damaged[position] ^= 0x5A
            // Any outcome but a crash: some bytes (timestamps, attributes) are checked by no one.
            _ = try? XLSXWorkbook.read(damaged)
        }
    }

    @Test func refusesPartsThatAreNotUTF8() throws {
        var parts = minimalWorkbook(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>"#)
            .map { (path: $0.path, bytes: Data($0.xml.utf8)) }
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet1.xml" })
        // A broken byte inside an element name: FoundationXML would trap on it.
        let range = try #require(parts[index].bytes.firstRange(of: Data("sheetData".utf8)))
        parts[index].bytes[range.lowerBound + 1] = 0xD0
        #expect(readError(try zip(bytes: parts)) == .malformed(part: "xl/worksheets/sheet1.xml", reason: "not UTF-8 text"))
    }

    @Test func refusesUnclosedElements() throws {
        let error = readError(try zip(minimalWorkbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c>"#).map {
            ($0.path, $0.xml.replacingOccurrences(of: "</sheetData></worksheet>", with: ""))
        }))
        guard case .malformed(part: "xl/worksheets/sheet1.xml", _) = error else {
            Issue.record("expected a damaged sheet, got \(String(describing: error))")
            return
        }
    }

    @Test func neverCrashesOnDamagedXMLInsideAValidZip() throws {
        let sheet = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44288</v></c><c r="C1" t="inlineStr"><is><t>Ўзбек &amp; ҷ</t></is></c></row>"#
        let parts = minimalWorkbook(sheetData: sheet) + [("xl/sharedStrings.xml", #"<sst xmlns="\#(Self.main)"><si><r><t>Oʻz</t></r></si></sst>"#)]
        for (partIndex, part) in parts.enumerated() {
            let bytes = Data(part.xml.utf8)
            for position in bytes.indices {
                for mask: UInt8 in [0x01, 0x20, 0x80] {
                    var damaged = parts.map { (path: $0.path, bytes: Data($0.xml.utf8)) }
                    damaged[partIndex].bytes[position] ^= mask
                    _ = try? XLSXWorkbook.read(zip(bytes: damaged))
                }
            }
        }
    }

    // MARK: Zip bombs

    @Test func refusesPartsLargerThanTheLimit() throws {
        let padding = String(repeating: " ", count: 2_000_000)
        let data = try zip(minimalWorkbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row>"# + padding))
        #expect(data.count < 100_000)
        #expect(throws: XLSXWorkbook.ReadError.tooLarge(limit: 1_000_000)) {
            try XLSXWorkbook.read(data, uncompressedLimit: 1_000_000)
        }
        #expect(try XLSXWorkbook.read(data, uncompressedLimit: 3_000_000) == [["1"]])
    }

    @Test func stopsInflatingWhenAnEntryUnderstatesItsSize() throws {
        let padding = String(repeating: " ", count: 2_000_000)
        var data = try zip(minimalWorkbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row>"# + padding))
        try declareSize(100, of: "xl/worksheets/sheet1.xml", in: &data)
        #expect(throws: XLSXWorkbook.ReadError.malformed(part: "xl/worksheets/sheet1.xml", reason: "it inflates to more than declared")) {
            try XLSXWorkbook.read(data, uncompressedLimit: 1_000_000)
        }
    }

    @Test func refusesSheetsThatWouldFillMemoryWithEmptyCells() throws {
        // A few kilobytes of XML that would pad 200 rows out to Excel's last column.
        let rows = (1...200).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let data = try zip(minimalWorkbook(sheetData: rows))
        #expect(throws: XLSXWorkbook.ReadError.tooLarge(limit: 1_000_000)) {
            try XLSXWorkbook.read(data, uncompressedLimit: 1_000_000)
        }
        #expect(try XLSXWorkbook.read(data).count == 200)
    }

    // MARK: Fixtures

    private typealias Part = (path: String, xml: String)
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A workbook shaped as Excel saves one: shared strings with rich text and phonetic runs, styles with
    /// built-in and custom date formats, relationship IDs out of order and an absolute target, a sheet
    /// with `x:` prefixes as the Open XML SDK writes, rows and cells left out or written without references.
    private var excelLikeParts: [Part] {
        [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                <Relationship Id="rId1" Type="\(Self.relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(Self.main)" xmlns:r="\(Self.relationships)"><workbookPr defaultThemeVersion="124226"/>\
                <bookViews><workbookView xWindow="0" yWindow="0"/></bookViews>\
                <sheets><sheet name="Roʻyxat" sheetId="1" r:id="rId3"/><sheet name="Izoh" sheetId="2" r:id="rId1"/></sheets>\
                <calcPr calcId="152511"/></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId5" Type="\(Self.relationships)/hyperlink" Target="https://data.egov.uz" TargetMode="External"/>\
                <Relationship Id="rId4" Type="\(Self.relationships)/styles" Target="styles.xml"/>\
                <Relationship Id="rId3" Type="\(Self.relationships)/worksheet" Target="/xl/worksheets/sheet2.xml"/>\
                <Relationship Id="rId2" Type="\(Self.relationships)/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId1" Type="\(Self.relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """),
            ("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="\(Self.main)" count="6" uniqueCount="6">\
                <si><t>Tashkilot</t></si>\
                <si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Oʻzbekiston </t></r><r><t>Respublikasi</t></r></si>\
                <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>\
                <si><t>Ўзбекистон &amp; Тоҷикистон ҷ ӯ ӣ</t></si>\
                <si><t>line 1_x000D_
                line 2</t></si>\
                <si><t/></si></sst>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="\(Self.main)"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy;@"/>\
                <numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
                """),
            ("xl/worksheets/sheet2.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.relationships)"><dimension ref="A1:F7"/><sheetData>
                <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>
                <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>42</v></c><c r="C2"><v>3.0</v></c><c r="D2"><v>-0.25</v></c><c r="E2" t="b"><v>1</v></c></row>
                <row r="4"><c r="A4" s="1"><v>44288</v></c><c r="B4" s="2"><v>45658</v></c><c r="C4" s="3"><v>44288.5</v></c>\
                <c r="D4" s="4"><v>0.75</v></c><c r="E4" s="5"><v>1.5</v></c><c r="F4" s="6"><v>0.15</v></c></row>
                <row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" t="str"><f>A1&amp;"!"</f><v>Tashkilot!</v></c><c r="C5" t="e"><v>#DIV/0!</v></c>\
                <c r="D5" t="inlineStr"><is><t>inline Ғ</t></is></c><c r="E5" t="b"><v>0</v></c></row>
                <row><c><v>1</v></c><c t="s"><v>5</v></c><c><v>2</v></c></row>
                <row r="7"><c r="B7" s="1"/></row>
                </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
                """),
            ("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet xmlns:x="\(Self.main)"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>prefixed &lt;x:c&gt;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
                """),
        ]
    }

    /// One sheet with `sheetData` as given; style 1 is a date.
    private func minimalWorkbook(sheetData: String, workbookProperties: String = "") -> [Part] {
        [
            ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(Self.relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)">\#(workbookProperties)<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(Self.relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(Self.relationships)/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/styles.xml", #"<styleSheet xmlns="\#(Self.main)"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(Self.main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#),
        ]
    }

    private func zip(_ parts: [Part]) throws -> Data {
        try zip(bytes: parts.map { ($0.path, Data($0.xml.utf8)) })
    }

    private func zip(bytes parts: [(path: String, bytes: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    private func text(of path: String, in archive: Archive) throws -> String {
        var data = Data()
        _ = try archive.extract(try #require(archive[path])) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Rewrites the uncompressed size the local header and the central directory give for `path`, as a
    /// forged archive would.
    private func declareSize(_ size: UInt32, of path: String, in data: inout Data) throws {
        let name = Array(path.utf8)
        let bytes = [UInt8](data)
        var patched = 0
        for offset in 0..<(bytes.count - 46) {
            let signature = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            let (sizeOffset, nameOffset) = switch signature {
            case 0x0403_4B50: (22, 30)  // local file header
            case 0x0201_4B50: (24, 46)  // central directory header
            default: (-1, -1)
            }
            guard sizeOffset >= 0, bytes[(offset + nameOffset)...].starts(with: name) else { continue }
            for byte in 0..<4 { data[offset + sizeOffset + byte] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(byte))) }
            patched += 1
        }
        #expect(patched == 2)
    }

    private func readError(_ data: Data) -> XLSXWorkbook.ReadError? {
        do {
            _ = try XLSXWorkbook.read(data)
            return nil
        } catch {
            return error
        }
    }
}
