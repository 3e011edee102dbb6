/// Decodes one complete ISO 2709 record (leader to record terminator) into a `MARCRecord`.
///
/// What is fatal and what is tolerated, and why:
/// - Fatal: anything that makes the position of a field or subfield uncertain (see `ISO2709Leader` and
///   `ISO2709Directory`); a tag, indicator or subfield code that is not printable ASCII or is missing;
///   a field or record terminator inside a field; text that is not valid in the record's character set.
///   Such a record would be imported wrong, so it goes to quarantine with the reason instead.
/// - Tolerated with a warning: stray blanks, backslashes or fill characters (`|`) between the
///   indicators and the first subfield (LC's own photo records have `752  \`), which carry no data; a
///   character set declaration that the bytes contradict in the ways `ISO2709CharacterSetDetection`
///   recognises; non-digits in the leader's fixed structure positions.
/// - Tolerated silently: fields in a different order from the data area, as ISO 2709 allows.
struct ISO2709RecordDecoder {
    var flavour: MARCFlavour?
    var characterSet: MARCCharacterSet?

    struct Decoded {
        var record: MARCRecord
        var characterSet: MARCCharacterSet
        var flavour: MARCFlavour
        var warnings: [String]
    }

    func decode(_ record: UnsafeBufferPointer<UInt8>) throws(ISO2709Problem) -> Decoded {
        let leader = try ISO2709Leader(record)
        guard leader.recordLength == record.count else {
            throw ISO2709Problem("the leader gives a record length of \(leader.recordLength) bytes but the record has \(record.count)", at: 0)
        }
        guard record[record.count - 1] == ISO2709Bytes.recordTerminator else {
            throw ISO2709Problem("the record does not end with a record terminator", at: record.count - 1)
        }
        let entries = try ISO2709Directory.read(record, leader: leader)
        let flavour = flavour ?? Self.detectFlavour(record, entries: entries)
        var warnings = leader.tolerated
        let chosen: MARCCharacterSet
        if let characterSet {
            chosen = characterSet
        } else {
            let choice = try ISO2709CharacterSetDetection.choose(record, entries: entries, flavour: flavour, dataStart: leader.baseAddress)
            chosen = choice.characterSet
            if let warning = choice.warning { warnings.append(warning) }
        }

        let data = UnsafeBufferPointer(rebasing: record[leader.baseAddress..<(record.count - 1)])
        var text = ISO2709TextDecoder(characterSet: chosen, data: data)
        var fields: [MARCField] = []
        fields.reserveCapacity(entries.count)
        for entry in entries {
            text.startField()
            if entry.isControlField {
                fields.append(try Self.controlField(record, entry, &text))
            } else {
                fields.append(try Self.dataField(record, entry, &text, warnings: &warnings))
            }
        }
        let leaderText = String(decoding: UnsafeBufferPointer(rebasing: record[0..<ISO2709Bytes.leaderLength]), as: UTF8.self)
        return Decoded(record: MARCRecord(leader: leaderText, fields: fields), characterSet: chosen, flavour: flavour, warnings: warnings)
    }

    private static func controlField(
        _ record: UnsafeBufferPointer<UInt8>, _ entry: ISO2709DirectoryEntry, _ text: inout ISO2709TextDecoder
    ) throws(ISO2709Problem) -> MARCField {
        let tag = entry.tagString(in: record)
        let end = entry.start + entry.length - 1
        for index in entry.start..<end {
            let byte = record[index]
            if byte == ISO2709Bytes.fieldTerminator || byte == ISO2709Bytes.recordTerminator {
                throw ISO2709Problem("control field \(tag) contains a \(byte == ISO2709Bytes.fieldTerminator ? "field" : "record") terminator before its end", at: index)
            }
        }
        let value = try decodeText(record, from: entry.start, to: end, &text, field: tag, subfield: nil)
        return MARCField(tag: tag, value: value)
    }

    private static func dataField(
        _ record: UnsafeBufferPointer<UInt8>, _ entry: ISO2709DirectoryEntry, _ text: inout ISO2709TextDecoder,
        warnings: inout [String]
    ) throws(ISO2709Problem) -> MARCField {
        let tag = entry.tagString(in: record)
        let start = entry.start
        let end = start + entry.length - 1  // the field terminator
        guard end - start >= 2 else {
            throw ISO2709Problem("data field \(tag) is too short to hold two indicators", at: start)
        }
        let indicator1 = try indicator(record, at: start, number: 1, tag: tag)
        let indicator2 = try indicator(record, at: start + 1, number: 2, tag: tag)

        var index = start + 2
        if index < end, record[index] != ISO2709Bytes.subfieldDelimiter {
            let strayStart = index
            while index < end, record[index] != ISO2709Bytes.subfieldDelimiter { index += 1 }
            let strayIsEmpty = (strayStart..<index).allSatisfy { position in
                let byte = record[position]
                return byte == 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "|")
            }
            guard strayIsEmpty else {
                throw ISO2709Problem("data field \(tag) has data \(MARCMessages.bytes(record, from: strayStart, count: min(index - strayStart, 20))) between its indicators and its first subfield", at: strayStart)
            }
            warnings.append("data field \(tag) has \(MARCMessages.bytes(record, from: strayStart, count: index - strayStart)) between its indicators and its first subfield; dropped")
        }

        var delimiters = 0
        for position in index..<end where record[position] == ISO2709Bytes.subfieldDelimiter { delimiters += 1 }
        var subfields: [MARCSubfield] = []
        subfields.reserveCapacity(delimiters)
        while index < end {
            // record[index] is a subfield delimiter here.
            let codeIndex = index + 1
            guard codeIndex < end else {
                throw ISO2709Problem("data field \(tag) ends with a subfield delimiter and no subfield code", at: index)
            }
            let code = record[codeIndex]
            guard code > 0x20, code < 0x7F else {
                throw ISO2709Problem("data field \(tag) has a bad subfield code \(MARCMessages.byte(code))", at: codeIndex)
            }
            let valueStart = codeIndex + 1
            var valueEnd = valueStart
            while valueEnd < end {
                let byte = record[valueEnd]
                if byte < 0x20 {
                    if byte == ISO2709Bytes.subfieldDelimiter { break }
                    if byte == ISO2709Bytes.fieldTerminator || byte == ISO2709Bytes.recordTerminator {
                        throw ISO2709Problem("data field \(tag) contains a \(byte == ISO2709Bytes.fieldTerminator ? "field" : "record") terminator before its end", at: valueEnd)
                    }
                }
                valueEnd += 1
            }
            let codeCharacter = ASCIICharacters.table[Int(code)]
            let value = try decodeText(record, from: valueStart, to: valueEnd, &text, field: tag, subfield: codeCharacter)
            subfields.append(MARCSubfield(code: codeCharacter, value: value))
            index = valueEnd
        }
        return MARCField(tag: tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields)
    }

    /// Indicators may be any printable ASCII character (blank, digit, letter, the fill character `|`).
    private static func indicator(
        _ record: UnsafeBufferPointer<UInt8>, at position: Int, number: Int, tag: String
    ) throws(ISO2709Problem) -> Character {
        let byte = record[position]
        guard byte >= 0x20, byte < 0x7F else {
            let problem = byte == ISO2709Bytes.subfieldDelimiter
                ? "data field \(tag) has no indicators (a subfield delimiter where indicator \(number) should be)"
                : "data field \(tag) has a bad indicator \(number): \(MARCMessages.byte(byte))"
            throw ISO2709Problem(problem, at: position)
        }
        return ASCIICharacters.table[Int(byte)]
    }

    private static func decodeText(
        _ record: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ text: inout ISO2709TextDecoder,
        field: String, subfield: Character?
    ) throws(ISO2709Problem) -> String {
        do {
            return try text.decode(UnsafeBufferPointer(rebasing: record[start..<end]))
        } catch {
            let place = subfield.map { "field \(field) $\($0)" } ?? "field \(field)"
            throw ISO2709Problem("\(error.reason) in \(place) (read as \(text.characterSet.displayName))", at: start + error.position)
        }
    }

    /// Flavour from the structure alone, before any text is decoded (see `MARCFlavour.detect`).
    static func detectFlavour(_ record: UnsafeBufferPointer<UInt8>, entries: [ISO2709DirectoryEntry]) -> MARCFlavour {
        var has245 = false
        var has200 = false
        for entry in entries {
            if entry.hasTag(0x32, 0x34, 0x35) { has245 = true }
            if entry.hasTag(0x32, 0x30, 0x30) { has200 = true }
            if entry.hasTag(0x31, 0x30, 0x30), entry.length > 5, record[entry.start] == 0x20, record[entry.start + 1] == 0x20,
               record[entry.start + 2] == ISO2709Bytes.subfieldDelimiter, record[entry.start + 3] == UInt8(ascii: "a") {
                let valueStart = entry.start + 4
                let valueEnd = entry.start + entry.length - 1
                let value = UnsafeBufferPointer(rebasing: record[valueStart..<valueEnd])
                if MARCFlavour.looksLikeGeneralProcessingData(value) { return .unimarc }
            }
        }
        return has200 && !has245 ? .unimarc : .marc21
    }
}
