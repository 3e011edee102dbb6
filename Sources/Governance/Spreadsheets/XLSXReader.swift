import Foundation
import ZIPFoundation

/// Finds a worksheet by following the workbook's relationships, and reads no more of the zip than it
/// needs, within a budget of uncompressed bytes.
struct XLSXReader {
    private typealias ReadError = XLSXWorkbook.ReadError

    private let archive: Archive
    private let limit: Int
    private var remaining: Int

    init(data: Data, uncompressedLimit: Int) throws(XLSXWorkbook.ReadError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
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
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let links = try parsedPart(relationshipsPath, XLSXRelationships()) ?? XLSXRelationships()

        guard workbook.sheets.indices.contains(index), let target = links.byID[workbook.sheets[index].relationshipID]?.target else {
            throw .missingSheet(index: index, sheetCount: workbook.sheets.count)
        }
        let sheetPath = Self.resolve(target, from: folder)
        var sharedStrings: XLSXSharedStrings?
        if let target = links.target(ofKind: "sharedStrings") {
            sharedStrings = try parsedPart(Self.resolve(target, from: folder), XLSXSharedStrings())
        }
        var styles: XLSXStylesPart?
        if let target = links.target(ofKind: "styles") {
            styles = try parsedPart(Self.resolve(target, from: folder), XLSXStylesPart())
        }

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

    /// The uncompressed bytes of `path`, or nil when the zip has no such file. The size an entry declares
    /// is checked first, and the bytes actually inflated are counted too, since a forged header may lie.
    private mutating func part(_ path: String) throws(ReadError) -> Data? {
        guard let entry = entry(at: path), entry.type == .file else { return nil }
        guard entry.uncompressedSize <= UInt64(remaining) else { throw .tooLarge(limit: limit) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        var remaining = self.remaining
        do {
            // The consumer gets the bytes before the checksum is known; comparing it is left to us.
            let checksum = try archive.extract(entry) { chunk in
                remaining -= chunk.count
                guard remaining >= 0 else { throw ReadError.tooLarge(limit: limit) }
                data.append(chunk)
            }
            guard checksum == entry.checksum else { throw ReadError.malformed(part: path, reason: "checksum mismatch") }
        } catch let error as ReadError {
            throw error
        } catch {
            throw .malformed(part: path, reason: "cannot be unzipped (\(error))")
        }
        self.remaining = remaining
        return data
    }

    /// Part names are case-insensitive in Open Packaging, and some writers vary the case.
    private func entry(at path: String) -> Entry? {
        if let entry = archive[path] { return entry }
        let wanted = path.lowercased()
        return archive.first { $0.path.lowercased() == wanted }
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
