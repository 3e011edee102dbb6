import Foundation
import Testing
@testable import Governance

@Suite struct CSVTableTests {
    private let multilingualRows = [
        ["Tashkilot", "Nomi", "Davriyligi", "Izoh"],
        ["Oʻzbekiston Respublikasi Statistika agentligi", "Gʻalla hosili, viloyatlar boʻyicha", "choraklik", ""],
        ["Ўзбекистон Республикаси Молия вазирлиги", "Давлат бюджети ижроси; йиллик", "йиллик", "қарор ПФ-6247, 1-илова"],
        ["Вазорати молияи Ҷумҳурии Тоҷикистон", "Буҷети давлатӣ: ҳисоботи ӯ ва ӣ", "ҳармоҳа", "\"Муҳим\" маълумот"],
        ["Министерство финансов", "Исполнение бюджета\r\nпо регионам", "ежемесячно", "строка 1\nстрока 2"],
        ["", "  leading and trailing spaces  ", "", "comma, quote \" and semicolon ;"],
    ]

    // MARK: Round trips and the writer's form

    @Test func roundTripsMultilingualTables() throws {
        #expect(try CSVTable.parse(CSVTable.write(multilingualRows)) == multilingualRows)
    }

    @Test func writesUTF8WithByteOrderMarkCRLFAndQuotesOnlyWhereNeeded() {
        let data = CSVTable.write([["a", "b c", "d,e"], ["f\"g", "h;i", "j\nk"], ["Тошкент", ""]])
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == "a,b c,\"d,e\"\r\n\"f\"\"g\",\"h;i\",\"j\nk\"\r\nТошкент,\r\n")
    }

    @Test func writesNothingButTheMarkForNoRows() {
        #expect(CSVTable.write([]) == Data([0xEF, 0xBB, 0xBF]))
    }

    // MARK: Reading what spreadsheets write

    @Test func acceptsAnyLineEnd() throws {
        let expected = [["a", "b"], ["c", "d"], ["e", "f"]]
        for separator in ["\r\n", "\n", "\r"] {
            let text = ["a,b", "c,d", "e,f"].joined(separator: separator)
            #expect(try CSVTable.parse(Data(text.utf8)) == expected)
            #expect(try CSVTable.parse(Data((text + separator).utf8)) == expected)
        }
        #expect(try CSVTable.parse(Data("a,b\r\nc,d\re,f\n".utf8)) == expected)
    }

    @Test func acceptsByteOrderMark() throws {
        #expect(try CSVTable.parse(Data([0xEF, 0xBB, 0xBF] + Array("Nomi,Yil\nOʻzbekiston,2025\n".utf8)))
            == [["Nomi", "Yil"], ["Oʻzbekiston", "2025"]])
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\",\"\"\r\nplain,\"\"\"\",\"x\ny\",last\r\n"
        #expect(try CSVTable.parse(Data(text.utf8))
            == [["a,b", "say \"hi\"", "line 1\r\nline 2", ""], ["plain", "\"", "x\ny", "last"]])
    }

    @Test func keepsEmptyFieldsAndBlankLines() throws {
        #expect(try CSVTable.parse(Data("a,,c,\n\n,\n".utf8)) == [["a", "", "c", ""], [""], ["", ""]])
        #expect(try CSVTable.parse(Data()) == [])
    }

    @Test func detectsSemicolonsAsExcelInRussianAndUzbekLocalesWrites() throws {
        let text = "Tashkilot;Koʻrsatkich, birligi;Qiymat\r\nMoliya vazirligi;Daromad, mlrd soʻm;3,5\r\n\"A;B\";\"x\"\"y\";\r\n"
        #expect(try CSVTable.parse(Data(text.utf8))
            == [["Tashkilot", "Koʻrsatkich, birligi", "Qiymat"], ["Moliya vazirligi", "Daromad, mlrd soʻm", "3,5"], ["A;B", "x\"y", ""]])
    }

    @Test func detectsTheSeparatorOutsideQuotesOnly() throws {
        // Semicolons inside quotes do not count: this is a comma file.
        #expect(try CSVTable.parse(Data("\"a;b;c\",d\n1;2,3\n".utf8)) == [["a;b;c", "d"], ["1;2", "3"]])
        // Nor do commas inside quotes: this is a semicolon file.
        #expect(try CSVTable.parse(Data("\"a,b,c\";d\n1,2;3\n".utf8)) == [["a,b,c", "d"], ["1,2", "3"]])
        // A header without separators keeps commas.
        #expect(try CSVTable.parse(Data("title\na,b\n".utf8)) == [["title"], ["a", "b"]])
    }

    @Test func fallsBackToWindows1251OnlyWhenTheBytesAreNotUTF8() throws {
        // "Ташкент;Ўзбекистон № 7" / "Министерство финансов;«2025»" saved by an old Excel in Windows-1251.
        let bytes: [UInt8] = [
            0xD2, 0xE0, 0xF8, 0xEA, 0xE5, 0xED, 0xF2, 0x3B, 0xA1, 0xE7, 0xE1, 0xE5, 0xEA, 0xE8, 0xF1, 0xF2, 0xEE, 0xED,
            0x20, 0xB9, 0x20, 0x37, 0x0D, 0x0A, 0xCC, 0xE8, 0xED, 0xE8, 0xF1, 0xF2, 0xE5, 0xF0, 0xF1, 0xF2, 0xE2, 0xEE,
            0x20, 0xF4, 0xE8, 0xED, 0xE0, 0xED, 0xF1, 0xEE, 0xE2, 0x3B, 0xAB, 0x32, 0x30, 0x32, 0x35, 0xBB, 0x0D, 0x0A,
        ]
        #expect(try CSVTable.parse(Data(bytes)) == [["Ташкент", "Ўзбекистон № 7"], ["Министерство финансов", "«2025»"]])
        // The same text in UTF-8 is read as UTF-8, never as Windows-1251 mojibake.
        let utf8 = Data("Ташкент;Ўзбекистон № 7\r\n".utf8)
        #expect(try CSVTable.parse(utf8) == [["Ташкент", "Ўзбекистон № 7"]])
    }

    @Test func numbersRecordsByTheLineTheyStartOn() throws {
        let records = try CSVTable.records(Data("h1,h2\r\n\"two\r\nlines\",x\r\nnext,y\n\rlast,z".utf8))
        #expect(records == [
            .init(line: 1, fields: ["h1", "h2"]),
            .init(line: 2, fields: ["two\r\nlines", "x"]),
            .init(line: 4, fields: ["next", "y"]),
            .init(line: 5, fields: [""]),
            .init(line: 6, fields: ["last", "z"]),
        ])
    }

    // MARK: Errors

    @Test func refusesBytesThatAreNeitherUTF8NorWindows1251() {
        // An .xlsx or other binary renamed to .csv: control bytes and broken UTF-8 on line 3.
        let data = Data(Array("a,b\nc,d\n".utf8) + [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF])
        let error = parseError(data)
        #expect(error?.reason == .notText)
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("line 3: byte 0xFF is not UTF-8") == true)
    }

    @Test func trustsAByteOrderMarkOverTheWindows1251Fallback() {
        // Valid Windows-1251, but the mark says UTF-8: the broken byte is damage, reported as such.
        let data = Data([0xEF, 0xBB, 0xBF] + Array("ok\n".utf8) + [0xCC, 0xE8, 0xED])
        let error = parseError(data)
        #expect(error?.reason == .notText)
        #expect(error?.line == 2)
    }

    @Test func refusesWindows1251UndefinedByte() {
        let error = parseError(Data([0x61, 0x2C, 0x98]))
        #expect(error?.reason == .notText)
        #expect(error?.line == 1)
    }

    @Test func reportsAnUnterminatedQuotedFieldAtTheLineItStarts() {
        let error = parseError(Data("a,b\r\nc,\"never closed\r\nmore\r\neven more".utf8))
        #expect(error?.reason == .unterminatedQuotedField)
        #expect(error?.line == 2)
    }

    @Test func reportsAQuoteInsideAnUnquotedField() {
        let error = parseError(Data("a,b\nok,fine\nc,5\" screen\n".utf8))
        #expect(error?.reason == .quoteInUnquotedField)
        #expect(error?.line == 3)
        #expect(error?.description.contains("line 3") == true)
    }

    @Test func reportsTextAfterAClosingQuote() {
        let error = parseError(Data("a\n\"quoted\" tail,b\n".utf8))
        #expect(error?.reason == .textAfterClosingQuote)
        #expect(error?.line == 2)
    }

    @Test func refusesAFileOverTheSizeLimitBeforeReadingIt() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 11)
        let error = parseError(data, sizeLimit: 10)
        #expect(error?.reason == .tooLarge(limit: 10))
        #expect(error?.line == nil)
        #expect((try? CSVTable.parse(data, sizeLimit: 11)) == [[String(repeating: "a", count: 11)]])
    }

    // MARK: Formula injection

    @Test func neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws {
        let written = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tab", "=1", "-", "=Ўзбек"]
        let read = try CSVTable.parse(CSVTable.write([written]))
        #expect(read == [written.map { "'" + $0 }])
    }

    @Test func leavesPlainNumbersAndOtherTextAlone() throws {
        let written = ["-5", "-3.2", "+7", "-3,2", "0", "a=b", "e-mail", "Oʻzbekiston", "'quoted"]
        #expect(try CSVTable.parse(CSVTable.write([written])) == [written])
    }

    private func parseError(_ data: Data, sizeLimit: Int = CSVTable.defaultSizeLimit) -> CSVTable.ParseError? {
        do {
            _ = try CSVTable.parse(data, sizeLimit: sizeLimit)
            return nil
        } catch {
            return error
        }
    }
}
