import Foundation
import ManbaCore

/// The union catalogue's SRU 1.2/2.0 endpoint: explain and searchRetrieve with CQL, records as MARCXML
/// (with every library's holdings) or Dublin Core. Answers are always XML; errors are diagnostics.
public struct UnionCatalogueSRU: Sendable {
    let catalogue: UnionCatalogue
    let host: String
    let port: Int
    /// Renders a record in the Dublin Core schema (oai_dc's crosswalk), when one is available.
    let dublinCore: (@Sendable (MARCRecord) -> String)?

    public init(catalogue: UnionCatalogue, host: String, port: Int, dublinCore: (@Sendable (MARCRecord) -> String)? = nil) {
        self.catalogue = catalogue
        self.host = host
        self.port = port
        self.dublinCore = dublinCore
    }

    public static let indexes: [SRUIndexDescription] = [
        SRUIndexDescription(set: "cql", name: "allRecords", titles: titles("All records", "Barcha yozuvlar", "Барча ёзувлар", "Все записи", "Ҳамаи сабтҳо")),
        SRUIndexDescription(set: "cql", name: "serverChoice", titles: titles("Any field", "Istalgan maydon", "Исталган майдон", "Любое поле", "Ҳар гуна майдон")),
        SRUIndexDescription(set: "dc", name: "title", titles: titles("Title", "Sarlavha", "Сарлавҳа", "Заглавие", "Унвон"), sortable: true),
        SRUIndexDescription(set: "dc", name: "creator", titles: titles("Author", "Muallif", "Муаллиф", "Автор", "Муаллиф")),
        SRUIndexDescription(set: "dc", name: "subject", titles: titles("Subject", "Mavzu", "Мавзу", "Тема", "Мавзӯъ")),
        SRUIndexDescription(set: "dc", name: "date", titles: titles("Year", "Yil", "Йил", "Год", "Сол"), sortable: true),
        SRUIndexDescription(set: "dc", name: "identifier", title: "ISBN"),
        SRUIndexDescription(set: "dc", name: "language", titles: titles("Language", "Til", "Тил", "Язык", "Забон")),
        SRUIndexDescription(set: "bath", name: "isbn", title: "ISBN"),
        SRUIndexDescription(set: "manba", name: "library", titles: titles("Holding library", "Kutubxona", "Кутубхона", "Библиотека", "Китобхона")),
        SRUIndexDescription(set: "manba", name: "material", titles: titles("Material type", "Material turi", "Материал тури", "Тип материала", "Навъи мавод")),
    ]

    static func titles(_ en: String, _ uzLatn: String, _ uzCyrl: String, _ ru: String, _ tg: String) -> [SRULocalizedText] {
        [SRULocalizedText(language: "en", text: en), SRULocalizedText(language: "uz", text: uzLatn), SRULocalizedText(language: "uz-Cyrl", text: uzCyrl),
         SRULocalizedText(language: "ru", text: ru), SRULocalizedText(language: "tg", text: tg)]
    }

    var description: SRUExplainDescription {
        var support = CQLSupport(contextSets: SRUContextSet.standard, indexes: Self.indexes)
        support.relations = [.equals, .exactEquals, .adj, .all, .any, .exact, .lessThan, .lessThanOrEqual, .greaterThan, .greaterThanOrEqual, .notEquals]
        return SRUExplainDescription(
            host: host, port: port, database: "sru",
            titles: Self.titles("Union catalogue of the libraries of Uzbekistan", "Oʻzbekiston kutubxonalarining yagona elektron katalogi",
                                "Ўзбекистон кутубхоналарининг ягона электрон каталоги", "Сводный электронный каталог библиотек Узбекистана",
                                "Феҳристи ягонаи китобхонаҳои Ӯзбекистон"),
            indexes: Self.indexes, schemas: dublinCore == nil ? [.marcxml] : [.marcxml, .dublinCore],
            defaultNumberOfRecords: 10, maximumNumberOfRecords: 100, support: support)
    }

    /// Answers one SRU request (its query parameters, repeated keys kept).
    public func respond(to parameters: [(String, String)]) async -> String {
        let description = self.description
        let request: SRURequest
        switch SRURequest.parse(parameters) {
        case .failure(let diagnostic): return SRUResponseWriter.diagnosticsResponse([diagnostic], answering: parameters)
        case .success(let parsed): request = parsed
        }
        switch request.operation {
        case .explain: return SRUResponseWriter.explainResponse(description, for: request)
        case .scan: return SRUResponseWriter.diagnosticsResponse([.unsupportedOperation("scan")], for: request)
        case .searchRetrieve: break
        }
        let fail = { (diagnostic: SRUDiagnostic) in SRUResponseWriter.diagnosticsResponse([diagnostic], for: request) }
        let cql: CQLQuery
        switch request.cqlQuery() {
        case .failure(let diagnostic): return fail(diagnostic)
        case .success(let parsed): cql = parsed
        }
        if let diagnostic = description.support.check(cql) { return fail(diagnostic) }
        let query: LibraryQuery, sort: LibrarySort
        switch CQLTranslation.query(cql.root, support: description.support) {
        case .failure(let diagnostic): return fail(diagnostic)
        case .success(let translated): query = translated
        }
        switch CQLTranslation.sort(cql.sortKeys, support: description.support) {
        case .failure(let diagnostic): return fail(diagnostic)
        case .success(let order): sort = order
        }
        let schemaName = request.recordSchema ?? "marcxml"
        let schema: SRUSchemaDescription
        if SRUSchemaDescription.marcxml.matches(schemaName) { schema = .marcxml }
        else if dublinCore != nil, SRUSchemaDescription.dublinCore.matches(schemaName) { schema = .dublinCore }
        else { return fail(.unknownSchemaForRetrieval(schemaName)) }
        let rows = min(max(request.maximumRecords ?? description.defaultNumberOfRecords, 0), description.maximumNumberOfRecords)
        let start = max(request.startRecord, 1)
        do {
            let page = try await catalogue.search(query, sort: sort, start: start - 1, rows: rows)
            if start > 1, start > page.count, page.count > 0 { return fail(.firstRecordPositionOutOfRange(start)) }
            let records = page.records.enumerated().map { offset, work -> SRURecordPayload in
                let record = work.record(withHoldings: true)
                let xml = schema == .dublinCore ? dublinCore!(record) : MARCXML.encodeRecord(record)
                return SRURecordPayload(schema: request.recordSchema ?? schema.identifier, xml: xml, position: start + offset)
            }
            return SRUResponseWriter.searchRetrieveResponse(for: request, result: SRUSearchRetrieveResult(numberOfRecords: page.count, records: records))
        } catch {
            return fail(.generalSystemError("\(error)"))
        }
    }
}
