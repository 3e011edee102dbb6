import Foundation

/// The state machine behind `CSVTable.records`: works on UTF-8 bytes, since every byte it looks at
/// (quote, separator, CR, LF) is ASCII and can never be part of a multi-byte character.
struct CSVRecordParser {
    private typealias ParseError = CSVTable.ParseError

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position = 0
    private var line = 1

    init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
        delimiter = Self.detectDelimiter(in: bytes)
    }

    /// UTF-8 (with or without a byte order mark); failing that, Windows-1251, because spreadsheets from
    /// CIS organisations are still often saved in that code page. Windows-1251 is tried only when the
    /// bytes are not UTF-8: nearly any byte string decodes as Windows-1251, so trying it first would turn
    /// every UTF-8 Cyrillic file into mojibake.
    static func decode(_ data: Data) throws(CSVTable.ParseError) -> [UInt8] {
        var bytes = [UInt8](data)
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark { bytes.removeFirst(3) }
        guard let invalidOffset = firstInvalidUTF8Offset(bytes) else { return bytes }
        // A byte order mark says UTF-8; a broken byte after it is damage, not another code page.
        if !hasByteOrderMark, let text = WindowsCyrillic.decode(bytes) {
            return Array(text.utf8)
        }
        let line = lineNumber(at: invalidOffset, in: bytes)
        let byte = String(bytes[invalidOffset], radix: 16, uppercase: true)
        throw ParseError(reason: .notText, line: line,
                         message: "byte 0x\(byte) is not UTF-8 text (nor Windows-1251); save the file as \"CSV UTF-8\"")
    }

    /// ";" when the first line (outside quotes) has at least as many semicolons as commas, else ",".
    /// Excel in ru/uz locales writes ";" and leaves commas in fields unquoted ("3,5", "Toshkent, Chilonzor"),
    /// so a tie goes to ";"; a comma file rarely has a semicolon in its header at all.
    private static func detectDelimiter(in bytes: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ",") where !quoted: commas += 1
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"): if !quoted { return decision(commas, semicolons) }
            default: break
            }
        }
        return decision(commas, semicolons)

        func decision(_ commas: Int, _ semicolons: Int) -> UInt8 {
            semicolons > 0 && semicolons >= commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
        }
    }

    mutating func records() throws(CSVTable.ParseError) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        guard !bytes.isEmpty else { return records }
        var fields: [String] = []
        var recordLine = line
        while true {
            fields.append(try field())
            guard position < bytes.count else {
                records.append(.init(line: recordLine, fields: fields))
                return records
            }
            if bytes[position] == delimiter {
                position += 1
                continue
            }
            consumeLineEnd()
            records.append(.init(line: recordLine, fields: fields))
            fields = []
            recordLine = line
            if position == bytes.count { return records }
        }
    }

    /// One field, leaving `position` on the separator, a line end, or the end of the input.
    private mutating func field() throws(CSVTable.ParseError) -> String {
        guard position < bytes.count, bytes[position] == Self.quote else { return try unquotedField() }
        let startLine = line
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw ParseError(reason: .unterminatedQuotedField, line: startLine,
                                 message: "a quoted field that starts here is never closed with a quote")
            }
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    value.append(Self.quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if byte == Self.carriageReturn || byte == Self.lineFeed {
                let start = position
                consumeLineEnd()
                value.append(contentsOf: bytes[start..<position])
                continue
            }
            value.append(byte)
            position += 1
        }
        if position < bytes.count, !isFieldEnd(bytes[position]) {
            throw ParseError(reason: .textAfterClosingQuote, line: line,
                             message: "text follows the closing quote of a field; put the whole field in quotes and double any quote inside it")
        }
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func unquotedField() throws(CSVTable.ParseError) -> String {
        let start = position
        while position < bytes.count, !isFieldEnd(bytes[position]) {
            if bytes[position] == Self.quote {
                throw ParseError(reason: .quoteInUnquotedField, line: line,
                                 message: "a quote inside a field that does not start with one; put the whole field in quotes and double the quote")
            }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// CRLF, LF or a lone CR (old Mac files) each end one line.
    private mutating func consumeLineEnd() {
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.carriageReturn || byte == Self.lineFeed
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<offset {
            if bytes[index] == lineFeed, index > 0, bytes[index - 1] == carriageReturn { continue }
            if bytes[index] == lineFeed || bytes[index] == carriageReturn { line += 1 }
        }
        return line
    }

    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
}
