import Foundation
import ManbaCore

/// A foreign catalogue that federated search asks through SRU: a national library, another union
/// catalogue, a Koha or Evergreen behind Zebra, another Manba.
///
/// Targets are configured in a JSON file (see `FederatedTargets`); the code builds them only in tests.
public struct FederatedTarget: Sendable, Hashable, Identifiable {
    /// Stable, short and URL-safe (`[A-Za-z0-9_.-]`): pages and the JSON API name the target by it.
    public var id: String
    /// What readers see, in their language (a plain string in the configuration is Uzbek in its script).
    public var name: LocalizedText
    /// The SRU base URL, database included (Zebra: `http://host:port/Default`). Query parameters it
    /// already has (an API key, `x-` parameters) are kept and the SRU ones appended.
    public var baseURL: URL
    /// 1.1, 1.2 or 2.0. The answer is read in whichever namespace it comes, so a server that answers
    /// 1.2 to a 2.0 request still works.
    public var version: SRUVersion
    /// `recordSchema` as the server names it: a short name (`marcxml`, Zebra's and most servers') or
    /// the URI `info:srw/schema/1/marcxml-v1.1`. The records must be MARCXML (MARC 21 or UNIMARC).
    public var recordSchema: String
    /// `recordPacking` (1.x) / `recordXMLEscaping` (2.0) asked for; answers are read either way.
    public var recordPacking: SRURecordXMLEscaping
    /// Which CQL index the target knows for each field of a reader's query.
    public var indexes: Indexes
    /// The longest wait for this target's answer, in seconds; after it the target is reported as timed out.
    public var timeout: TimeInterval
    /// Records asked for (`maximumRecords`); the count of all hits comes back whatever this is.
    public var maximumRecords: Int
    /// Send each word of the query in both Uzbek scripts (and with oʻ/gʻ apostrophes normalised), OR-ed:
    /// foreign catalogues (Zebra among them) do not fold Cyrillic and Latin into one another.
    public var searchBothScripts: Bool
    /// Repair text that the server has encoded twice (UTF-8 read as ISO-8859-1 and encoded again:
    /// `oʻ` arriving as `oÊ»`, `Ў` as `Ã\u{90}Â\u{8E}`), as a Zebra whose MARC profile lacks
    /// `encoding utf-8` does.
    public var repairDoubleEncoding: Bool

    /// The CQL indexes a target is asked with. An empty string means "no index": the term is sent
    /// alone and the server applies its own default (`cql.serverChoice`).
    public struct Indexes: Sendable, Hashable {
        public var title: String
        public var author: String
        public var any: String

        /// The context-set indexes Zebra (with YAZ's `pqf.properties`), Koha, Evergreen and Manba's
        /// own `/sru` all understand.
        public static let standard = Indexes(title: "dc.title", author: "dc.creator", any: "cql.serverChoice")

        public init(title: String = "dc.title", author: String = "dc.creator", any: String = "cql.serverChoice") {
            self.title = title
            self.author = author
            self.any = any
        }

        public func index(for field: FederatedQuery.Field) -> String {
            switch field {
            case .title: return title
            case .author: return author
            case .any: return any
            }
        }
    }

    public static let defaultTimeout: TimeInterval = 8
    public static let defaultMaximumRecords = 10

    public init(id: String, name: LocalizedText, baseURL: URL, version: SRUVersion = .v1_2,
                recordSchema: String = "marcxml", recordPacking: SRURecordXMLEscaping = .xml,
                indexes: Indexes = .standard, timeout: TimeInterval = FederatedTarget.defaultTimeout,
                maximumRecords: Int = FederatedTarget.defaultMaximumRecords, searchBothScripts: Bool = true,
                repairDoubleEncoding: Bool = true) {
        self.id = id
        self.name = name
        self.baseURL = baseURL
        self.version = version
        self.recordSchema = recordSchema
        self.recordPacking = recordPacking
        self.indexes = indexes
        self.timeout = timeout
        self.maximumRecords = maximumRecords
        self.searchBothScripts = searchBothScripts
        self.repairDoubleEncoding = repairDoubleEncoding
    }

    /// A name given as one plain string, in whatever language.
    public init(id: String, name: String, baseURL: URL, version: SRUVersion = .v1_2,
                timeout: TimeInterval = FederatedTarget.defaultTimeout) {
        self.init(id: id, name: LocalizedText(UzbekTransliteration.isMostlyCyrillic(name) ? .uzCyrl : .uzLatn, name),
                  baseURL: baseURL, version: version, timeout: timeout)
    }
}
