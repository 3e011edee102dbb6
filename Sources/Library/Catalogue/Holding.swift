/// One library's copy (or copies) of an edition: 852 in MARC 21, 899 in UNIMARC/RUSMARC.
public struct Holding: Sendable, Hashable {
    public var libraryCode: String
    public var sublocation: String
    public var callNumber: String
    public var copy: String
    public var barcode: String
    public var note: String

    public init(libraryCode: String, sublocation: String = "", callNumber: String = "", copy: String = "", barcode: String = "", note: String = "") {
        self.libraryCode = libraryCode
        self.sublocation = sublocation
        self.callNumber = callNumber
        self.copy = copy
        self.barcode = barcode
        self.note = note
    }

    /// Available unless the note says otherwise: catalogues write "on loan"/"выдан"/"berilgan" there.
    public var isAvailable: Bool {
        let note = self.note.lowercased()
        return !["loan", "выдан", "berilgan", "берилган", "unavailable", "нет в наличии"].contains { note.contains($0) }
    }
}
