import Foundation
import Hummingbird
import Library
import ManbaCore

/// Reading and downloading digitised copies, and adding them from the record page.
struct DigitalItemRoutes {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/opac/item/:id/read") { request, context in try await serve(request, context, use: .read) }
        router.get("/opac/item/:id/download") { request, context in try await serve(request, context, use: .download) }
        router.post("/opac/record/:id/items") { request, context in try await add(request, context) }
    }

    func serve(_ request: Request, _ context: ManbaRequestContext, use: DigitalLibrary.Use) async throws -> Response {
        let page = PageContext(request: request, context: context)
        do {
            let (item, data) = try await services.digitalLibrary.open(context.parameters.get("id") ?? "", as: use, for: context.principal)
            // Inline for reading in the browser's own PDF viewer; attachment for downloading.
            let disposition = "\(use == .read ? "inline" : "attachment"); filename=\"\(item.fileName)\""
            return Response(status: .ok, headers: [.contentType: item.format.mediaType, .contentDisposition: disposition, .cacheControl: "private, no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(data: data)))
        } catch ManbaError.unauthenticated {
            return Layout.redirect("/user/login")
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    func add(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return Layout.errorPage(.notFound("Not found"), page) }
        guard context.principal.isSysadmin else { return Layout.errorPage(.forbidden("Only system administrators may add digitised copies"), page) }
        do {
            guard let form = try await Forms.verifiedForm(request, context, limit: services.digitalLibrary.sizeLimit + 64 * 1024) else {
                return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page)
            }
            guard let file = form.files["file"] else { return Layout.errorPage(.badRequest("Choose a PDF or EPUB file"), page) }
            let access = DigitalItem.Access(rawValue: form.first("access") ?? "") ?? .registered
            _ = try await services.digitalLibrary.attach(workID: id, fileName: file.fileName, data: file.data, access: access, by: context.principal)
            return Layout.redirect("/opac/record/\(id)#digital")
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }
}
