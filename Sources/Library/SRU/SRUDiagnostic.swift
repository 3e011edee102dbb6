/// One diagnostic from the SRU diagnostics list, `info:srw/diagnostic/1/N`.
///
/// It is the one error type of the CQL parser and the SRU layer: whatever goes wrong with a request
/// becomes one of these and is written into the response body. A fatal diagnostic is still answered
/// with HTTP 200: SRU puts the failure in the XML, and clients read it from there.
///
/// `details` follows the "details format" column of the list where there is one (the name of the
/// parameter for 6, 7 and 8; the character offset for 13 and 14; the index for 16...).
public struct SRUDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public let number: Int
    public let details: String?
    public let message: String

    public var uri: String { "info:srw/diagnostic/1/\(number)" }

    /// `message` defaults to the description the list gives for `number`.
    public init(number: Int, details: String? = nil, message: String? = nil) {
        self.number = number
        self.details = details
        self.message = message ?? SRUDiagnostic.standardMessages[number] ?? "Diagnostic \(number)"
    }

    public var description: String {
        if let details { return "\(uri) \(message): \(details)" }
        return "\(uri) \(message)"
    }
}

// MARK: - The diagnostics Manba uses, by name

extension SRUDiagnostic {
    // General
    public static func generalSystemError(_ details: String? = nil) -> SRUDiagnostic {
        SRUDiagnostic(number: 1, details: details)
    }

    public static func unsupportedOperation(_ operation: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 4, details: operation)
    }

    /// The list asks for the highest version supported in the details.
    public static func unsupportedVersion(highestSupported: String = SRUVersion.highest.rawValue) -> SRUDiagnostic {
        SRUDiagnostic(number: 5, details: highestSupported)
    }

    public static func unsupportedParameterValue(_ parameter: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 6, details: parameter)
    }

    public static func mandatoryParameterNotSupplied(_ parameter: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 7, details: parameter)
    }

    public static func unsupportedParameter(_ parameter: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 8, details: parameter)
    }

    // CQL

    /// `offset` counts Unicode scalars from 0, like the offsets of 13 and 14.
    public static func querySyntaxError(_ explanation: String, atOffset offset: Int? = nil) -> SRUDiagnostic {
        SRUDiagnostic(number: 10, details: offset.map { "offset \($0): \(explanation)" } ?? explanation)
    }

    public static func tooManyCharactersInQuery(maximum: Int) -> SRUDiagnostic {
        SRUDiagnostic(number: 12, details: String(maximum))
    }

    public static func invalidUseOfParentheses(atOffset offset: Int) -> SRUDiagnostic {
        SRUDiagnostic(number: 13, details: String(offset))
    }

    public static func invalidUseOfQuotes(atOffset offset: Int) -> SRUDiagnostic {
        SRUDiagnostic(number: 14, details: String(offset))
    }

    public static func unsupportedContextSet(_ contextSet: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 15, details: contextSet)
    }

    public static func unsupportedIndex(_ index: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 16, details: index)
    }

    public static func unsupportedRelation(_ relation: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 19, details: relation)
    }

    public static func unsupportedRelationModifier(_ modifier: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 20, details: modifier)
    }

    public static func emptyTermUnsupported() -> SRUDiagnostic {
        SRUDiagnostic(number: 27)
    }

    public static func maskingCharacterNotSupported(_ term: String? = nil) -> SRUDiagnostic {
        SRUDiagnostic(number: 28, details: term)
    }

    public static func anchoringCharacterNotSupported(_ term: String? = nil) -> SRUDiagnostic {
        SRUDiagnostic(number: 31, details: term)
    }

    public static func unsupportedBooleanOperator(_ booleanOperator: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 37, details: booleanOperator)
    }

    public static func tooManyBooleanOperators(maximum: Int) -> SRUDiagnostic {
        SRUDiagnostic(number: 38, details: String(maximum))
    }

    public static func unsupportedBooleanModifier(_ modifier: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 46, details: modifier)
    }

    // Records

    public static func firstRecordPositionOutOfRange(_ startRecord: Int? = nil) -> SRUDiagnostic {
        SRUDiagnostic(number: 61, details: startRecord.map(String.init))
    }

    public static func unknownSchemaForRetrieval(_ schema: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 66, details: schema)
    }

    public static func unsupportedRecordPacking(_ packing: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 71, details: packing)
    }

    // Sorting

    public static func sortNotSupported() -> SRUDiagnostic {
        SRUDiagnostic(number: 80)
    }

    public static func unsupportedPathForSort(_ index: String) -> SRUDiagnostic {
        SRUDiagnostic(number: 88, details: index)
    }
}
