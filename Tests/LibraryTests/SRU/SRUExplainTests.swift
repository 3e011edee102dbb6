import Testing
@testable import Library

struct SRUExplainTests {
    static let indexes = [
        SRUIndexDescription(set: "dc", name: "title", titles: [
            SRULocalizedText(language: "uz", text: "Sarlavha"),
            SRULocalizedText(language: "ru", text: "Заглавие"),
            SRULocalizedText(language: "en", text: "Title"),
        ], sortable: true),
        SRUIndexDescription(set: "dc", name: "creator", title: "Author & contributor", sortable: true),
        SRUIndexDescription(set: "bath", name: "isbn", title: "ISBN"),
        SRUIndexDescription(set: "cql", name: "serverChoice", title: "Anywhere"),
        SRUIndexDescription(set: "manba", name: "holdingLibrary", title: "Library"),
    ]

    static let description = SRUExplainDescription(
        host: "kutubxona.example.uz",
        port: 8080,
        database: "sru/catalogue",
        titles: [
            SRULocalizedText(language: "uz", text: "Yagona elektron katalog"),
            SRULocalizedText(language: "uz-Cyrl", text: "Ягона электрон каталог"),
            SRULocalizedText(language: "ru", text: "Единый электронный каталог"),
            SRULocalizedText(language: "en", text: "Union catalogue <of> libraries & centres"),
            SRULocalizedText(language: "tg", text: "Феҳристи ягонаи электронӣ"),
        ],
        descriptions: [SRULocalizedText(language: "en", text: "Bibliographic records of the library network.")],
        indexes: indexes,
        defaultNumberOfRecords: 10,
        maximumNumberOfRecords: 100,
        support: CQLSupport(indexes: indexes)
    )

    @Test func explainVersion1_2() throws {
        let request = try SRURequest.parse([("version", "1.2"), ("operation", "explain")]).get()
        let root = try inspectSRUXML(SRUResponseWriter.explainResponse(Self.description, for: request))

        #expect(root.name == "explainResponse")
        #expect(root.namespace == SRUNamespaces.legacyResponse)
        #expect(root.childNames == ["version", "record", "echoedExplainRequest"])
        #expect(root.child("version")?.text == "1.2")
        let record = root.child("record")
        #expect(record?.childNames == ["recordSchema", "recordPacking", "recordData", "recordPosition"])
        #expect(record?.child("recordSchema")?.text == SRUNamespaces.zeeRex)

        let explain = try #require(record?.at("recordData", "explain"))
        #expect(explain.namespace == SRUNamespaces.zeeRex)
        #expect(explain.allElements.allSatisfy { $0.namespace == SRUNamespaces.zeeRex })
        #expect(explain.childNames == ["serverInfo", "databaseInfo", "indexInfo", "schemaInfo", "configInfo"])

        let server = explain.child("serverInfo")
        #expect(server?.attributes["protocol"] == "SRU")
        #expect(server?.attributes["version"] == "1.2")
        #expect(server?.child("host")?.text == "kutubxona.example.uz")
        #expect(server?.child("port")?.text == "8080")
        #expect(server?.child("database")?.text == "sru/catalogue")

        let titles = explain.at("databaseInfo")?.children("title") ?? []
        #expect(titles.map { $0.attributes["lang"] } == ["uz", "uz-Cyrl", "ru", "en", "tg"])
        #expect(titles.map(\.text) == Self.description.titles.map(\.text))
        #expect(titles.first?.attributes["primary"] == "true")
        #expect(titles.dropFirst().allSatisfy { $0.attributes["primary"] == nil })
        #expect(explain.at("databaseInfo", "description")?.attributes["lang"] == "en")
    }

    @Test func indexInfoListsSetsAndIndexes() throws {
        let explain = try explainRecord(version: .v1_2)
        let sets = explain.at("indexInfo")?.children("set") ?? []
        #expect(sets.map { $0.attributes["name"] } == ["dc", "bath", "cql", "manba"])
        #expect(sets.first?.attributes["identifier"] == "info:srw/cql-context-set/1/dc-v1.1")
        #expect(sets.map { $0.attributes["identifier"] }.allSatisfy { !($0 ?? "").isEmpty })

        let indexes = explain.at("indexInfo")?.children("index") ?? []
        #expect(indexes.count == Self.indexes.count)
        let title = indexes.first
        #expect(title?.attributes["id"] == "dc.title")
        #expect(title?.attributes["sort"] == "true")
        #expect(title?.children("title").map { $0.attributes["lang"] } == ["uz", "ru", "en"])
        #expect(title?.at("map", "name")?.text == "title")
        #expect(title?.at("map", "name")?.attributes["set"] == "dc")
        #expect(indexes[1].child("title")?.text == "Author & contributor")
        #expect(indexes[2].attributes["sort"] == "false")
    }

    @Test func schemaAndConfigInfo() throws {
        let explain = try explainRecord(version: .v1_2)
        let schemas = explain.at("schemaInfo")?.children("schema") ?? []
        #expect(schemas.map { $0.attributes["name"] } == ["marcxml", "dc"])
        #expect(schemas.map { $0.attributes["identifier"] } == ["info:srw/schema/1/marcxml-v1.1", "info:srw/schema/1/dc-v1.1"])

        let config = try #require(explain.child("configInfo"))
        #expect(config.children("default").first?.attributes["type"] == "numberOfRecords")
        #expect(config.children("default").first?.text == "10")
        #expect(config.children("setting").first?.attributes["type"] == "maximumRecords")
        #expect(config.children("setting").first?.text == "100")
        let supports = config.children("supports")
        let relations = supports.filter { $0.attributes["type"] == "relation" }.map(\.text)
        #expect(relations == ["=", "==", "<>", "<", ">", "<=", ">=", "adj", "all", "any", "exact"])
        #expect(supports.contains { $0.attributes["type"] == "sort" })
        #expect(supports.contains { $0.attributes["type"] == "relationModifier" && $0.text == "cql.unmasked" })
        #expect(!supports.contains { $0.attributes["type"] == "emptyTerm" })
    }

    @Test func explainVersion2_0() throws {
        let request = try SRURequest.parse([("version", "2.0")]).get()
        let root = try inspectSRUXML(SRUResponseWriter.explainResponse(Self.description, for: request))
        #expect(root.namespace == SRUNamespaces.response)
        #expect(root.childNames == ["record", "echoedExplainRequest"])
        #expect(root.at("record")?.childNames == ["recordSchema", "recordXMLEscaping", "recordData", "recordPosition"])
        #expect(root.at("record", "recordData", "explain", "serverInfo")?.attributes["version"] == "2.0")
    }

    @Test func parameterlessExplainHasNoEcho() throws {
        let root = try inspectSRUXML(SRUResponseWriter.explainResponse(Self.description, for: nil))
        #expect(root.namespace == SRUNamespaces.legacyResponse)
        #expect(root.childNames == ["version", "record"])
    }

    @Test func explainRecordAsString() throws {
        let request = try SRURequest.parse([("version", "1.2"), ("operation", "explain"), ("recordPacking", "string")]).get()
        let root = try inspectSRUXML(SRUResponseWriter.explainResponse(Self.description, for: request))
        let data = try #require(root.at("record", "recordData"))
        #expect(data.children.isEmpty)
        let explain = try inspectSRUXML(data.text)
        #expect(explain.name == "explain")
        #expect(explain.at("databaseInfo", "title")?.text == "Yagona elektron katalog")
    }

    @Test func explainWithDiagnostics() throws {
        let request = try SRURequest.parse([("version", "1.2"), ("operation", "explain"), ("stylesheet", "/explain.xsl")]).get()
        let xml = SRUResponseWriter.explainResponse(Self.description, for: request,
                                                   diagnostics: [SRUDiagnostic(number: 111, details: "/explain.xsl")])
        let root = try inspectSRUXML(xml)
        #expect(root.childNames == ["version", "record", "echoedExplainRequest", "diagnostics"])
        #expect(root.at("diagnostics", "diagnostic")?.namespace == SRUNamespaces.legacyDiagnostic)
    }

    private func explainRecord(version: SRUVersion) throws -> SRUInspectedElement {
        let root = try inspectSRUXML(SRUResponseWriter.explainResponse(Self.description, for: nil, version: version))
        return try #require(root.at("record", "recordData", "explain"))
    }
}
