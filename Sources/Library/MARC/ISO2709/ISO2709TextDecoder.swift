/// Turns the bytes of one control field value or subfield value into a `String`.
///
/// UTF-8 is kept exactly as written (not normalised), so that a record re-encoded in UTF-8 gives back
/// its bytes; MARC-8 is put into NFC (see `MARC8Decoder`); Windows-1251 maps one byte to one character.
struct ISO2709TextDecoder {
    let characterSet: MARCCharacterSet
    private var marc8 = MARC8Decoder()
    /// Set once the whole data area is known to be valid UTF-8, so that each value needs no check.
    private let utf8Validated: Bool

    /// - Parameter data: the record's data area, checked here in one pass when the set is UTF-8.
    init(characterSet: MARCCharacterSet, data: UnsafeBufferPointer<UInt8>) {
        self.characterSet = characterSet
        utf8Validated = characterSet == .utf8 && UTF8Validation.firstInvalidIndex(data) == nil
    }

    /// MARC-8 escapes do not carry from one field into the next.
    mutating func startField() {
        if characterSet == .marc8 { marc8.reset() }
    }

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(CharacterSetProblem) -> String {
        switch characterSet {
        case .utf8:
            // String(validating:as:) is generic and unspecialised in the standard library, and costs
            // more than the rest of the decoding; the checked data is decoded without repairs instead.
            if !utf8Validated, let position = UTF8Validation.firstInvalidIndex(bytes) {
                throw CharacterSetProblem("invalid UTF-8 byte \(MARCMessages.byte(bytes[position]))", at: position)
            }
            return String(decoding: bytes, as: UTF8.self)
        case .marc8:
            return try marc8.decode(bytes)
        case .cp1251:
            return try CP1251.decode(bytes)
        }
    }
}
