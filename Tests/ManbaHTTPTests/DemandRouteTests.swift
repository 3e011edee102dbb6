import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ManbaHTTP

/// Data requests, feedback, usage and search counting, "most wanted" and the search report, through the real router.
@Suite("Demand routes") struct DemandRouteTests {
    struct Reply {
        let status: HTTPResponse.Status
        let json: [String: Any]
        let contentType: String
        var errors: [String: Any] { json["errors"] as? [String: Any] ?? [:] }
    }

    /// Calls the native API with a JSON body (or none).
    static func api(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, _ body: [String: Any]? = nil,
                    token: String? = nil, rawBody: String? = nil) async throws -> Reply {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = token }
        let data = try rawBody.map { Data($0.utf8) } ?? body.map { try JSONSerialization.data(withJSONObject: $0) }
        return try await client.execute(uri: path, method: method, headers: headers, body: data.map { ByteBuffer(bytes: $0) }) { r in
            Reply(status: r.status, json: (try? JSONSerialization.jsonObject(with: Data(buffer: r.body))) as? [String: Any] ?? [:],
                  contentType: r.headers[.contentType] ?? "")
        }
    }

    static var request: [String: Any] { ["title": "Maktablardagi oʻquvchilar soni", "description": "Har bir maktab boʻyicha, sinflar kesimida",
                                         "organization": "stat", "requester_name": "Nodira", "requester_email": "nodira@example.uz"] }

    @Test func dataRequestsThroughTheAPI() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                let created = try await Self.api(client, .post, "/api/requests", Self.request)
                #expect(created.status == .created)
                #expect(created.json["status"] as? String == "submitted")
                #expect(created.json["requester"] == nil, "the anonymous requester is not shown even their own address")
                let id = try #require(created.json["id"] as? String)

                #expect(try await Self.api(client, .get, "/api/requests").json["count"] as? Int == 1)
                let public_ = try await Self.api(client, .get, "/api/requests/\(id)")
                #expect(public_.json["requester"] == nil)
                #expect((public_.json["events"] as? [[String: Any]])?.count == 1)
                let forEditor = try await Self.api(client, .get, "/api/requests/\(id)", token: f.editorToken)
                #expect((forEditor.json["requester"] as? [String: Any])?["email"] as? String == "nodira@example.uz")
                #expect(try await Self.api(client, .get, "/api/requests/\(id)", token: f.outsiderToken).json["requester"] == nil)

                let anonymous = try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "accepted"])
                #expect(anonymous.status == .unauthorized && anonymous.contentType == "application/problem+json")
                #expect(try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "accepted"], token: f.outsiderToken).status == .forbidden)
                let skipping = try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "published", "dataset": "maktablar"], token: f.editorToken)
                #expect(skipping.status == .conflict)
                #expect(skipping.json["detail"] as? String == "A request that is submitted cannot become published")
                let noReason = try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "declined"], token: f.editorToken)
                #expect(noReason.status == .unprocessableContent && noReason.errors["note"] != nil)
                #expect(try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "later"], token: f.editorToken).status == .unprocessableContent)

                let accepted = try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "accepted", "note": "Qabul qilindi"], token: f.editorToken)
                #expect(accepted.status == .ok && accepted.json["publish_due"] is String)
                #expect(accepted.json["next_statuses"] as? [String] == ["in_progress", "published", "declined"])
                let published = try await Self.api(client, .post, "/api/requests/\(id)/status", ["status": "published", "dataset": "maktablar"], token: f.editorToken)
                #expect(published.status == .ok && published.json["dataset_id"] is String)
                #expect(try await Self.api(client, .get, "/api/requests?status=published").json["count"] as? Int == 1)
                #expect(try await Self.api(client, .get, "/api/requests?status=bogus").status == .unprocessableContent)
            }
        }
    }

    @Test func supportAndBadInputThroughTheAPI() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let id = try #require(try await Self.api(client, .post, "/api/requests", Self.request).json["id"] as? String)
                let first = try await Self.api(client, .post, "/api/requests/\(id)/support", token: f.outsiderToken)
                #expect(first.status == .created && first.json["supporters"] as? Int == 1 && first.json["added"] as? Bool == true)
                let again = try await Self.api(client, .post, "/api/requests/\(id)/support", token: f.outsiderToken)
                #expect(again.status == .ok && again.json["supporters"] as? Int == 1 && again.json["added"] as? Bool == false)
                #expect(try await Self.api(client, .post, "/api/requests/\(id)/support").status == .unauthorized)
                #expect(try await Self.api(client, .post, "/api/requests/no-such/support", token: f.outsiderToken).status == .notFound)

                let invalid = try await Self.api(client, .post, "/api/requests", ["title": "x", "requester_email": "nope"])
                #expect(invalid.status == .unprocessableContent)
                #expect(Set(invalid.errors.keys) == ["title", "description", "requester_email"])
                let broken = try await Self.api(client, .post, "/api/requests", rawBody: "{not json")
                #expect(broken.status == .badRequest && broken.contentType == "application/problem+json")
                #expect(try await Self.api(client, .get, "/api/requests/no-such").status == .notFound)
                #expect(try await Self.api(client, .get, "/api/requests?limit=0").status == .unprocessableContent)
            }
        }
    }

    @Test func usageAndSearchesAreCountedAndRanked() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let d = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken).object
                let datasetID = try #require(d["id"] as? String)
                let (body, type) = CKANOtherActionTests.multipart(["package_id": datasetID, "name": "Roʻyxat"], file: ("maktablar.csv", "nomi\n1-maktab\n"))
                let uploaded = try await f.raw(client, "resource_create", body: body, contentType: type, token: f.editorToken)
                let rid = try #require(uploaded.object["id"] as? String)
                let path = String(try #require(uploaded.object["url"] as? String).dropFirst("http://test".count))

                try await client.execute(uri: path, method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: path, method: .get) { #expect($0.status == .ok) }
                _ = try await f.call(client, "package_show", ["id": "maktablar"], get: true)
                _ = try await f.call(client, "resource_show", ["id": rid], get: true)
                _ = try await f.call(client, "package_show", ["id": "no-such"], get: true)
                try await client.execute(uri: "/dataset/maktablar", method: .get) { #expect($0.status == .ok) }
                _ = try await f.call(client, "package_search", ["q": "maktab"], get: true)
                _ = try await f.call(client, "package_search", ["q": "vertolyotlar"], get: true)
                let cyrillic = "Вертолётлар".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                try await client.execute(uri: "/dataset?q=\(cyrillic)", method: .get) { #expect($0.status == .ok) }
                await f.services.governance.demandCounts.flush()

                let usage = try await Self.api(client, .get, "/api/datasets/maktablar/usage")
                let days = try #require(usage.json["days"] as? [[String: Any]])
                #expect(days.count == 1)
                #expect(days.first?["downloads"] as? Int == 2)
                #expect(days.first?["api_reads"] as? Int == 2)
                #expect(days.first?["page_views"] as? Int == 1)
                #expect(try await Self.api(client, .get, "/api/datasets/maktablar/usage?from=2025-13-01").status == .unprocessableContent)

                let report = try await Self.api(client, .get, "/api/demand/zero-results", token: f.adminToken)
                let rows = try #require(report.json["results"] as? [[String: Any]])
                #expect(rows.count == 1, "both scripts fold to one query")
                #expect(rows.first?["zero_results"] as? Int == 2 && rows.first?["searches"] as? Int == 2)
                #expect(try await Self.api(client, .get, "/api/demand/zero-results", token: f.editorToken).status == .forbidden)
                #expect(try await Self.api(client, .get, "/api/demand/zero-results").status == .forbidden)

                let ranking = try await Self.api(client, .get, "/api/demand/most-wanted?days=30")
                let first = try #require((ranking.json["results"] as? [[String: Any]])?.first)
                #expect(first["name"] as? String == "maktablar")
                #expect((first["signals"] as? [String: Any])?["searches"] as? Int == 1)
                #expect((first["score"] as? Double ?? 0) > 0)
                #expect(try await Self.api(client, .get, "/api/demand/most-wanted?days=0").status == .unprocessableContent)
                try await client.execute(uri: "/most-wanted", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(String(buffer: r.body).contains("href=\"/dataset/maktablar\""))
                }
                try await client.execute(uri: "/monitoring/searches", method: .get) { #expect($0.status == .seeOther) }
                let staff = try await Self.login(client, "admin"), editor = try await Self.login(client, "editor")
                try await client.execute(uri: "/monitoring/searches", method: .get, headers: [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(staff)"]) { r in
                    #expect(r.status == .ok)
                    #expect(String(buffer: r.body).contains("vertolyotlar"))
                }
                try await client.execute(uri: "/monitoring/searches?from=2025-02-30", method: .get, headers: [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(staff)"]) {
                    #expect($0.status == .badRequest)
                }
                try await client.execute(uri: "/monitoring/searches", method: .get, headers: [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(editor)"]) {
                    #expect($0.status == .forbidden)
                }
            }
        }
    }

    @Test func anAnonymousVisitorAsksAndSupportsOnThePages() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let (visitor, token) = try await client.execute(uri: "/requests", method: .get) { r in
                    #expect(r.status == .ok)
                    return (PageTests.cookies(r)[VisitorForms.cookieName], PageTests.hidden("_csrf", in: String(buffer: r.body)))
                }
                let cookie = try #require(visitor), csrf = try #require(token)
                let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(VisitorForms.cookieName)=\(cookie)"]
                let form = "title=Avtobus+yoʻnalishlari&description=Toshkent+avtobuslari+jadvali&organization=stat&requester_email=a%40example.uz"
                let forged = try await client.execute(uri: "/requests", method: .post, headers: headers, body: ByteBuffer(string: form + "&_csrf=forged")) { $0.status }
                #expect(forged == .badRequest)
                let invalid = try await client.execute(uri: "/requests", method: .post, headers: headers, body: ByteBuffer(string: "title=x&_csrf=\(csrf)")) { r in
                    (r.status, String(buffer: r.body))
                }
                #expect(invalid.0 == .unprocessableContent && invalid.1.contains("id=\"request-errors\""))
                let location = try await client.execute(uri: "/requests", method: .post, headers: headers, body: ByteBuffer(string: form + "&_csrf=\(csrf)")) { r in
                    #expect(r.status == .seeOther)
                    return r.headers[.location] ?? ""
                }
                #expect(location.hasPrefix("/requests/") && location.hasSuffix("?sent=1"))
                let page = String(location.prefix { $0 != "?" })
                try await client.execute(uri: location, method: .get, headers: [.cookie: "\(VisitorForms.cookieName)=\(cookie)"]) { r in
                    let html = String(buffer: r.body)
                    #expect(html.contains("id=\"request-sent\"") && html.contains("Avtobus yoʻnalishlari"))
                    #expect(!html.contains("a@example.uz"), "the requester's address is not public")
                    #expect(html.contains("id=\"support-button\""))
                }
                for _ in 0..<2 {
                    let status = try await client.execute(uri: page + "/support", method: .post, headers: headers, body: ByteBuffer(string: "_csrf=\(csrf)")) { $0.status }
                    #expect(status == .seeOther)
                }
                try await client.execute(uri: page, method: .get, headers: [.cookie: "\(VisitorForms.cookieName)=\(cookie)"]) { r in
                    let html = String(buffer: r.body)
                    #expect(html.contains("<strong id=\"supporter-count\">1</strong>"), "one browser, one +1")
                    #expect(html.contains("id=\"supported\""))
                }
                try await client.execute(uri: "/requests?status=submitted&organization=stat", method: .get) { r in
                    #expect(String(buffer: r.body).contains("href=\"\(page)\""))
                }
                try await client.execute(uri: "/requests/no-such", method: .get) { #expect($0.status == .notFound) }
            }
        }
    }

    @Test func theOrganisationAnswersOnTheRequestPage() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let id = try #require(try await Self.api(client, .post, "/api/requests", Self.request).json["id"] as? String)
                let session = try await Self.login(client, "editor")
                let cookie: HTTPFields = [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(session)"]
                let csrf = try await client.execute(uri: "/requests/\(id)", method: .get, headers: cookie) { r in
                    let html = String(buffer: r.body)
                    #expect(html.contains("id=\"status-form\""))
                    #expect(html.contains("nodira@example.uz"), "the organisation sees whom to answer")
                    return PageTests.hidden("_csrf", in: html)
                }
                var post = cookie
                post[.contentType] = "application/x-www-form-urlencoded"
                let refused = try await client.execute(uri: "/requests/\(id)/status", method: .post, headers: post,
                                                       body: ByteBuffer(string: "status=declined&note=&_csrf=\(try #require(csrf))")) { r in
                    (r.status, String(buffer: r.body))
                }
                #expect(refused.0 == .unprocessableContent && refused.1.contains("id=\"request-problem\""))
                let accepted = try await client.execute(uri: "/requests/\(id)/status", method: .post, headers: post,
                                                        body: ByteBuffer(string: "status=accepted&note=Ishlaymiz&_csrf=\(csrf!)")) { $0.status }
                #expect(accepted == .seeOther)
                try await client.execute(uri: "/requests/\(id)", method: .get) { r in
                    let html = String(buffer: r.body)
                    #expect(html.contains("Ishlaymiz") && html.contains("status-accepted"))
                    #expect(!html.contains("id=\"status-form\""), "visitors cannot answer")
                }
            }
        }
    }

    @Test func feedbackIsModeratedBeforeItShows() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                let (visitor, token) = try await client.execute(uri: "/dataset/maktablar/feedback", method: .get) { r in
                    #expect(r.status == .ok)
                    return (PageTests.cookies(r)[VisitorForms.cookieName], PageTests.hidden("_csrf", in: String(buffer: r.body)))
                }
                let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(VisitorForms.cookieName)=\(try #require(visitor))"]
                let bad = try await client.execute(uri: "/dataset/maktablar/feedback", method: .post, headers: headers,
                                                   body: ByteBuffer(string: "rating=9&_csrf=\(try #require(token))")) { $0.status }
                #expect(bad == .unprocessableContent)
                let sent = try await client.execute(uri: "/dataset/maktablar/feedback", method: .post, headers: headers,
                                                    body: ByteBuffer(string: "rating=4&comment=Foydali+roʻyxat&author_name=Bobur&_csrf=\(token!)")) { r in
                    r.headers[.location]
                }
                #expect(sent == "/dataset/maktablar?feedback=sent#feedback")
                try await client.execute(uri: "/dataset/maktablar", method: .get) { #expect(!String(buffer: $0.body).contains("Foydali roʻyxat")) }

                #expect(try await Self.api(client, .get, "/api/datasets/maktablar/feedback?status=pending").status == .forbidden)
                let pending = try await Self.api(client, .get, "/api/datasets/maktablar/feedback?status=pending", token: f.editorToken)
                let feedbackID = try #require((pending.json["results"] as? [[String: Any]])?.first?["id"] as? String)
                let path = "/api/datasets/maktablar/feedback/\(feedbackID)/moderation"
                #expect(try await Self.api(client, .post, path, ["decision": "approve"], token: f.outsiderToken).status == .forbidden)
                #expect(try await Self.api(client, .post, path, ["decision": "maybe"], token: f.editorToken).status == .unprocessableContent)
                #expect(try await Self.api(client, .post, path, ["decision": "approve"], token: f.editorToken).json["status"] as? String == "approved")

                let approved = try await Self.api(client, .get, "/api/datasets/maktablar/feedback")
                #expect(approved.json["average"] as? Double == 4 && approved.json["count"] as? Int == 1)
                try await client.execute(uri: "/dataset/maktablar", method: .get) { r in
                    let html = String(buffer: r.body)
                    #expect(html.contains("Foydali roʻyxat") && html.contains("Bobur"))
                    #expect(html.contains("id=\"feedback-average\""))
                }
                let viaAPI = try await Self.api(client, .post, "/api/datasets/maktablar/feedback", ["rating": 5, "comment": "Zoʻr"])
                #expect(viaAPI.status == .created && viaAPI.json["status"] as? String == "pending")
                #expect(try await Self.api(client, .post, "/api/datasets/no-such/feedback", ["rating": 5]).status == .notFound)
            }
        }
    }

    @Test func everyDemandPageAnswersInEveryLanguage() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                let id = try #require(try await Self.api(client, .post, "/api/requests", Self.request).json["id"] as? String)
                for lang in ["uz-Latn", "uz-Cyrl", "ru", "en", "tg"] {
                    for path in ["/requests", "/requests/\(id)", "/most-wanted", "/dataset/maktablar/feedback", "/dataset/maktablar"] {
                        try await client.execute(uri: path + "?lang=\(lang)", method: .get) { r in
                            #expect(r.status == .ok, "\(path) in \(lang)")
                            let html = String(buffer: r.body)
                            #expect(html.contains("<html lang=\"\(lang)\">"))
                            #expect(html.contains("href=\"/requests\"") && html.contains("href=\"/most-wanted\""), "linked from the navigation")
                        }
                    }
                }
            }
        }
    }

    /// Signs in through the login form and returns the session cookie's value.
    static func login(_ client: some TestClientProtocol, _ user: String) async throws -> String {
        let (loginCookie, loginToken) = try await client.execute(uri: "/user/login", method: .get) { r in
            (PageTests.cookies(r)[AccountPages.loginCSRFCookie]!, PageTests.hidden("_csrf", in: String(buffer: r.body))!)
        }
        let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(loginCookie)"]
        return try await client.execute(uri: "/user/login", method: .post, headers: headers,
                                        body: ByteBuffer(string: "_csrf=\(loginToken)&username=\(user)&password=long+enough+pass")) { r in
            PageTests.cookies(r)[PrincipalMiddleware.sessionCookie] ?? ""
        }
    }
}
