/// One directory entry: where a field's bytes lie, relative to the base address of data.
struct ISO2709DirectoryEntry {
    /// The three tag bytes, checked to be ASCII letters or digits.
    var tag: (UInt8, UInt8, UInt8)
    /// Where the tag is written in the directory.
    var tagPosition: Int
    /// First byte of the field, as an index into the whole record.
    var start: Int
    /// Length in bytes including the field terminator.
    var length: Int

    var isControlField: Bool {
        tag.0 == 0x30 && tag.1 == 0x30 && ISO2709Bytes.isDigit(tag.2)
    }

    func hasTag(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool { tag.0 == a && tag.1 == b && tag.2 == c }

    func tagString(in record: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: record[tagPosition..<(tagPosition + 3)]), as: UTF8.self)
    }
}

/// Reads the directory: 12-byte entries (with the standard entry map 4-5-0) between the leader and the
/// directory terminator at base address - 1. Lengths are in bytes, never in characters.
///
/// Fatal, because no field could be trusted after them: a directory whose length is not a whole number
/// of entries or that does not end with a field terminator; a tag that is not three ASCII letters or
/// digits; a length or start that is not a number; a field that runs past the data; a field that does
/// not end with a field terminator. An empty directory is fatal too: a record without fields has
/// nothing to import. Fields may lie in any order, as ISO 2709 allows.
enum ISO2709Directory {
    static func read(_ record: UnsafeBufferPointer<UInt8>, leader: ISO2709Leader) throws(ISO2709Problem) -> [ISO2709DirectoryEntry] {
        let base = leader.baseAddress
        let directoryEnd = base - 1
        guard record[directoryEnd] == ISO2709Bytes.fieldTerminator else {
            throw ISO2709Problem("the directory does not end with a field terminator at base address - 1 (\(directoryEnd))", at: directoryEnd)
        }
        let entryLength = leader.directoryEntryLength
        let directoryLength = directoryEnd - ISO2709Bytes.leaderLength
        guard directoryLength % entryLength == 0 else {
            throw ISO2709Problem("the directory is \(directoryLength) bytes long, not a multiple of \(entryLength)", at: ISO2709Bytes.leaderLength)
        }
        let count = directoryLength / entryLength
        guard count > 0 else {
            throw ISO2709Problem("the record has no fields", at: ISO2709Bytes.leaderLength)
        }
        // The data area ends before the record terminator.
        let dataLength = record.count - 1 - base
        var entries: [ISO2709DirectoryEntry] = []
        entries.reserveCapacity(count)
        for number in 0..<count {
            let at = ISO2709Bytes.leaderLength + number * entryLength
            let tag = (record[at], record[at + 1], record[at + 2])
            guard isTagByte(tag.0), isTagByte(tag.1), isTagByte(tag.2) else {
                throw ISO2709Problem("directory entry \(number + 1) has a bad tag \(MARCMessages.bytes(record, from: at, count: 3))", at: at)
            }
            guard let length = ISO2709Bytes.number(record, from: at + 3, count: leader.lengthOfFieldLength),
                  let start = ISO2709Bytes.number(record, from: at + 3 + leader.lengthOfFieldLength, count: leader.lengthOfStartingPosition)
            else {
                throw ISO2709Problem(
                    "directory entry \(number + 1) (tag \(MARCMessages.bytes(record, from: at, count: 3))) has a length or start that is not a number: \(MARCMessages.bytes(record, from: at + 3, count: entryLength - 3))",
                    at: at)
            }
            let entry = ISO2709DirectoryEntry(tag: tag, tagPosition: at, start: base + start, length: length)
            guard length > 0, start + length <= dataLength else {
                throw ISO2709Problem(
                    "field \(entry.tagString(in: record)) (directory entry \(number + 1)) at \(start) with length \(length) lies outside the \(dataLength) bytes of data",
                    at: at)
            }
            guard record[entry.start + length - 1] == ISO2709Bytes.fieldTerminator else {
                throw ISO2709Problem(
                    "field \(entry.tagString(in: record)) (directory entry \(number + 1)) does not end with a field terminator where its length says",
                    at: entry.start + length - 1)
            }
            entries.append(entry)
        }
        return entries
    }

    /// MARC tags are ASCII digits or letters (alphabetic tags are local, e.g. `CAT` in Aleph exports).
    static func isTagByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
