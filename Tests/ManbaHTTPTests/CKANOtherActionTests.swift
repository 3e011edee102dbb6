import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ManbaHTTP

@Suite("CKAN API: resources, organisations, users, tokens") struct CKANOtherActionTests {
    static func multipart(_ fields: [String: String], file: (name: String, data: String)?) -> (String, String) {
        let boundary = "manba-test-boundary"
        var body = ""
        for (k, v) in fields { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n" }
        if let file { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n\(file.data)\r\n" }
        body += "--\(boundary)--\r\n"
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    @Test func resourcesUploadLinkUpdatePatchDelete() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let d = try await f.call(client, "package_create", APIFixture.dataset("aholi"), token: f.editorToken).object
                let datasetID = try #require(d["id"] as? String)
                let (body, type) = Self.multipart(["package_id": datasetID, "name": "Aholi 2024"], file: ("aholi.csv", "viloyat,soni\nToshkent,3000000\n"))
                let uploaded = try await f.raw(client, "resource_create", body: body, contentType: type, token: f.editorToken)
                #expect(uploaded.success)
                let rid = try #require(uploaded.object["id"] as? String)
                #expect(uploaded.object["url_type"] as? String == "upload")
                #expect(uploaded.object["size"] as? Int == 30)
                let url = try #require(uploaded.object["url"] as? String)
                let path = String(url.dropFirst("http://test".count))
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains("Toshkent,3000000"))
                }
                let (body2, type2) = Self.multipart(["id": rid, "name": "Aholi 2024"], file: ("aholi.csv", "viloyat,soni\nToshkent,3100000\n"))
                let replaced = try await f.raw(client, "resource_update", body: body2, contentType: type2, token: f.editorToken)
                #expect(replaced.success && replaced.object["size"] as? Int == 30)
                try await client.execute(uri: path, method: .get) { #expect(String(buffer: $0.body).contains("3100000")) }
                try await client.execute(uri: path + "?version=2", method: .get) { #expect(String(buffer: $0.body).contains("3000000")) }

                let patched = try await f.call(client, "resource_patch", ["id": rid, "description": "Aholi soni viloyatlar boʻyicha"], token: f.editorToken)
                #expect(patched.object["description"] as? String == "Aholi soni viloyatlar boʻyicha")
                #expect(patched.object["url_type"] as? String == "upload")
                #expect(try await f.call(client, "resource_show", ["id": rid], get: true).object["name"] as? String == "Aholi 2024")

                let link = try await f.call(client, "resource_create", ["package_id": "aholi", "url": "https://stat.uz/aholi.json"], token: f.editorToken)
                #expect(link.object["format"] as? String == "JSON")
                let noURL = try await f.call(client, "resource_create", ["package_id": "aholi"], token: f.editorToken)
                #expect(noURL.status == .conflict)
                let badURL = try await f.call(client, "resource_create", ["package_id": "aholi", "url": "javascript:alert(1)"], token: f.editorToken)
                #expect(badURL.status == .conflict)

                let (bigBody, bigType) = Self.multipart(["package_id": datasetID], file: ("big.csv", String(repeating: "x", count: 20_000)))
                #expect(try await f.raw(client, "resource_create", body: bigBody, contentType: bigType, token: f.editorToken).status == .contentTooLarge)
                let (exeBody, exeType) = Self.multipart(["package_id": datasetID], file: ("tool.exe", "MZ"))
                #expect(try await f.raw(client, "resource_create", body: exeBody, contentType: exeType, token: f.editorToken).status == .conflict)

                let updated = try await f.call(client, "resource_update", ["id": rid, "name": "Aholi", "format": "CSV"], token: f.editorToken)
                #expect(updated.object["url_type"] as? String == "upload", "an update without a new file keeps the file")
                #expect(try await f.call(client, "resource_delete", ["id": rid], token: f.outsiderToken).status == .forbidden)
                #expect(try await f.call(client, "resource_delete", ["id": rid], token: f.editorToken).success)
                #expect(try await f.call(client, "resource_show", ["id": rid], get: true).status == .notFound)
                #expect(try await f.call(client, "package_show", ["id": "aholi"], get: true).object["num_resources"] as? Int == 2)
            }
        }
    }

    @Test func organisationsGroupsAndTags() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let created = try await f.call(client, "organization_create", ["name": "kadastr", "title": ["uz-Latn": "Kadastr agentligi", "ru": "Агентство кадастра"], "parent": "stat"], token: f.adminToken)
                #expect(created.success && created.object["parent"] as? String == "stat")
                #expect(try await f.call(client, "organization_create", ["name": "x-org", "title": "X"], token: f.editorToken).status == .forbidden)
                #expect(try await f.call(client, "organization_create", ["name": "stat", "title": "Dup"], token: f.adminToken).status == .conflict)
                let list = try await f.call(client, "organization_list", get: true)
                #expect(list.result as? [String] == ["kadastr", "stat"])
                let full = try await f.call(client, "organization_list", ["all_fields": "true"], get: true)
                #expect((full.result as? [[String: Any]])?.count == 2)
                let updated = try await f.call(client, "organization_update", ["id": "kadastr", "name": "kadastr", "title": "Kadastr"], token: f.adminToken)
                #expect(updated.object["title"] as? String == "Kadastr")
                _ = try await f.call(client, "package_create", { var d = APIFixture.dataset("k1"); d["groups"] = [["name": "talim"]]; return d }(), token: f.editorToken)
                let stat = try await f.call(client, "organization_show", ["id": "stat", "include_datasets": "true"], get: true)
                #expect(stat.object["package_count"] as? Int == 1)
                #expect((stat.object["packages"] as? [Any])?.count == 1)
                let inRussian = try await f.call(client, "organization_show", ["id": "stat", "lang": "ru"], get: true)
                #expect(inRussian.object["title"] as? String == "Агентство статистики")
                #expect(try await f.call(client, "group_list", get: true).result as? [String] == ["talim"])
                #expect(try await f.call(client, "group_show", ["id": "talim"], get: true).object["package_count"] as? Int == 1)
                #expect(try await f.call(client, "group_show", ["id": "stat"], get: true).status == .notFound)
                #expect(try await f.call(client, "tag_list", get: true).result as? [String] == ["taʼlim"])
            }
        }
    }

    @Test func usersAndTokens() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let status = try await f.call(client, "status_show", get: true)
                #expect(status.object["site_title"] as? String == "Manba")
                let me = try await f.call(client, "user_show", ["id": "editor"], token: f.editorToken, get: true)
                #expect(me.object["name"] as? String == "editor" && me.object["email"] != nil)
                let other = try await f.call(client, "user_show", ["id": "editor"], token: f.outsiderToken, get: true)
                #expect(other.object["email"] == nil)
                let created = try await f.call(client, "api_token_create", ["user": "editor", "name": "harvester"], token: f.editorToken)
                let secret = try #require(created.object["token"] as? String)
                let listed = try await f.call(client, "api_token_list", ["user_id": "editor"], token: secret, get: true)
                let tokens = try #require(listed.result as? [[String: Any]])
                #expect(tokens.count == 2 && !String(describing: tokens).contains(secret))
                #expect(try await f.call(client, "api_token_list", ["user_id": "editor"], token: f.outsiderToken, get: true).status == .forbidden)
                let id = try #require(tokens.first { $0["name"] as? String == "harvester" }?["id"] as? String)
                #expect(try await f.call(client, "api_token_revoke", ["jti": id], token: f.outsiderToken).status == .forbidden)
                #expect(try await f.call(client, "api_token_revoke", ["jti": id], token: f.editorToken).success)
                #expect(try await f.call(client, "status_show", token: secret, get: true).status == .forbidden)
                try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                    let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                    #expect((doc["paths"] as? [String: Any])?.count == CKANRoutes.actions.count)
                }
            }
        }
    }
}

@Suite("CKAN API: organisation members") struct CKANMemberActionTests {
    @Test func adminsManageMembersAndRolesTakeEffect() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                #expect(try await f.call(client, "package_create", APIFixture.dataset("m1"), token: f.outsiderToken).status == .forbidden)
                #expect(try await f.call(client, "organization_member_create", ["id": "stat", "username": "outsider", "role": "editor"], token: f.editorToken).status == .forbidden)
                #expect(try await f.call(client, "organization_member_create", ["id": "stat", "username": "outsider", "role": "owner"], token: f.adminToken).status == .conflict)
                #expect(try await f.call(client, "organization_member_create", ["id": "stat", "username": "outsider", "role": "editor"], token: f.adminToken).success)
                #expect(try await f.call(client, "package_create", APIFixture.dataset("m1"), token: f.outsiderToken).success)
                let members = try await f.call(client, "member_list", ["id": "stat"], token: f.editorToken, get: true)
                #expect((members.result as? [[String]])?.map { $0[0] } == ["editor", "outsider"])
                #expect(try await f.call(client, "organization_member_delete", ["id": "stat", "username": "outsider"], token: f.adminToken).success)
                #expect(try await f.call(client, "package_patch", ["id": "m1", "notes": "x"], token: f.outsiderToken).status == .forbidden)
                #expect(try await f.call(client, "member_list", ["id": "stat"], token: f.outsiderToken, get: true).status == .forbidden)
            }
        }
    }
}
