import Foundation
import Hummingbird

/// `/api/openapi.json`: the Action API described for tools (Swagger UI, schemathesis, client generators).
/// Built from the same action table the router uses, so the document cannot drift from the API.
enum OpenAPIDocument {
    static func document(siteURL: String) -> [String: Any] {
        var paths: [String: Any] = [:]
        let envelope: [String: Any] = [
            "type": "object", "required": ["success"],
            "properties": ["help": ["type": "string"], "success": ["type": "boolean"], "result": [:] as [String: Any],
                           "error": ["type": "object", "properties": ["__type": ["type": "string"], "message": ["type": "string"]]]],
        ]
        let responses: [String: Any] = [
            "200": ["description": "Success", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
            "400": ["description": "Bad request", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
            "403": ["description": "Authorization Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
            "404": ["description": "Not Found Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
            "409": ["description": "Validation Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
            "413": ["description": "Upload too large", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Envelope"]]]],
        ]
        for action in CKANRoutes.actions.values.sorted(by: { $0.name < $1.name }) {
            var item: [String: Any] = [
                "post": ["operationId": action.name, "summary": action.summary, "tags": ["CKAN Action API"],
                         "requestBody": ["required": false, "content": ["application/json": ["schema": ["type": "object", "additionalProperties": true]],
                                                                         "multipart/form-data": ["schema": ["type": "object", "additionalProperties": true]]]],
                         "responses": responses],
            ]
            if action.allowsGET {
                item["get"] = ["operationId": action.name + "_get", "summary": action.summary, "tags": ["CKAN Action API"],
                               "parameters": [["name": "id", "in": "query", "required": false, "schema": ["type": "string"]],
                                              ["name": "q", "in": "query", "required": false, "schema": ["type": "string"]]],
                               "responses": responses]
            }
            paths["/api/3/action/\(action.name)"] = item
        }
        return [
            "openapi": "3.0.3",
            "info": ["title": "Manba CKAN-compatible Action API", "version": ManbaVersion.current,
                     "license": ["name": "Apache-2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"],
                     "description": "Every action answers with CKAN's envelope. Send an API token in the Authorization header. The same actions are also at /api/action/NAME."],
            "servers": [["url": siteURL]],
            "paths": paths,
            "components": [
                "schemas": ["Envelope": envelope],
                "securitySchemes": ["apiToken": ["type": "apiKey", "in": "header", "name": "Authorization"]],
            ],
            "security": [["apiToken": []] as [String: Any], [:] as [String: Any]],
        ]
    }
}
