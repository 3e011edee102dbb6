import Foundation
import ManbaCore
import ManbaTestSupport
import SQLKit
import Testing
@testable import ManbaStore

@Suite("Users, tokens and sessions") struct UserStoreTests {
    @Test func passwordsAreHashedAndChecked() async throws {
        let (database, configuration) = try await TestStore.open()
        let users = UserStore(database: database)
        let user = try await users.create(name: "aziza", password: "ochiq-maʼlumot-2025", email: "a@stat.uz")
        let stored = try await database.read { try await $0.first("SELECT password_hash FROM users WHERE id = \(bind: user.id)")!.decode(column: "password_hash", as: String.self) }
        #expect(!stored.contains("ochiq"))
        #expect(stored.hasPrefix("$2"))
        #expect(try await users.authenticate(name: "aziza", password: "ochiq-maʼlumot-2025")?.id == user.id)
        #expect(try await users.authenticate(name: "aziza", password: "wrong password") == nil)
        #expect(try await users.authenticate(name: "nobody", password: "ochiq-maʼlumot-2025") == nil)
        await TestStore.close(database, configuration)
    }

    @Test func badNamesShortPasswordsAndDuplicatesAreRefused() async throws {
        let (database, configuration) = try await TestStore.open()
        let users = UserStore(database: database)
        await #expect(throws: ManbaError.self) { _ = try await users.create(name: "Bad Name", password: "long enough pass") }
        await #expect(throws: ManbaError.self) { _ = try await users.create(name: "short", password: "123") }
        _ = try await users.create(name: "bobur", password: "long enough pass")
        await #expect(throws: ManbaError.validation(["name": ["That login name is already being used"]])) {
            _ = try await users.create(name: "bobur", password: "another long pass")
        }
        #expect(try await users.allUsers().count == 1)
        await TestStore.close(database, configuration)
    }

    @Test func tokensAreShownOnceStoredHashedListedAndRevoked() async throws {
        let (database, configuration) = try await TestStore.open()
        let users = UserStore(database: database)
        let user = try await users.create(name: "dilnoza", password: "long enough pass")
        let other = try await users.create(name: "eldor", password: "long enough pass")
        let (token, secret) = try await users.createToken(for: user, name: "harvester")
        #expect(secret.hasPrefix("manba_") && secret.count > 40)
        let rows = try await database.read { try await $0.rows("SELECT token_hash FROM api_tokens") }
        #expect(try rows.allSatisfy { try $0.decode(column: "token_hash", as: String.self) != secret })
        #expect(try await users.user(forToken: secret)?.id == user.id)
        #expect(try await users.tokens(of: user).map(\.name) == ["harvester"])
        let otherPrincipal = try await users.principal(for: other)
        await #expect(throws: ManbaError.self) { _ = try await users.revokeToken(id: token.id, by: otherPrincipal) }
        #expect(try await users.revokeToken(id: token.id, by: try await users.principal(for: user)))
        #expect(try await users.user(forToken: secret) == nil)
        #expect(try await users.revokeToken(id: token.id, by: try await users.principal(for: user)) == false)
        await TestStore.close(database, configuration)
    }

    /// Signing in with a token gives the user and every membership in one go; a user without any
    /// membership signs in too, with none.
    @Test func tokenSignInCarriesEveryMembership() async throws {
        try await TestStore.with { database in
            let users = UserStore(database: database)
            let organisations = OrganisationStore(database: database)
            let member = try await users.create(name: "hilola", password: "long enough pass")
            let loner = try await users.create(name: "ilhom", password: "long enough pass")
            let stat = try await organisations.create(.init(name: "stat", title: LocalizedText(.uzLatn, "Statistika")), kind: .organization, by: .system)
            let health = try await organisations.create(.init(name: "ssv", title: LocalizedText(.uzLatn, "Sogʻliqni saqlash")), kind: .organization, by: .system)
            try await organisations.setMember(userID: member.id, organisationID: stat.id, role: .editor, by: .system)
            try await organisations.setMember(userID: member.id, organisationID: health.id, role: .admin, by: .system)
            let (_, memberSecret) = try await users.createToken(for: member, name: "script")
            let (_, lonerSecret) = try await users.createToken(for: loner, name: "script")

            let signedIn = try #require(try await users.signIn(token: memberSecret))
            #expect(signedIn.user.id == member.id)
            #expect(signedIn.principal.role(in: stat.id) == .editor)
            #expect(signedIn.principal.role(in: health.id) == .admin)
            #expect(signedIn.principal.memberships == (try await users.principal(for: member)).memberships)
            let alone = try #require(try await users.signIn(token: lonerSecret))
            #expect(alone.user.id == loner.id && alone.principal.memberships.isEmpty)
            #expect(try await users.signIn(token: "manba_not-a-token") == nil)
        }
    }

    @Test func sessionsExpire() async throws {
        let (database, configuration) = try await TestStore.open()
        let clock = FixedClock(Date(timeIntervalSince1970: 1_750_000_000))
        let users = UserStore(database: database, clock: clock)
        let user = try await users.create(name: "farrux", password: "long enough pass")
        let session = try await users.startSession(for: user)
        #expect(try await users.session(secret: session.secret)?.user.id == user.id)
        #expect(try await users.session(secret: "guess") == nil)
        clock.advance(by: UserStore.sessionLifetime + 1)
        #expect(try await users.session(secret: session.secret) == nil)
        await TestStore.close(database, configuration)
    }
}

@Suite("Clearance") struct ClearanceTests {
    @Test func clearanceReachesThePrincipal() async throws {
        let (database, configuration) = try await TestStore.open()
        let users = UserStore(database: database)
        let officer = try await users.create(name: "officer", password: "long enough pass", clearance: .topSecret)
        let principal = try await users.principal(for: officer)
        #expect(principal.mayRead(classification: .secret) && principal.mayRead(classification: .topSecret))
        #expect(!principal.mayRead(classification: .specialImportance))
        let citizen = try await users.principal(for: try await users.create(name: "citizen", password: "long enough pass"))
        #expect(!citizen.mayRead(classification: .secret))
        await TestStore.close(database, configuration)
    }
}
