import Foundation
import ManbaCore
import ManbaTestSupport
import Testing
@testable import ManbaStore

@Suite("Organisations, members and versions") struct OrganisationStoreTests {
    @Test func createUpdateAndHistory() async throws {
        let (database, configuration) = try await TestStore.open()
        let store = OrganisationStore(database: database)
        let ministry = try await store.create(.init(name: "moliya-vazirligi", title: LocalizedText([.uzLatn: "Moliya vazirligi", .ru: "Министерство финансов"]),
                                                   region: "Toshkent shahri"), kind: .organization, by: .system)
        let agency = try await store.create(.init(name: "gaznachilik", title: LocalizedText(.uzLatn, "Gʻaznachilik"), parentName: "moliya-vazirligi"),
                                            kind: .organization, by: .system)
        #expect(agency.parentID == ministry.id)
        var draft = OrganisationStore.Draft(name: "moliya-vazirligi", title: LocalizedText([.uzLatn: "Iqtisodiyot va moliya vazirligi"]), region: "Toshkent shahri")
        draft.description = LocalizedText(.en, "Ministry of Economy and Finance")
        _ = try await store.update(ministry.id, with: draft, by: .system)
        let history = try await store.history(of: ministry.id)
        #expect(history.map(\.version) == [2, 1])
        #expect(history[0].changedFields.contains("title") && history[0].changedFields.contains("description"))
        #expect(history[1].changedFields == ["created"])
        await TestStore.close(database, configuration)
    }

    @Test func onlySysadminsCreateAndOnlyAdminsEdit() async throws {
        let (database, configuration) = try await TestStore.open()
        let store = OrganisationStore(database: database)
        let users = UserStore(database: database)
        let editor = try await users.create(name: "gulnora", password: "long enough pass")
        let org = try await store.create(.init(name: "stat", title: LocalizedText(.uzLatn, "Statistika agentligi")), kind: .organization, by: .system)
        try await store.setMember(userID: editor.id, organisationID: org.id, role: .editor, by: .system)
        let principal = try await users.principal(for: editor)
        #expect(principal.role(in: org.id) == .editor)
        await #expect(throws: ManbaError.self) { _ = try await store.create(.init(name: "x-org", title: LocalizedText(.uzLatn, "X")), kind: .organization, by: principal) }
        await #expect(throws: ManbaError.self) { _ = try await store.update(org.id, with: .init(name: "stat", title: LocalizedText(.uzLatn, "Y")), by: principal) }
        await TestStore.close(database, configuration)
    }

    @Test func validationNamesEveryBadField() async throws {
        let (database, configuration) = try await TestStore.open()
        let store = OrganisationStore(database: database)
        await #expect(throws: ManbaError.validation(["name": ["Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_"], "title": ["Missing value"]])) {
            _ = try await store.create(.init(name: "Bad Name!", title: LocalizedText()), kind: .organization, by: .system)
        }
        _ = try await store.create(.init(name: "taken", title: LocalizedText(.uzLatn, "A")), kind: .organization, by: .system)
        await #expect(throws: ManbaError.self) { _ = try await store.create(.init(name: "taken", title: LocalizedText(.uzLatn, "B")), kind: .group, by: .system) }
        await #expect(throws: ManbaError.self) { _ = try await store.create(.init(name: "orphan", title: LocalizedText(.uzLatn, "C"), parentName: "missing"), kind: .organization, by: .system) }
        #expect(try await store.all(kind: .organization).map(\.name) == ["taken"])
        await TestStore.close(database, configuration)
    }
}
