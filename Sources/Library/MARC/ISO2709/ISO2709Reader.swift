/// Streams records out of ISO 2709 data (MARC 21, UNIMARC, RUSMARC) in constant memory.
///
/// Bytes are read in fixed-size chunks; a record is cut from the buffer by the length in its leader
/// when that length is plausible (five digits, the record terminator where it says, no earlier
/// terminator inside), and otherwise by scanning to the next record terminator (0x1D). Either way the
/// reader is ready for the next record, so one bad record never hides the ones after it. Blanks, line
/// ends, NUL and stray record terminators between records are padding some exports add; they are
/// skipped without comment.
///
/// ```swift
/// var reader = try ISO2709Reader(path: "catalogue.mrc")
/// while let item = reader.next() {
///     switch item {
///     case .record(let record, let offset, _, _): store(record, at: offset)
///     case .invalid(let error, let raw): quarantine(raw, reason: error.reason, at: error.offset)
///     }
/// }
/// ```
public struct ISO2709Reader: IteratorProtocol, Sequence {
    /// Bytes asked of the source at a time.
    public static let defaultChunkSize = 256 * 1024

    private var source: any ISO2709ByteSource
    private let chunkSize: Int
    private let decoder: ISO2709RecordDecoder
    private var buffer: [UInt8] = []
    /// Index in `buffer` of the first byte not yet consumed.
    private var position = 0
    /// Offset in the input of `buffer[0]`.
    private var bufferOffset = 0
    private var sourceFinished = false
    private var sourceError: String?

    /// Problems tolerated in the record returned by the last call to `next()` (empty for `.invalid`).
    public private(set) var warnings: [MARCDecodingWarning] = []
    /// The flavour the last decoded record was read as (given or detected).
    public private(set) var lastFlavour: MARCFlavour?

    /// - Parameters:
    ///   - flavour: nil detects MARC 21 or UNIMARC per record (see `MARCFlavour.detect`).
    ///   - characterSet: nil reads each record's declaration (Leader/09 or UNIMARC 100 $a/26-29) and
    ///     recognises UTF-8 and Windows-1251 data in records that claim MARC-8.
    public init(path: String, flavour: MARCFlavour? = nil, characterSet: MARCCharacterSet? = nil) throws {
        self.init(source: try ISO2709FileSource(path: path), flavour: flavour, characterSet: characterSet)
    }

    public init(bytes: [UInt8], flavour: MARCFlavour? = nil, characterSet: MARCCharacterSet? = nil) {
        self.init(source: ISO2709ArraySource(bytes), flavour: flavour, characterSet: characterSet)
    }

    public init(
        source: some ISO2709ByteSource, flavour: MARCFlavour? = nil, characterSet: MARCCharacterSet? = nil,
        chunkSize: Int = ISO2709Reader.defaultChunkSize
    ) {
        self.source = source
        self.chunkSize = Swift.max(1, chunkSize)
        self.decoder = ISO2709RecordDecoder(flavour: flavour, characterSet: characterSet)
    }

    public mutating func next() -> ISO2709Item? {
        warnings = []
        lastFlavour = nil
        guard skipPadding() else { return nil }
        // Reading more may move the unread bytes to the front of the buffer: positions are therefore
        // always taken from `position`, which stays on the start of the record until it is consumed.
        let offset = bufferOffset + position

        let declaredLength = readDeclaredLength()
        if let declaredLength, declaredLength >= ISO2709Bytes.leaderLength + 2, available(declaredLength),
           buffer[position + declaredLength - 1] == ISO2709Bytes.recordTerminator,
           !containsRecordTerminator(count: declaredLength - 1) {
            let raw = Array(buffer[position..<(position + declaredLength)])
            position += declaredLength
            return decode(raw, offset: offset)
        }

        // The leader's length cannot be trusted: the record ends at the next record terminator.
        let (length, foundTerminator) = scanToRecordTerminator()
        let raw = Array(buffer[position..<(position + length)])
        position += length
        let reason: String
        if let sourceError {
            reason = "reading stopped: \(sourceError)"
        } else if !foundTerminator {
            reason = "no record terminator (0x1D) in the \(raw.count) bytes up to the end of the input; the data is truncated"
        } else if let declaredLength {
            reason = "the leader gives a record length of \(declaredLength) bytes but the record terminator comes after \(raw.count)"
        } else {
            let shown = raw.withUnsafeBufferPointer { MARCMessages.bytes($0, from: 0, count: 5) }
            reason = "record length \(shown) in leader/00-04 is not a number"
        }
        return .invalid(MARCDecodingError(reason: reason, offset: offset), raw: raw)
    }

    /// Decodes a single record held in memory (a database blob, one Z39.50 response record).
    public static func decodeRecord(
        _ bytes: [UInt8], flavour: MARCFlavour? = nil, characterSet: MARCCharacterSet? = nil
    ) throws -> MARCRecord {
        let decoder = ISO2709RecordDecoder(flavour: flavour, characterSet: characterSet)
        do {
            return try bytes.withUnsafeBufferPointer { pointer throws(ISO2709Problem) in try decoder.decode(pointer).record }
        } catch {
            throw MARCDecodingError(reason: error.message, offset: 0)
        }
    }

    private mutating func decode(_ raw: [UInt8], offset: Int) -> ISO2709Item {
        do {
            let decoded = try raw.withUnsafeBufferPointer { pointer throws(ISO2709Problem) in try decoder.decode(pointer) }
            warnings = decoded.warnings.map { MARCDecodingWarning(reason: $0, offset: offset) }
            lastFlavour = decoded.flavour
            return .record(decoded.record, offset: offset, raw: raw, characterSet: decoded.characterSet)
        } catch {
            return .invalid(MARCDecodingError(reason: error.message, offset: offset), raw: raw)
        }
    }

    // MARK: Buffer

    /// Skips padding between records; false at the end of the input.
    private mutating func skipPadding() -> Bool {
        while true {
            while position < buffer.count {
                switch buffer[position] {
                case 0x20, 0x0A, 0x0D, 0x09, 0x00, 0x1A, ISO2709Bytes.recordTerminator: position += 1
                default: return true
                }
            }
            guard fill() else { return false }
        }
    }

    private mutating func readDeclaredLength() -> Int? {
        guard available(5) else { return nil }
        var length = 0
        for index in position..<(position + 5) {
            let byte = buffer[index]
            guard ISO2709Bytes.isDigit(byte) else { return nil }
            length = length * 10 + Int(byte - 0x30)
        }
        return length
    }

    /// Makes sure `count` unread bytes are in the buffer, reading more if needed.
    private mutating func available(_ count: Int) -> Bool {
        while buffer.count - position < count {
            guard fill() else { return false }
        }
        return true
    }

    private func containsRecordTerminator(count: Int) -> Bool {
        buffer.withUnsafeBufferPointer { pointer in
            UnsafeBufferPointer(rebasing: pointer[position..<(position + count)]).contains(ISO2709Bytes.recordTerminator)
        }
    }

    /// The length of the chunk from `position` up to and including the next record terminator, reading
    /// as needed. A run without any terminator is cut at the longest possible record, so memory stays
    /// bounded whatever the input.
    private mutating func scanToRecordTerminator() -> (length: Int, found: Bool) {
        var scanned = 0
        while true {
            let found: Int? = buffer.withUnsafeBufferPointer { pointer in
                UnsafeBufferPointer(rebasing: pointer[(position + scanned)...]).firstIndex(of: ISO2709Bytes.recordTerminator)
            }
            if let found { return (scanned + found + 1, true) }
            scanned = buffer.count - position
            if scanned >= ISO2709Bytes.maximumRecordLength { return (ISO2709Bytes.maximumRecordLength, false) }
            guard fill() else { return (buffer.count - position, false) }
        }
    }

    /// Appends the next chunk from the source, first dropping consumed bytes; false at the end.
    private mutating func fill() -> Bool {
        guard !sourceFinished else { return false }
        if position > 0 && position >= buffer.count / 2 {
            buffer.removeSubrange(0..<position)
            bufferOffset += position
            position = 0
        }
        let chunk: [UInt8]
        do {
            chunk = try source.read(maxCount: chunkSize)
        } catch {
            sourceError = "\(error)"
            sourceFinished = true
            return false
        }
        guard !chunk.isEmpty else {
            sourceFinished = true
            return false
        }
        buffer.append(contentsOf: chunk)
        return true
    }
}
