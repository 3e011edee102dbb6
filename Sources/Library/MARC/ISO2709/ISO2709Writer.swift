/// Writes records as ISO 2709 bytes.
///
/// Record length, base address and directory are computed from the encoded bytes. The leader is taken
/// from the record, except: positions 0-4 and 12-16 (computed), 10-11 set to `22` and 20-22 to `450`
/// (the structure this writer produces), and, for MARC 21, position 9 (`a` for UTF-8, blank otherwise).
/// UNIMARC declares its character set in field 100 $a/26-29 instead: the writer sets `50  ` for UTF-8
/// and `0189` for Windows-1251 unless the declaration already says so (or, for pure ASCII data, declares
/// ISO 646), and does not add a field 100 that is missing. MARC-8 has no UNIMARC code and is refused.
///
/// A record decoded by `ISO2709Reader` and written back in the character set it was read in gives the
/// same bytes, unless the reader reported warnings about bytes it dropped or a declaration it corrected.
public enum ISO2709Writer {
    public static func encode(
        _ record: MARCRecord, characterSet: MARCCharacterSet = .utf8, flavour: MARCFlavour = .marc21
    ) throws -> [UInt8] {
        try encodeTyped(record, characterSet: characterSet, flavour: flavour)
    }

    static func encodeTyped(
        _ record: MARCRecord, characterSet: MARCCharacterSet, flavour: MARCFlavour
    ) throws(MARCEncodingError) -> [UInt8] {
        var leader = Array(record.leader.utf8)
        guard leader.count == ISO2709Bytes.leaderLength, leader.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            throw MARCEncodingError(reason: "the leader must be 24 printable ASCII characters: '\(record.leader)'")
        }
        if flavour == .unimarc && characterSet == .marc8 {
            throw MARCEncodingError(reason: "UNIMARC has no code for MARC-8; write UNIMARC records in UTF-8 or Windows-1251")
        }

        var data: [UInt8] = []
        data.reserveCapacity(record.fields.count * 48)
        var directory: [UInt8] = []
        directory.reserveCapacity(record.fields.count * 12)
        let declaresUNIMARCSet = flavour == .unimarc ? unimarcDeclarationTarget(record, characterSet: characterSet) : nil
        var declarationUpdated = false

        for field in record.fields {
            let tag = Array(field.tag.utf8)
            guard tag.count == 3, tag.allSatisfy(ISO2709Directory.isTagByte) else {
                throw MARCEncodingError(reason: "tag '\(field.tag)' is not three ASCII letters or digits")
            }
            let start = data.count
            if field.isControlField {
                let value = try encodeText(field.value ?? "", characterSet, field: field.tag, allowDelimiter: true)
                data.append(contentsOf: value)
            } else {
                data.append(try asciiByte(field.indicator1, what: "indicator 1 of field \(field.tag)", allowSpace: true))
                data.append(try asciiByte(field.indicator2, what: "indicator 2 of field \(field.tag)", allowSpace: true))
                for subfield in field.subfields {
                    data.append(ISO2709Bytes.subfieldDelimiter)
                    data.append(try asciiByte(subfield.code, what: "a subfield code of field \(field.tag)", allowSpace: false))
                    var value = subfield.value
                    if let target = declaresUNIMARCSet, !declarationUpdated, field.tag == "100", subfield.code == "a" {
                        value = withUNIMARCDeclaration(value, target)
                        declarationUpdated = true
                    }
                    data.append(contentsOf: try encodeText(value, characterSet, field: field.tag, allowDelimiter: false))
                }
            }
            data.append(ISO2709Bytes.fieldTerminator)
            let length = data.count - start
            guard length <= 9999 else {
                throw MARCEncodingError(reason: "field \(field.tag) is \(length) bytes long; ISO 2709 allows at most 9999")
            }
            guard start <= 99_999 else {
                throw MARCEncodingError(reason: "the record's data exceeds the 99999 bytes ISO 2709 can address")
            }
            directory.append(contentsOf: tag)
            appendDigits(length, width: 4, to: &directory)
            appendDigits(start, width: 5, to: &directory)
        }
        directory.append(ISO2709Bytes.fieldTerminator)

        let baseAddress = ISO2709Bytes.leaderLength + directory.count
        let recordLength = baseAddress + data.count + 1
        guard recordLength <= ISO2709Bytes.maximumRecordLength else {
            throw MARCEncodingError(reason: "the record would be \(recordLength) bytes long; ISO 2709 allows at most 99999")
        }
        var lengthDigits: [UInt8] = []
        appendDigits(recordLength, width: 5, to: &lengthDigits)
        leader.replaceSubrange(0..<5, with: lengthDigits)
        var baseDigits: [UInt8] = []
        appendDigits(baseAddress, width: 5, to: &baseDigits)
        leader.replaceSubrange(12..<17, with: baseDigits)
        leader[10] = UInt8(ascii: "2")
        leader[11] = UInt8(ascii: "2")
        leader.replaceSubrange(20..<23, with: Array("450".utf8))
        if flavour == .marc21 {
            leader[9] = characterSet == .utf8 ? UInt8(ascii: "a") : 0x20
        }

        var bytes = leader
        bytes.reserveCapacity(recordLength)
        bytes.append(contentsOf: directory)
        bytes.append(contentsOf: data)
        bytes.append(ISO2709Bytes.recordTerminator)
        return bytes
    }

    private static func encodeText(
        _ text: String, _ characterSet: MARCCharacterSet, field: String, allowDelimiter: Bool
    ) throws(MARCEncodingError) -> [UInt8] {
        let bytes: [UInt8]
        switch characterSet {
        case .utf8: bytes = Array(text.utf8)
        case .marc8: bytes = try MARC8Encoder.encode(text)
        case .cp1251: bytes = try CP1251.encode(text)
        }
        // The separators would cut the record in the wrong places. Control fields may carry a stray
        // subfield delimiter, which the reader keeps, so that they round-trip.
        for byte in bytes where byte == ISO2709Bytes.fieldTerminator || byte == ISO2709Bytes.recordTerminator
            || (!allowDelimiter && byte == ISO2709Bytes.subfieldDelimiter) {
            throw MARCEncodingError(reason: "field \(field) contains the separator byte \(MARCMessages.byte(byte)), which ISO 2709 reserves")
        }
        return bytes
    }

    private static func asciiByte(_ character: Character, what: String, allowSpace: Bool) throws(MARCEncodingError) -> UInt8 {
        guard let ascii = character.asciiValue, ascii < 0x7F, ascii > 0x20 || (allowSpace && ascii == 0x20) else {
            throw MARCEncodingError(reason: "\(what) is '\(character)'; it must be one printable ASCII character")
        }
        return ascii
    }

    private static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        for index in stride(from: width - 1, through: 0, by: -1) {
            digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        bytes.append(contentsOf: digits)
    }

    // MARK: UNIMARC declaration

    /// The 100 $a/26-29 value to write, or nil when the record's declaration is already right.
    private static func unimarcDeclarationTarget(_ record: MARCRecord, characterSet: MARCCharacterSet) -> String? {
        guard let data = record.fields.first(where: { $0.tag == "100" && !$0.isControlField })?.firstValue("a") else {
            return nil
        }
        let scalars = Array(data.unicodeScalars)
        let current = scalars.count >= 30 ? String(String.UnicodeScalarView(scalars[26..<30])) : ""
        switch characterSet {
        case .utf8:
            if current.hasPrefix("50") { return nil }
            let isISO646 = current.hasPrefix("01") || current.hasPrefix("02")
            if isISO646 && record.isPureASCII { return nil }
            return "50  "
        case .cp1251:
            if current.hasPrefix("89") || current.dropFirst(2).hasPrefix("89") { return nil }
            return "0189"
        case .marc8:
            return nil
        }
    }

    private static func withUNIMARCDeclaration(_ value: String, _ codes: String) -> String {
        var scalars = Array(value.unicodeScalars)
        while scalars.count < 30 { scalars.append(" ") }
        scalars.replaceSubrange(26..<30, with: codes.unicodeScalars)
        return String(String.UnicodeScalarView(scalars))
    }
}

extension MARCRecord {
    /// True when every field's text is ASCII, so that any ASCII-compatible character set reads it alike.
    var isPureASCII: Bool {
        fields.allSatisfy { field in
            (field.value?.utf8.allSatisfy { $0 < 0x80 } ?? true)
                && field.subfields.allSatisfy { $0.value.utf8.allSatisfy { $0 < 0x80 } }
        }
    }
}
