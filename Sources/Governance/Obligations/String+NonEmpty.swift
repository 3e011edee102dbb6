extension String {
    /// The string, or nil when it is empty: optional form fields arrive as "".
    var nonEmpty: String? { isEmpty ? nil : self }
}
