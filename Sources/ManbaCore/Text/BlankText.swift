extension StringProtocol {
    /// True when the text is empty or only white space (Unicode's White_Space: spaces, tabs, line breaks,
    /// no-break spaces). Asked of every field of every document written; Foundation's
    /// `trimmingCharacters(in:)` builds a new string through NSString to answer it, which showed up as
    /// several per cent of a dataset create.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
