import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ManbaHTTP

@Suite("CKAN API: datasets") struct CKANDatasetActionTests {
    @Test func createShowUpdatePatchDeleteAndList() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let created = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                #expect(created.status == .ok && created.success)
                let id = try #require(created.object["id"] as? String)
                #expect((created.object["title_translated"] as? [String: String])?["uz-Latn"] == "Maktablar roʻyxati")
                #expect((created.object["resources"] as? [[String: Any]])?.first?["format"] as? String == "CSV")

                let shown = try await f.call(client, "package_show", ["id": "maktablar"], get: true)
                #expect(shown.object["id"] as? String == id)
                #expect((shown.object["organization"] as? [String: Any])?["name"] as? String == "stat")
                #expect(shown.json["help"] as? String == "http://test/api/3/action/help_show?name=package_show")

                var update = APIFixture.dataset("maktablar", title: ["uz-Latn": "Maktablar", "uz-Cyrl": "Мактаблар"])
                update["id"] = id
                update.removeValue(forKey: "resources")
                let updated = try await f.call(client, "package_update", update, token: f.editorToken)
                #expect(updated.success)
                #expect((updated.object["resources"] as? [Any])?.count == 1, "resources are kept when not sent")
                #expect(updated.object["title"] as? String == "Maktablar")

                let patched = try await f.call(client, "package_patch", ["id": id, "notes": "Yangilangan"], token: f.editorToken)
                #expect(patched.object["notes"] as? String == "Yangilangan")
                #expect(patched.object["title"] as? String == "Maktablar")
                #expect((patched.object["title_translated"] as? [String: String])?["uz-Cyrl"] == "Мактаблар")

                let list = try await f.call(client, "package_list", get: true)
                #expect(list.result as? [String] == ["maktablar"])
                let history = try await f.call(client, "package_revision_list", ["id": id], get: true)
                #expect((history.result as? [Any])?.count == 3)

                let deleted = try await f.call(client, "package_delete", ["id": id], token: f.editorToken)
                #expect(deleted.success)
                #expect(try await f.call(client, "package_show", ["id": id], get: true).status == .notFound)
                #expect(try await f.call(client, "package_list", get: true).result as? [String] == [])
            }
        }
    }

    @Test func searchWithFacetsSortAndPaging() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                for i in 0..<15 {
                    var d = APIFixture.dataset("maktab-\(i)", title: i % 2 == 0 ? "Maktablar roʻyxati \(i)" : "Мактаблар рўйхати \(i)")
                    d["frequency"] = i % 3 == 0 ? "monthly" : "annual"
                    d["groups"] = [["name": "talim"]]
                    _ = try await f.call(client, "package_create", d, token: f.editorToken)
                }
                let result = try await f.call(client, "package_search", ["q": "рўйхати", "fq": "frequency:monthly", "rows": 2, "start": 0,
                                                                          "facet.field": ["organization", "frequency", "groups", "tags", "res_format"],
                                                                          "sort": "name asc"])
                #expect(result.object["count"] as? Int == 5, "\(result.json)")
                let rows = try #require(result.object["results"] as? [[String: Any]])
                #expect(rows.map { $0["name"] as? String } == ["maktab-0", "maktab-12"])
                let facets = try #require(result.object["facets"] as? [String: [String: Int]])
                #expect(facets["organization"] == ["stat": 5])
                #expect(facets["frequency"] == ["monthly": 5])
                let searchFacets = try #require(result.object["search_facets"] as? [String: [String: Any]])
                let orgItems = try #require(searchFacets["organization"]?["items"] as? [[String: Any]])
                #expect(orgItems.first?["display_name"] as? String == "Statistika agentligi")

                let viaGet = try await f.call(client, "package_search", ["q": "maktablar", "rows": "2000", "facet.field": "[\"frequency\"]", "facet.limit": "1"], get: true)
                #expect(viaGet.object["count"] as? Int == 15)
                #expect((viaGet.object["facets"] as? [String: [String: Int]])?["frequency"]?.count == 1)

                let bad = try await f.call(client, "package_search", ["fq": "password:x"])
                #expect(bad.status == .conflict && bad.errorType == "Validation Error")
                let badSort = try await f.call(client, "package_search", ["sort": "drop table"])
                #expect(badSort.status == .conflict)
            }
        }
    }

    @Test func errorsFollowCKANConventions() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let badJSON = try await f.raw(client, "package_create", body: "{\"name\": ", token: f.editorToken)
                #expect(badJSON.status == .badRequest && badJSON.success == false)

                let noKey = try await f.call(client, "package_create", APIFixture.dataset("x1"))
                #expect(noKey.status == .forbidden && noKey.errorType == "Authorization Error")

                let wrongKey = try await f.call(client, "package_show", ["id": "x"], token: "manba_not-a-real-token")
                #expect(wrongKey.status == .forbidden)

                let outsider = try await f.call(client, "package_create", APIFixture.dataset("x2"), token: f.outsiderToken)
                #expect(outsider.status == .forbidden)

                let missing = try await f.call(client, "package_create", ["title": "No name", "owner_org": "stat"], token: f.editorToken)
                #expect(missing.status == .conflict && missing.errorType == "Validation Error")
                #expect(missing.error["name"] as? [String] == ["Missing value"])

                var wrongTypes = APIFixture.dataset("x3")
                wrongTypes["tags"] = 5
                wrongTypes["private"] = "perhaps"
                wrongTypes["colour"] = "blue"
                let typed = try await f.call(client, "package_create", wrongTypes, token: f.editorToken)
                #expect(typed.status == .conflict)
                #expect(Set(typed.error.keys) == ["__type", "tags", "private", "colour"])

                _ = try await f.call(client, "package_create", APIFixture.dataset("taken"), token: f.editorToken)
                let clash = try await f.call(client, "package_create", APIFixture.dataset("taken"), token: f.editorToken)
                #expect(clash.status == .conflict && clash.error["name"] as? [String] == ["That URL is already in use."])

                let unknown = try await f.call(client, "package_show", ["id": "no-such-dataset"], get: true)
                #expect(unknown.status == .notFound && unknown.errorType == "Not Found Error")

                let noAction = try await f.call(client, "package_explode", get: true)
                #expect(noAction.status == .badRequest)

                let writeViaGet = try await f.call(client, "package_delete", ["id": "taken"], token: f.editorToken, get: true)
                #expect(writeViaGet.status == .badRequest)

                let injection = try await f.call(client, "package_search", ["q": "x' OR 1=1; DROP TABLE datasets; --"], get: true)
                #expect(injection.object["count"] as? Int == 0)
                #expect(try await f.call(client, "package_list", get: true).result as? [String] == ["taken"])

                let huge = try await f.raw(client, "package_create", body: "{\"notes\": \"" + String(repeating: "a", count: 300_000) + "\"}", token: f.editorToken)
                #expect(huge.status == .contentTooLarge)
            }
        }
    }
}

@Suite("CKAN API: harvesters and hostile input") struct CKANHostileInputTests {
    @Test func harvesterQueriesWork() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("h1"), token: f.editorToken)
                let all = try await f.call(client, "package_search", ["fq": "metadata_modified:[2000-01-01T00:00:00Z TO *]", "sort": "id asc", "rows": 10], get: true)
                #expect(all.object["count"] as? Int == 1)
                let none = try await f.call(client, "package_search", ["fq": "metadata_modified:[* TO 2000-01-01T00:00:00Z]"], get: true)
                #expect(none.object["count"] as? Int == 0)
                #expect(try await f.call(client, "package_search", ["fq": "metadata_modified:[yesterday TO *]"], get: true).status == .conflict)
                let colon = try await f.call(client, "package_search", ["q": "Maktablar: roʻyxati"], get: true)
                #expect(colon.object["count"] as? Int == 1)
                let keyed = try await f.call(client, "package_search", ["facet.field": "[\"format\",\"organization\"]"], get: true)
                #expect((keyed.object["facets"] as? [String: [String: Int]])?["format"] == ["CSV": 1])
                let plus = try await f.call(client, "package_search", ["q": "maktablar+roʻyxati"], get: true)
                #expect(plus.object["count"] as? Int == 1)
            }
        }
    }

    @Test func hostileNumbersNamesAndCookiesAreRefusedCleanly() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("h2"), token: f.editorToken)
                #expect(try await f.call(client, "package_list", ["offset": "1", "limit": "9223372036854775807"], get: true).success)
                #expect(try await f.call(client, "organization_list", ["limit": "-1"], get: true).status == .conflict)
                #expect(try await f.call(client, "package_search", ["sort": ","], get: true).success)
                try await client.execute(uri: "/dataset?page=9223372036854775807", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/preferences/contrast?on=1&back=/%5Cevil.example", method: .get) { #expect($0.headers[.location] == "/") }
                let uuidName = try await f.call(client, "package_create", APIFixture.dataset("0b6e7f0e-9c61-4f3a-8d55-3c2a1d0e9f11"), token: f.editorToken)
                #expect(uuidName.status == .conflict)
                var twice = APIFixture.dataset("h3")
                let rid = "5f0c3a52-8f0e-4b8e-9f7e-2f1a3b4c5d6e"
                twice["resources"] = [["id": rid, "url": "https://a.uz/1.csv"], ["id": rid, "url": "https://a.uz/2.csv"]]
                #expect(try await f.call(client, "package_create", twice, token: f.editorToken).status == .conflict)
                // A signed-in page session may read through the API, but not write: that needs a token.
                let session = try await f.services.users.startSession(for: try #require(try await f.services.users.user(named: "editor")))
                let cookieWrite = try await client.execute(uri: "/api/3/action/package_patch", method: .post,
                                                           headers: [.contentType: "application/json", .cookie: "manba_session=\(session.secret)"],
                                                           body: ByteBuffer(string: "{\"id\": \"h2\", \"notes\": \"forged\"}")) { APIFixture.answer($0) }
                #expect(cookieWrite.status == .forbidden)
            }
        }
    }

    @Test func olderVersionsKeepTheirOwnVisibility() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                var d = APIFixture.dataset("h4")
                d["private"] = true
                _ = try await f.call(client, "package_create", d, token: f.editorToken)
                _ = try await f.call(client, "package_patch", ["id": "h4", "private": false], token: f.editorToken)
                try await client.execute(uri: "/dataset/h4?version=2", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/dataset/h4?version=1", method: .get) { #expect($0.status == .notFound) }
                let updated = try await f.call(client, "package_update", ["id": "h4", "name": "h4", "title": "Yangi", "owner_org": "stat"], token: f.editorToken)
                #expect(updated.object["private"] as? Bool == false)
            }
        }
    }
}

@Suite("CKAN API: loading dumps") struct CKANDumpLoadingTests {
    @Test func sysadminsKeepTheIdsOfALoadedDump() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let id = "0f2b7c4e-1d3a-4e5f-8a9b-0c1d2e3f4a5b"
                var d = APIFixture.dataset("dump-1")
                d["id"] = id
                #expect(try await f.call(client, "package_create", d, token: f.editorToken).status == .conflict)
                let created = try await f.call(client, "package_create", d, token: f.adminToken)
                #expect(created.object["id"] as? String == id)
                d["name"] = "dump-2"
                #expect(try await f.call(client, "package_create", d, token: f.adminToken).status == .conflict, "ids are never reused")
            }
        }
    }
}
