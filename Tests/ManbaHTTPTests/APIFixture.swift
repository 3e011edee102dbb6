import Foundation
import Hummingbird
import HummingbirdTesting
import ManbaCore
import ManbaStore
import ManbaTestSupport
@testable import ManbaHTTP

/// A running application on a fresh store, with a sysadmin, an editor of organisation "stat" and their tokens.
struct APIFixture {
    let services: Services
    let app: Application<RouterResponder<ManbaRequestContext>>
    let adminToken: String
    let editorToken: String
    let outsiderToken: String

    static func make(uploadLimit: Int = 10_000) async throws -> APIFixture {
        setenv("MANBA_BCRYPT_COST", "4", 0)
        let services = try await Services.open(TestStore.configuration(), uploadLimit: uploadLimit, logger: TestStore.logger)
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, uploadLimit: uploadLimit, jsonLimit: 200_000, siteURL: "http://test")
        let app = Application(router: ManbaApplication.router(services: services, configuration: configuration))
        let admin = try await services.users.create(name: "admin", password: "long enough pass", sysadmin: true)
        let editor = try await services.users.create(name: "editor", password: "long enough pass")
        let outsider = try await services.users.create(name: "outsider", password: "long enough pass")
        let stat = try await services.organisations.create(.init(name: "stat", title: LocalizedText([.uzLatn: "Statistika agentligi", .ru: "Агентство статистики"])), kind: .organization, by: .system)
        _ = try await services.organisations.create(.init(name: "talim", title: LocalizedText(.uzLatn, "Taʼlim")), kind: .group, by: .system)
        try await services.organisations.setMember(userID: editor.id, organisationID: stat.id, role: .editor, by: .system)
        return APIFixture(services: services, app: app,
                          adminToken: try await services.users.createToken(for: admin, name: "t").secret,
                          editorToken: try await services.users.createToken(for: editor, name: "t").secret,
                          outsiderToken: try await services.users.createToken(for: outsider, name: "t").secret)
    }

    /// Runs `body` on a fresh fixture and always closes the store, also when the test fails.
    static func with(uploadLimit: Int = 10_000, _ body: (APIFixture) async throws -> Void) async throws {
        let f = try await make(uploadLimit: uploadLimit)
        do { try await body(f) } catch {
            await f.close()
            throw error
        }
        await f.close()
    }

    func close() async {
        let directory = services.store.dataDirectory
        await services.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    struct Answer {
        let status: HTTPResponse.Status
        let json: [String: Any]
        var success: Bool { json["success"] as? Bool ?? false }
        var result: Any? { json["result"] }
        var object: [String: Any] { json["result"] as? [String: Any] ?? [:] }
        var errorType: String? { (json["error"] as? [String: Any])?["__type"] as? String }
        var error: [String: Any] { json["error"] as? [String: Any] ?? [:] }
    }

    /// Calls an action with a JSON body (POST) or query string (GET).
    func call(_ client: some TestClientProtocol, _ action: String, _ parameters: [String: Any] = [:], token: String? = nil, get: Bool = false) async throws -> Answer {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = token }
        if get {
            let query = parameters.map { "\($0.key)=\(String(describing: $0.value).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            return try await client.execute(uri: "/api/3/action/\(action)?\(query)", method: .get, headers: headers) { Self.answer($0) }
        }
        let body = try JSONSerialization.data(withJSONObject: parameters)
        return try await client.execute(uri: "/api/3/action/\(action)", method: .post, headers: headers, body: ByteBuffer(bytes: body)) { Self.answer($0) }
    }

    func raw(_ client: some TestClientProtocol, _ action: String, body: String, contentType: String = "application/json", token: String? = nil) async throws -> Answer {
        var headers: HTTPFields = [.contentType: contentType]
        if let token { headers[.authorization] = token }
        return try await client.execute(uri: "/api/3/action/\(action)", method: .post, headers: headers, body: ByteBuffer(string: body)) { Self.answer($0) }
    }

    static func answer(_ response: TestResponse) -> Answer {
        let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
        return Answer(status: response.status, json: object)
    }

    static func dataset(_ name: String, title: Any = "Maktablar roʻyxati", org: String = "stat") -> [String: Any] {
        ["name": name, "title": title, "owner_org": org, "notes": "Umumtaʼlim maktablari", "license_id": "cc-by-4.0",
         "tags": [["name": "taʼlim"]], "frequency": "annual", "extras": [["key": "manba", "value": "test"]],
         "resources": [["url": "https://data.egov.uz/files/maktablar.csv", "name": "Maktablar", "format": "CSV"]]]
    }
}
