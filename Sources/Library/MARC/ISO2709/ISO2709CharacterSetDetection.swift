/// Decides in which character set to read a record's data when the caller did not force one.
///
/// MARC 21 declares it in Leader/09 ('a' = UTF-8, blank = MARC-8); UNIMARC and RUSMARC in field 100
/// $a positions 26-29 ('50' = UTF-8 (ISO 10646), '89' = Windows-1251 in RUSMARC, '01'/'02' = ISO 646,
/// '03' = ISO 5426 ...). Declarations of UTF-8 and Windows-1251 are trusted: if the bytes disagree the
/// record is undecodable. A MARC-8 declaration is the default of old and careless exports alike, so
/// there the bytes are looked at: data that is valid multi-byte UTF-8 is read as UTF-8, data that MARC-8
/// cannot hold but Windows-1251 reads as Cyrillic words is read as Windows-1251. Both corrections are
/// reported as warnings.
enum ISO2709CharacterSetDetection {
    struct Choice {
        var characterSet: MARCCharacterSet
        var warning: String?
    }

    static func choose(
        _ record: UnsafeBufferPointer<UInt8>, entries: [ISO2709DirectoryEntry], flavour: MARCFlavour, dataStart: Int
    ) throws(ISO2709Problem) -> Choice {
        let data = UnsafeBufferPointer(rebasing: record[dataStart..<(record.count - 1)])
        switch flavour {
        case .marc21:
            let declared = record[9]
            if declared == UInt8(ascii: "a") { return Choice(characterSet: .utf8) }
            let note = declared == 0x20 ? nil : "leader/09 is \(MARCMessages.byte(declared)), neither 'a' nor blank"
            return sniffDeclaredMARC8(data, note: note)
        case .unimarc:
            return try chooseForUNIMARC(record, entries: entries, data: data)
        }
    }

    private static func sniffDeclaredMARC8(_ data: UnsafeBufferPointer<UInt8>, note: String?) -> Choice {
        let prefix = note.map { $0 + "; " } ?? ""
        var hasHighBytes = false
        for byte in data {
            if byte == 0x1B { return Choice(characterSet: .marc8, warning: note) }
            if byte >= 0x80 { hasHighBytes = true }
        }
        guard hasHighBytes else { return Choice(characterSet: .marc8, warning: note) }
        if UTF8Validation.firstInvalidIndex(data) == nil {
            return Choice(characterSet: .utf8, warning: prefix + "the record declares MARC-8 but its data is UTF-8; read as UTF-8")
        }
        if !isPlausibleMARC8(data), isPlausibleCP1251(data) {
            return Choice(characterSet: .cp1251, warning: prefix + "the record declares MARC-8 but its data is Windows-1251 Cyrillic; read as Windows-1251")
        }
        return Choice(characterSet: .marc8, warning: note)
    }

    private static func chooseForUNIMARC(
        _ record: UnsafeBufferPointer<UInt8>, entries: [ISO2709DirectoryEntry], data: UnsafeBufferPointer<UInt8>
    ) throws(ISO2709Problem) -> Choice {
        let codes = unimarcCharacterSetCodes(record, entries: entries)
        if let codes {
            if codes.hasPrefix("50") { return Choice(characterSet: .utf8) }
            if codes.hasPrefix("89") || codes.dropFirst(2).hasPrefix("89") { return Choice(characterSet: .cp1251) }
        }
        let declared = codes.map { "field 100 $a/26-29 declares '\($0)'" } ?? "the record has no character set declaration in field 100 $a/26-29"
        guard data.contains(where: { $0 >= 0x80 }) else {
            // ASCII only: every declaration reads it the same, and so does UTF-8.
            return Choice(characterSet: .utf8)
        }
        if UTF8Validation.firstInvalidIndex(data) == nil {
            return Choice(characterSet: .utf8, warning: "\(declared) but the data is UTF-8; read as UTF-8")
        }
        if isPlausibleCP1251(data) {
            return Choice(characterSet: .cp1251, warning: "\(declared) but the data is Windows-1251 Cyrillic; read as Windows-1251")
        }
        throw ISO2709Problem("\(declared); only UTF-8 ('50') and Windows-1251 ('89') are supported and the data is neither", at: 0)
    }

    /// The four characters of UNIMARC 100 $a/26-29, if the field is there and long enough.
    static func unimarcCharacterSetCodes(_ record: UnsafeBufferPointer<UInt8>, entries: [ISO2709DirectoryEntry]) -> String? {
        guard let entry = entries.first(where: { $0.hasTag(0x31, 0x30, 0x30) }) else { return nil }
        let end = entry.start + entry.length - 1
        var index = entry.start + 2
        // Find $a: the delimiter followed by 'a'.
        while index + 1 < end, !(record[index] == ISO2709Bytes.subfieldDelimiter && record[index + 1] == UInt8(ascii: "a")) {
            index += 1
        }
        let valueStart = index + 2
        guard valueStart + 30 <= end else { return nil }
        var codes = ""
        for offset in 26..<30 {
            let byte = record[valueStart + offset]
            guard byte >= 0x20, byte < 0x7F else { return nil }
            codes.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return codes
    }

    /// MARC-8 with the default sets (ASCII, ANSEL): every high byte defined in ANSEL or one of the four
    /// C1 controls, and every combining mark followed by another mark or a character it can sit on.
    /// Windows-1251 Cyrillic fails this quickly: capitals 0xC9-0xDF and ь э я are undefined in ANSEL,
    /// and words end in letters that ANSEL reads as combining marks followed by a space.
    static func isPlausibleMARC8(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in data.enumerated() where byte >= 0x80 {
            switch byte {
            case 0x88, 0x89, 0x8D, 0x8E:
                continue
            case 0xA1...0xFE:
                let mapped = MARC8Tables.extendedLatin[Int(byte) - 0xA1]
                guard mapped != 0 else { return false }
                if mapped & MARC8Tables.combiningFlag != 0 {
                    guard index + 1 < data.count else { return false }
                    let next = data[index + 1]
                    guard next > 0x20, next != 0x7F, next != 0xFF else { return false }
                }
            default:
                return false
            }
        }
        return true
    }

    /// Every high byte defined in Windows-1251, at least half of them and at least three Cyrillic letters:
    /// one stray byte in a Latin record is a damaged record, not a Russian one.
    static func isPlausibleCP1251(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
        var high = 0
        var letters = 0
        for byte in data where byte >= 0x80 {
            high += 1
            guard CP1251.upperHalf[Int(byte) - 0x80] != 0 else { return false }
            if CP1251.isCyrillicLetter(byte) { letters += 1 }
        }
        return letters >= 3 && letters * 2 >= high
    }
}
