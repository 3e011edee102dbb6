import Foundation
import Hummingbird
import ManbaCore
import OpenData

/// Downloads of uploaded files, current or from an older version of their dataset.
struct DownloadRoutes {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        // The segment after /dataset/ holds the dataset id here; the router needs one parameter name per position.
        router.get("/dataset/:name/resource/:rid/download/:file") { request, context in
            let page = PageContext(request: request, context: context)
            do {
                let version = QueryString(request).get("version").flatMap(Int.init)
                let (resource, data) = try await services.catalogue.download(resourceID: context.parameters.get("rid") ?? "", version: version, for: context.principal)
                services.governance.usage.record(.download, resource: resource.id)
                let type = resource.mimetype ?? Self.mediaType(for: resource.format)
                return Response(status: .ok, headers: [
                    .contentType: type, .contentDisposition: "attachment; filename=\"\(resource.fileName ?? "data")\"",
                    .init("X-Content-Type-Options")!: "nosniff",
                ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
            } catch let error as ManbaError {
                return Layout.errorPage(error, page)
            }
        }
    }

    static func mediaType(for format: String) -> String {
        switch format.uppercased() {
        case "CSV": return "text/csv; charset=utf-8"
        case "JSON", "GEOJSON": return "application/json"
        case "XML": return "application/xml"
        case "PDF": return "application/pdf"
        case "XLSX": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ZIP": return "application/zip"
        default: return "application/octet-stream"
        }
    }
}
