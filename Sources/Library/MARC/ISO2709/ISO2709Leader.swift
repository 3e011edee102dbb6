/// The structural part of a record label (leader): what the decoder needs to find the fields.
///
/// Fatal: a record length or base address that is not five digits, a base address that does not fall
/// between the leader and the end of the record, a leader byte outside printable ASCII.
/// Tolerated, as pymarc and yaz do: non-digits where the indicator count (10), subfield code length
/// (11) or entry map (20-22) should be, read as the standard 2, 2 and 4-5-0. A digit there that differs
/// from the standard is fatal, because the fields could not be cut correctly.
struct ISO2709Leader {
    var recordLength: Int
    var baseAddress: Int
    var lengthOfFieldLength: Int
    var lengthOfStartingPosition: Int
    var lengthOfImplementationPart: Int
    var tolerated: [String]

    var directoryEntryLength: Int { 3 + lengthOfFieldLength + lengthOfStartingPosition + lengthOfImplementationPart }

    init(_ record: UnsafeBufferPointer<UInt8>) throws(ISO2709Problem) {
        guard record.count >= ISO2709Bytes.leaderLength else {
            throw ISO2709Problem("record of \(record.count) bytes is shorter than a 24-byte leader", at: 0)
        }
        for index in 0..<ISO2709Bytes.leaderLength where record[index] < 0x20 || record[index] > 0x7E {
            throw ISO2709Problem("leader byte \(index) is \(MARCMessages.byte(record[index])), not printable ASCII", at: index)
        }
        guard let length = ISO2709Bytes.number(record, from: 0, count: 5) else {
            throw ISO2709Problem("record length \(MARCMessages.bytes(record, from: 0, count: 5)) in leader/00-04 is not a number", at: 0)
        }
        guard let base = ISO2709Bytes.number(record, from: 12, count: 5) else {
            throw ISO2709Problem("base address of data \(MARCMessages.bytes(record, from: 12, count: 5)) in leader/12-16 is not a number", at: 12)
        }
        recordLength = length
        baseAddress = base
        tolerated = []

        try Self.expectStandardDigit(record, at: 10, standard: 2, name: "indicator count", tolerated: &tolerated)
        try Self.expectStandardDigit(record, at: 11, standard: 2, name: "subfield code length", tolerated: &tolerated)
        lengthOfFieldLength = try Self.entryMapDigit(record, at: 20, standard: 4, name: "length of field length", tolerated: &tolerated)
        lengthOfStartingPosition = try Self.entryMapDigit(record, at: 21, standard: 5, name: "length of starting position", tolerated: &tolerated)
        lengthOfImplementationPart = try Self.entryMapDigit(record, at: 22, standard: 0, name: "length of implementation-defined part", tolerated: &tolerated)

        // Smallest sensible base: leader plus the directory terminator.
        guard base > ISO2709Bytes.leaderLength, base < record.count else {
            throw ISO2709Problem("base address of data \(base) lies outside the record (leader ends at 24, record at \(record.count))", at: 12)
        }
    }

    private static func expectStandardDigit(
        _ record: UnsafeBufferPointer<UInt8>, at index: Int, standard: Int, name: String, tolerated: inout [String]
    ) throws(ISO2709Problem) {
        let byte = record[index]
        if ISO2709Bytes.isDigit(byte) {
            guard Int(byte - 0x30) == standard else {
                throw ISO2709Problem("\(name) in leader/\(index) is \(byte - 0x30); only \(standard) is supported", at: index)
            }
        } else {
            tolerated.append("\(name) in leader/\(index) is \(MARCMessages.byte(byte)), read as \(standard)")
        }
    }

    private static func entryMapDigit(
        _ record: UnsafeBufferPointer<UInt8>, at index: Int, standard: Int, name: String, tolerated: inout [String]
    ) throws(ISO2709Problem) -> Int {
        let byte = record[index]
        guard ISO2709Bytes.isDigit(byte) else {
            tolerated.append("\(name) in leader/\(index) is \(MARCMessages.byte(byte)), read as \(standard)")
            return standard
        }
        let value = Int(byte - 0x30)
        // Lengths and positions must fit the record's five-digit size; an implementation part is skipped.
        let plausible = index == 22 ? true : (1...5).contains(value)
        guard plausible else {
            throw ISO2709Problem("\(name) in leader/\(index) is \(value); it must be between 1 and 5", at: index)
        }
        return value
    }
}

/// A fatal problem found while cutting a record into fields, with the byte position inside the record.
struct ISO2709Problem: Error {
    var reason: String
    var position: Int

    init(_ reason: String, at position: Int) {
        self.reason = reason
        self.position = position
    }

    /// The reason with the position, for `MARCDecodingError.reason`.
    var message: String { "\(reason) (byte \(position) of the record)" }
}
