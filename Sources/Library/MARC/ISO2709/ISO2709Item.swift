/// What an `ISO2709Reader` yields for each record in the input.
public enum ISO2709Item: Sendable {
    /// A decoded record, the byte offset where it starts, its exact bytes and the character set its
    /// text was read in (which the writer needs to reproduce the bytes).
    case record(MARCRecord, offset: Int, raw: [UInt8], characterSet: MARCCharacterSet)
    /// Bytes that could not be decoded as a record, with the reason. The reader has already moved on
    /// past them.
    case invalid(MARCDecodingError, raw: [UInt8])
}
