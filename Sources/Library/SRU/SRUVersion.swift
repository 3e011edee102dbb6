/// The SRU versions Manba answers in.
///
/// 1.1 and 1.2 share one response namespace and differ little on the wire; 2.0 (OASIS
/// searchRetrieve) has its own namespaces, drops the `version` and `operation` parameters and renames
/// `recordPacking` to `recordXMLEscaping`.
public enum SRUVersion: String, Sendable, CaseIterable, Comparable {
    case v1_1 = "1.1"
    case v1_2 = "1.2"
    case v2_0 = "2.0"

    public static let highest = SRUVersion.v2_0

    public var isLegacy: Bool { self != .v2_0 }

    public static func < (lhs: SRUVersion, rhs: SRUVersion) -> Bool {
        lhs.number < rhs.number
    }

    private var number: (Int, Int) {
        switch self {
        case .v1_1: return (1, 1)
        case .v1_2: return (1, 2)
        case .v2_0: return (2, 0)
        }
    }

    /// The version to answer a client that sent `version=requested`. SRU's rule: the client accepts
    /// that version or a lower one, so a higher version than Manba knows is answered in the highest it
    /// knows ("1.5" in 1.2, "3.0" in 2.0). Below 1.1, or not of the form major.minor: nil
    /// (diagnostic 5).
    public static func answering(_ requested: String) -> SRUVersion? {
        let parts = requested.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]),
              major >= 0, minor >= 0 else { return nil }
        return allCases.last { ($0.number.0, $0.number.1) <= (major, minor) }
    }
}

/// The three SRU operations.
public enum SRUOperation: String, Sendable, CaseIterable {
    case explain
    case searchRetrieve
    case scan
}

/// How record XML is placed in `recordData`: as XML (`xml`) or as escaped text (`string`). SRU 1.x
/// calls the parameter `recordPacking`, SRU 2.0 `recordXMLEscaping`.
public enum SRURecordXMLEscaping: String, Sendable, CaseIterable {
    case xml
    case string
}

/// SRU 2.0's `recordPacking`: whether the server must keep records strictly in the requested schema
/// (`packed`) or may move application data around inside them (`unpacked`). Manba's records are the
/// same either way; the value is accepted and echoed.
public enum SRURecordPacking: String, Sendable, CaseIterable {
    case packed
    case unpacked
}

/// SRU 2.0's `renderedBy`: whether the client or the server applies the stylesheet.
public enum SRURenderedBy: String, Sendable, CaseIterable {
    case client
    case server
}

/// SRU 2.0's `resultCountPrecision`, from the vocabulary info:srw/vocabulary/resultCountPrecision/1/.
public enum SRUResultCountPrecision: String, Sendable, CaseIterable {
    case exact
    case unknown
    case estimate
    case maximum
    case minimum
    case current

    public var uri: String { "info:srw/vocabulary/resultCountPrecision/1/\(rawValue)" }
}
