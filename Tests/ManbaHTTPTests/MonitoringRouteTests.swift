import Foundation
import Governance
import Hummingbird
import HummingbirdTesting
import ManbaCore
import Testing
@testable import ManbaHTTP

@Suite("Monitoring pages and API") struct MonitoringRouteTests {
    func send(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, body: String = "", token: String? = nil,
              contentType: String = "application/json") async throws -> (status: HTTPResponse.Status, json: [String: Any], text: String, type: String) {
        var headers: HTTPFields = [.contentType: contentType]
        if let token { headers[.authorization] = token }
        return try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) { response in
            let text = String(buffer: response.body)
            let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return (response.status, json, text, response.headers[.contentType] ?? "")
        }
    }

    @Test func aListIsImportedApprovedAndMonitoredThroughTheAPI() async throws {
        try await APIFixture.with { f in
            try await f.app.test(.router) { client in
                let created = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                #expect(created.success)
                // Only the monitoring staff prepare lists.
                #expect(try await send(client, .post, "/api/monitoring/lists", body: #"{"reference": "x"}"#, token: f.editorToken).status == .forbidden)
                let list = try await send(client, .post, "/api/monitoring/lists", body: #"{"reference": "2-son bayonnoma, 7-ilova"}"#, token: f.adminToken)
                #expect(list.status == .created)
                let id = try #require(list.json["id"] as? String)

                let bad = "number,organization,dataset,title,periodicity,deadline_days\n1,stat,maktablar,Maktablar,annual,90\n2,nobody,,X,sometimes,\n"
                let rejected = try await send(client, .put, "/api/monitoring/lists/\(id)/items", body: bad, token: f.adminToken, contentType: "text/csv")
                #expect(rejected.status == .unprocessableContent && rejected.type == "application/problem+json")
                let row3 = (rejected.json["errors"] as? [String: [String]])?["row 3"]?.joined(separator: " ") ?? ""
                #expect(row3.contains("organization:") && row3.contains("periodicity:"))
                #expect((try await send(client, .get, "/api/monitoring/lists/\(id)", token: f.adminToken).json["items"] as? [Any])?.isEmpty == true)

                let good = "number,organization,dataset,title,periodicity,deadline_days,socially_significant,legal_reference\n"
                    + "1,stat,maktablar,Maktablar roʻyxati,annual,90,yes,\"PF-6247, annex 1, item 4\"\n2,stat,,Bogʻchalar,quarterly,30,no,\n"
                #expect(try await send(client, .put, "/api/monitoring/lists/\(id)/items", body: good, token: f.adminToken, contentType: "text/csv").json["items"] as? Int == 2)
                let approved = try await send(client, .post, "/api/monitoring/lists/\(id)/approve", body: #"{"approved_on": "2024-01-01", "reference": "2-son bayonnoma"}"#, token: f.adminToken)
                #expect(approved.json["state"] as? String == "approved")

                // Before the first deadlines of a list that began on 1 January 2024.
                let status = try await send(client, .get, "/api/monitoring/status?as_of=2024-02-15&organization=stat")
                let statuses = (status.json["obligations"] as? [[String: Any]])?.compactMap { $0["status"] as? String }
                #expect(statuses == ["not_yet_due", "not_yet_due"])
                #expect(try await send(client, .get, "/api/monitoring/status?as_of=2025-13-45").status == .unprocessableContent)

                #expect(try await send(client, .post, "/api/monitoring/run", body: #"{"as_of": "2024-05-01"}"#, token: f.editorToken).status == .forbidden)
                let run = try await send(client, .post, "/api/monitoring/run", body: #"{"as_of": "2024-05-01"}"#, token: f.adminToken)
                #expect(run.status == .created)
                let snapshotID = try #require(run.json["id"] as? String)
                let counts = try #require(run.json["counts"] as? [String: Any])
                // The quarterly item has no dataset: missing. The annual one is not due before 31 March 2025.
                #expect(counts["missing"] as? Int == 1 && counts["not_yet_due"] as? Int == 1)

                let latest = try await send(client, .get, "/api/monitoring")
                #expect(latest.json["id"] as? String == snapshotID)
                #expect((latest.json["ranking"] as? [[String: Any]])?.first?["organization"] as? String == "stat")
                #expect(try await send(client, .get, "/api/monitoring/snapshots/nope").status == .notFound)

                let page = try await send(client, .get, "/monitoring?lang=ru")
                #expect(page.status == .ok && page.text.contains("Мониторинг открытых данных") && page.text.contains("<svg id=\"trend-chart\""))
                #expect(page.text.contains("id=\"ranking\""))
                let csv = try await send(client, .get, "/monitoring/snapshots/\(snapshotID)/download?format=csv&lang=en")
                #expect(csv.type.hasPrefix("text/csv") && csv.text.contains("Statistika agentligi") && csv.text.contains("Compliance, %"))
                let xlsx = try await send(client, .get, "/monitoring/snapshots/\(snapshotID)/download?format=xlsx")
                #expect(xlsx.status == .ok && xlsx.type.contains("spreadsheetml"))
                #expect(try await send(client, .get, "/monitoring/organization/stat").text.contains("id=\"organisation-record\""))
                #expect(try await send(client, .get, "/monitoring/lists/\(id)").text.contains("Bogʻchalar"))
            }
        }
    }

    @Test func draftsAreTheStaffsAndItemsAreEditedOnPages() async throws {
        try await APIFixture.with { f in
            try await f.app.test(.router) { client in
                let id = try #require(try await send(client, .post, "/api/monitoring/lists", body: #"{"reference": "loyiha"}"#, token: f.adminToken).json["id"] as? String)
                let csv = "number,organization,dataset,title,periodicity,deadline_days\n1,stat,,Bogʻchalar,quarterly,30\n"
                #expect(try await send(client, .put, "/api/monitoring/lists/\(id)/items", body: csv, token: f.adminToken, contentType: "text/csv").status == .ok)
                // A draft is the staff's working paper: not listed, not found for anyone else.
                #expect((try await send(client, .get, "/api/monitoring/lists").json["lists"] as? [Any])?.isEmpty == true)
                #expect(try await send(client, .get, "/api/monitoring/lists/\(id)").status == .notFound)
                #expect(try await send(client, .get, "/api/monitoring/lists/\(id)", token: f.editorToken).status == .notFound)
                #expect(try await send(client, .get, "/monitoring/lists/\(id)").status == .notFound)
                #expect(try await send(client, .get, "/monitoring/lists/\(id)/download?format=csv").status == .notFound)
                #expect((try await send(client, .get, "/api/monitoring/lists", token: f.adminToken).json["lists"] as? [Any])?.count == 1)

                let staff = try await DemandRouteTests.login(client, "admin")
                let cookie: HTTPFields = [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(staff)"]
                let listPage = try await client.execute(uri: "/monitoring/lists/\(id)", method: .get, headers: cookie) { String(buffer: $0.body) }
                let itemPath = try #require(listPage.firstMatch(of: /href="(\/monitoring\/lists\/[^"]+\/items\/[^"]+)"/)?.1).description
                let editPage = try await client.execute(uri: itemPath, method: .get, headers: cookie) { r in
                    #expect(r.status == .ok)
                    return String(buffer: r.body)
                }
                #expect(editPage.contains("id=\"edit-item\"") && editPage.contains("value=\"Bogʻchalar\"") && editPage.contains("value=\"quarterly\" selected"))
                let csrf = try #require(PageTests.hidden("_csrf", in: editPage))
                var post = cookie
                post[.contentType] = "application/x-www-form-urlencoded"
                let bad = try await client.execute(uri: itemPath, method: .post, headers: post,
                                                   body: ByteBuffer(string: "_csrf=\(csrf)&organization=stat&title=Bogʻchalar&periodicity=sometimes&deadline_days=30")) { r in
                    (r.status, String(buffer: r.body))
                }
                #expect(bad.0 == .unprocessableContent && bad.1.contains("id=\"problems\"") && bad.1.contains("periodicity"))
                let good = try await client.execute(uri: itemPath, method: .post, headers: post,
                                                    body: ByteBuffer(string: "_csrf=\(csrf)&organization=stat&title=Maktabgacha+taʼlim&periodicity=monthly&deadline_days=10&socially_significant=yes&legal_reference=PF-6247")) { $0.status }
                #expect(good == .seeOther)
                let items = try await send(client, .get, "/api/monitoring/lists/\(id)", token: f.adminToken).json["items"] as? [[String: Any]]
                #expect(items?.count == 1 && items?.first?["title"] as? String == "Maktabgacha taʼlim" && items?.first?["periodicity"] as? String == "monthly")
                #expect(items?.first?["number"] as? String == "1" && items?.first?["socially_significant"] as? String == "yes")
                // Only the staff edit; an editor of an organisation is refused.
                #expect(try await send(client, .get, itemPath, token: f.editorToken).status == .forbidden)

                // Once approved, the list is public and no longer editable.
                #expect(try await send(client, .post, "/api/monitoring/lists/\(id)/approve", body: #"{"approved_on": "2024-01-01", "reference": "2-son bayonnoma"}"#, token: f.adminToken).status == .ok)
                #expect((try await send(client, .get, "/api/monitoring/lists").json["lists"] as? [Any])?.count == 1)
                #expect(try await send(client, .get, itemPath, token: f.adminToken).status == .notFound)
            }
        }
    }

    @Test func theStaffReadTheirDigestsInTheirOwnInbox() async throws {
        try await APIFixture.with { f in
            try await f.services.governance.notices.deliver([NoticeDraft(organisationID: nil, kind: .digest, dedupeKey: "digest:test",
                                                                         subject: "Kunlik hisobot: 3 ta muddati oʻtgan", body: "stat: 3")])
            try await f.app.test(.router) { client in
                #expect(try await send(client, .get, "/monitoring/inbox").status == .seeOther)
                #expect(try await send(client, .get, "/monitoring/inbox", token: f.editorToken).status == .forbidden)
                let staff = try await DemandRouteTests.login(client, "admin")
                let cookie: HTTPFields = [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(staff)"]
                let inbox = try await client.execute(uri: "/monitoring/inbox", method: .get, headers: cookie) { r in
                    #expect(r.status == .ok)
                    return String(buffer: r.body)
                }
                #expect(inbox.contains("Kunlik hisobot: 3 ta muddati oʻtgan") && inbox.contains("class=\"notice unread\""))
                let readPath = try #require(inbox.firstMatch(of: /action="(\/monitoring\/inbox\/[^"]+\/read)"/)?.1).description
                var post = cookie
                post[.contentType] = "application/x-www-form-urlencoded"
                let csrf = try #require(PageTests.hidden("_csrf", in: inbox))
                let read = try await client.execute(uri: readPath, method: .post, headers: post, body: ByteBuffer(string: "_csrf=\(csrf)")) { r in
                    (r.status, r.headers[.location])
                }
                #expect(read.0 == .seeOther && read.1 == "/monitoring/inbox")
                let after = try await client.execute(uri: "/monitoring/inbox", method: .get, headers: cookie) { String(buffer: $0.body) }
                #expect(!after.contains("class=\"notice unread\""))
                #expect(try await client.execute(uri: "/monitoring", method: .get, headers: cookie) { String(buffer: $0.body) }.contains("id=\"staff-inbox\""))
            }
        }
    }

    @Test func theCabinetIsForTheOrganisationOnly() async throws {
        try await APIFixture.with { f in
            try await f.app.test(.router) { client in
                #expect(try await send(client, .get, "/cabinet/stat").status == .seeOther)
                #expect(try await send(client, .get, "/cabinet/stat", token: f.outsiderToken).status == .forbidden)
                let own = try await send(client, .get, "/cabinet/stat", token: f.editorToken)
                #expect(own.status == .ok && own.text.contains("id=\"due-heading\""))
            }
        }
    }
}
