/// Why a record could not be decoded, and where it starts.
public struct MARCDecodingError: Error, Sendable, CustomStringConvertible {
    /// A sentence a librarian can act on, naming the field and the byte position where it applies.
    public var reason: String
    /// For ISO 2709: the byte offset of the start of the record in the file or byte stream.
    /// For MARCXML and MARC-in-JSON: the position (from 0) of the record in the document.
    public var offset: Int

    public init(reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) (record at offset \(offset))" }
}

/// A problem the decoder tolerated: the record was decoded, but not exactly as its bytes say (stray
/// bytes dropped, a character set declaration corrected). Imports may log these beside the record.
public struct MARCDecodingWarning: Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    /// The byte offset of the start of the record, as in `MARCDecodingError`.
    public var offset: Int

    public init(reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) (record at offset \(offset))" }
}

/// Why a record could not be written: a character the target set cannot express, a field too long for
/// ISO 2709's four-digit length, a tag or indicator the structure cannot hold.
public struct MARCEncodingError: Error, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
