import Foundation
import ManbaCore
import OpenData

/// resource_* actions. Uploads come as multipart forms with the file in `upload`, as ckanapi sends them.
enum CKANResourceActions {
    static let all: [CKANAction] = [
        CKANAction("resource_show", get: true, "One resource by id.") { call in
            let id = try call.parameters.required("id"), shown = try await show(id, call)
            call.services.governance.usage.record(.apiRead, resource: id)
            return shown
        },
        CKANAction("resource_create", get: false, "Add a link or an uploaded file to a dataset.") { call in
            try call.requireLogin()
            let datasetID = try call.parameters.required("package_id")
            var draft = ResourceDraft()
            try CKANDatasetInput.applyResource(call.parameters, to: &draft, language: call.language)
            if draft.upload == nil && (draft.url ?? "").isEmpty {
                throw ManbaError.validation(["url": ["Missing value: give a url or upload a file"]])
            }
            let resource = try await call.services.catalogue.addResource(to: datasetID, draft, by: call.principal)
            return try await show(resource.id, call)
        },
        CKANAction("resource_update", get: false, "Replace a resource's fields, or its file with a new upload.") { call in
            try call.requireLogin()
            let id = try call.parameters.required("id")
            let current = try await call.services.catalogue.resourceDraft(id, for: call.principal)
            var draft = ResourceDraft()
            draft.id = id
            // An update without a new url or file keeps the current one.
            draft.url = current.url
            try CKANDatasetInput.applyResource(call.parameters, to: &draft, language: call.language)
            _ = try await call.services.catalogue.updateResource(id, draft, by: call.principal)
            return try await show(id, call)
        },
        CKANAction("resource_patch", get: false, "Change only the given fields of a resource.") { call in
            try call.requireLogin()
            let id = try call.parameters.required("id")
            var draft = try await call.services.catalogue.resourceDraft(id, for: call.principal)
            try CKANDatasetInput.applyResource(call.parameters, to: &draft, language: call.language)
            _ = try await call.services.catalogue.updateResource(id, draft, by: call.principal)
            return try await show(id, call)
        },
        CKANAction("resource_delete", get: false, "Remove a resource from its dataset.") { call in
            try call.requireLogin()
            try await call.services.catalogue.deleteResource(try call.parameters.required("id"), by: call.principal)
            return NSNull()
        },
    ]

    static func show(_ id: String, _ call: CKANCall) async throws -> Any {
        let (resource, dataset) = try await call.services.catalogue.resource(id, for: call.principal)
        let position = dataset.resources.firstIndex { $0.id == resource.id } ?? 0
        return try await call.mapping(for: []).resourceDictionary(resource, datasetID: dataset.id, position: position)
    }
}
