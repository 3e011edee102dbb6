extension Array {
    /// The array in consecutive pieces of at most `size` elements, for statements whose parameter lists
    /// must stay bounded (SQLite and PostgreSQL both cap the number of bound values).
    public func batches(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
