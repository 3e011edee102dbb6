/// What the explain operation says about the server: the caller's description, written out as a
/// ZeeRex record by `SRUResponseWriter.explainResponse`.
public struct SRUExplainDescription: Sendable {
    /// "http" or "https".
    public var transport: String
    public var host: String
    public var port: Int
    /// The database path, without a leading slash (`sru/catalogue`).
    public var database: String
    /// The database's title in several languages; the first is marked primary.
    public var titles: [SRULocalizedText]
    public var descriptions: [SRULocalizedText]
    public var contextSets: [SRUContextSet]
    public var indexes: [SRUIndexDescription]
    public var schemas: [SRUSchemaDescription]
    public var defaultNumberOfRecords: Int
    public var maximumNumberOfRecords: Int
    /// The relations, modifiers and features announced in configInfo. Check queries with this same
    /// value, so that explain never promises what search refuses.
    public var support: CQLSupport

    public init(
        transport: String = "http",
        host: String,
        port: Int,
        database: String,
        titles: [SRULocalizedText],
        descriptions: [SRULocalizedText] = [],
        contextSets: [SRUContextSet] = SRUContextSet.standard,
        indexes: [SRUIndexDescription],
        schemas: [SRUSchemaDescription] = [.marcxml, .dublinCore],
        defaultNumberOfRecords: Int = 10,
        maximumNumberOfRecords: Int = 100,
        support: CQLSupport? = nil
    ) {
        self.transport = transport
        self.host = host
        self.port = port
        self.database = database
        self.titles = titles
        self.descriptions = descriptions
        self.contextSets = contextSets
        self.indexes = indexes
        self.schemas = schemas
        self.defaultNumberOfRecords = defaultNumberOfRecords
        self.maximumNumberOfRecords = maximumNumberOfRecords
        // By default, exactly the listed indexes and context sets, with CQLSupport's other defaults.
        self.support = support ?? CQLSupport(contextSets: contextSets, indexes: indexes)
    }
}

/// A text and its language tag (`uz`, `uz-Cyrl`, `ru`, `en`, `tg`).
public struct SRULocalizedText: Sendable, Equatable {
    public var language: String
    public var text: String

    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }
}

/// A CQL context set: the short name used as index prefix, and its identifier.
public struct SRUContextSet: Sendable, Equatable {
    public var name: String
    public var identifier: String

    public init(name: String, identifier: String) {
        self.name = name
        self.identifier = identifier
    }

    public static let cql = SRUContextSet(name: "cql", identifier: "info:srw/cql-context-set/1/cql-v1.2")
    public static let dublinCore = SRUContextSet(name: "dc", identifier: "info:srw/cql-context-set/1/dc-v1.1")
    public static let bath = SRUContextSet(name: "bath", identifier: "http://zing.z3950.org/cql/bath/2.0/")
    /// Manba's own indexes (holdings, script-folded keys...). The identifier is Manba's to choose;
    /// a deployment with its own domain may prefer an http URI under it.
    public static let manba = SRUContextSet(name: "manba", identifier: "urn:manba:cql-context-set:1.0")

    public static let standard: [SRUContextSet] = [.dublinCore, .bath, .cql, .manba]
}

/// One searchable index, as explain lists it: `dc.title`, titled "Title".
public struct SRUIndexDescription: Sendable, Equatable {
    /// The context set's short name.
    public var set: String
    public var name: String
    public var titles: [SRULocalizedText]
    public var sortable: Bool

    public init(set: String, name: String, titles: [SRULocalizedText], sortable: Bool = false) {
        self.set = set
        self.name = name
        self.titles = titles
        self.sortable = sortable
    }

    /// With an English title.
    public init(set: String, name: String, title: String, sortable: Bool = false) {
        self.init(set: set, name: name, titles: [SRULocalizedText(language: "en", text: title)], sortable: sortable)
    }

    /// `set.name`, as written in a query.
    public var qualifiedName: String { "\(set).\(name)" }
}

/// A record schema the server can return.
public struct SRUSchemaDescription: Sendable, Equatable {
    /// The short name clients may put in `recordSchema`.
    public var name: String
    public var identifier: String
    public var title: String
    /// Where the schema's XSD is.
    public var location: String?

    public init(name: String, identifier: String, title: String, location: String? = nil) {
        self.name = name
        self.identifier = identifier
        self.title = title
        self.location = location
    }

    public static let marcxml = SRUSchemaDescription(
        name: "marcxml", identifier: "info:srw/schema/1/marcxml-v1.1", title: "MARCXML",
        location: "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd")
    public static let dublinCore = SRUSchemaDescription(
        name: "dc", identifier: "info:srw/schema/1/dc-v1.1", title: "Dublin Core",
        location: "http://www.loc.gov/standards/sru/recordSchemas/dc-schema.xsd")

    /// Whether `requested` (a `recordSchema` value) names this schema, by short name or identifier.
    public func matches(_ requested: String) -> Bool {
        requested == identifier || requested.lowercased() == name.lowercased()
    }
}
