import Foundation

/// Finds a worksheet by following the workbook's relationships, and reads no more of the zip than it
/// needs, within a budget of uncompressed bytes shared by all the parts it reads.
struct XLSXReader {
    private typealias ReadError = XLSXWorkbook.ReadError

    private let package: ZipPackageReader
    private let limit: Int
    private var remaining: Int

    init(data: Data, uncompressedLimit: Int) throws(XLSXWorkbook.ReadError) {
        do {
            package = try ZipPackageReader(data)
        } catch .tooLarge {
            throw .tooLarge(limit: uncompressedLimit)
        } catch {
            throw .notAZip
        }
        limit = uncompressedLimit
        remaining = uncompressedLimit
    }

    mutating func rows(ofSheet index: Int) throws(XLSXWorkbook.ReadError) -> [[String]] {
        let packageLinks = try parsedPart("_rels/.rels", XLSXRelationships())
        let workbookPath = packageLinks?.target(ofKind: "officeDocument").map { Self.resolve($0, from: "") } ?? "xl/workbook.xml"
        guard let workbook = try parsedPart(workbookPath, XLSXWorkbookPart()) else { throw .noWorkbook }
        // "xl/workbook.xml" has its relationships in "xl/_rels/workbook.xml.rels".
        var components = workbookPath.split(separator: "/").map(String.init)
        let fileName = components.popLast() ?? ""
        let folder = components.joined(separator: "/")
        let links = try parsedPart(Self.resolve("_rels/\(fileName).rels", from: folder), XLSXRelationships()) ?? XLSXRelationships()

        guard workbook.sheets.indices.contains(index), let target = links.byID[workbook.sheets[index].relationshipID]?.target else {
            throw .missingSheet(index: index, sheetCount: workbook.sheets.count)
        }
        let sheetPath = Self.resolve(target, from: folder)
        // Some generators leave these links out; the usual names are tried then.
        let sharedStrings = try parsedPart(Self.resolve(links.target(ofKind: "sharedStrings") ?? "sharedStrings.xml", from: folder),
                                           XLSXSharedStrings())
        let styles = try parsedPart(Self.resolve(links.target(ofKind: "styles") ?? "styles.xml", from: folder), XLSXStylesPart())

        guard let sheetData = try part(sheetPath) else {
            throw .missingSheet(index: index, sheetCount: workbook.sheets.count)
        }
        // The rows built may take at most about as much memory as the XML we agreed to read.
        let handler = XLSXSheetHandler(part: sheetPath, sharedStrings: sharedStrings?.strings ?? [], styles: styles,
                                       uses1904Dates: workbook.uses1904Dates, cellLimit: limit / 16, limit: limit)
        try XLSXPartParser.parse(sheetData, part: sheetPath, with: handler)
        return handler.rows
    }

    private mutating func parsedPart<Handler: XLSXPartHandler>(_ path: String, _ handler: Handler) throws(ReadError) -> Handler? {
        guard let data = try part(path) else { return nil }
        try XLSXPartParser.parse(data, part: path, with: handler)
        return handler
    }

    /// The uncompressed bytes of `path`, or nil when the zip has no such file, counted against the budget.
    private mutating func part(_ path: String) throws(ReadError) -> Data? {
        guard let entry = package.entry(path) else { return nil }
        do {
            let data = try package.contents(of: entry, limit: remaining)
            remaining -= data.count
            return data
        } catch .tooLarge {
            throw .tooLarge(limit: limit)
        } catch .damaged(let reason) {
            throw .malformed(part: path, reason: reason)
        } catch {
            throw .malformed(part: path, reason: "cannot be unzipped")
        }
    }

    /// A relationship target relative to `folder`, or absolute when it starts with "/"; ".." allowed.
    static func resolve(_ target: String, from folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
