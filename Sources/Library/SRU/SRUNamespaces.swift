/// The XML namespaces of SRU answers.
public enum SRUNamespaces {
    /// SRU 1.1 and 1.2 responses.
    public static let legacyResponse = "http://www.loc.gov/zing/srw/"
    /// Diagnostics in SRU 1.1 and 1.2 responses.
    public static let legacyDiagnostic = "http://www.loc.gov/zing/srw/diagnostic/"
    /// SRU 2.0 searchRetrieve and explain responses.
    public static let response = "http://docs.oasis-open.org/ns/search-ws/sruResponse"
    /// Diagnostics in SRU 2.0 responses: the OASIS schema imports them from this namespace, not
    /// from the 1.x one.
    public static let diagnostic = "http://docs.oasis-open.org/ns/search-ws/diagnostic"
    /// SRU 2.0 scan responses.
    public static let scan = "http://docs.oasis-open.org/ns/search-ws/scan"
    /// ZeeRex, the explain record; also the record schema identifier of that record.
    public static let zeeRex = "http://explain.z3950.org/dtd/2.0/"

    public static func response(for version: SRUVersion) -> String {
        version.isLegacy ? legacyResponse : response
    }

    public static func diagnostic(for version: SRUVersion) -> String {
        version.isLegacy ? legacyDiagnostic : diagnostic
    }
}
