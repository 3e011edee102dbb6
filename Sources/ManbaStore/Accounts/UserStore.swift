import Foundation
import ManbaCore
import SQLKit

/// People, their passwords, API tokens and page sessions.
public struct UserStore: Sendable {
    let database: any DatabaseBackend
    let clock: any ManbaClock

    public init(database: any DatabaseBackend, clock: any ManbaClock = SystemClock()) {
        self.database = database
        self.clock = clock
    }

    /// `clearance` is the highest classification the user may read; only the operator sets it (command line).
    public func create(name: String, password: String, email: String = "", fullname: String = "", sysadmin: Bool = false,
                       clearance: Classification = .unclassified) async throws -> User {
        var problems: [String: [String]] = [:]
        if !NameRule.login.accepts(name) {
            problems["name", default: []].append("Must be 2-100 characters: lowercase letters, digits and - _ . @")
        }
        if password.count < PasswordHasher.minimumLength {
            problems["password", default: []].append("Must be at least \(PasswordHasher.minimumLength) characters long")
        }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        let user = User(id: Identifier.make(), name: name, fullname: fullname, email: email, isSysadmin: sysadmin,
                        clearance: clearance, created: Timestamp.string(clock.now()))
        let hash = PasswordHasher.hash(password)
        try await database.write { db in
            if try await db.first("SELECT id FROM users WHERE name = \(bind: name)") != nil {
                throw ManbaError.validation(["name": ["That login name is already being used"]])
            }
            try await db.run("""
                INSERT INTO users (id, name, fullname, email, password_hash, sysadmin, clearance, created)
                VALUES (\(bind: user.id), \(bind: name), \(bind: fullname), \(bind: email), \(bind: hash), \(bind: sysadmin ? 1 : 0), \(bind: clearance.rawValue), \(bind: user.created))
                """)
        }
        return user
    }

    public func user(named nameOrID: String) async throws -> User? {
        try await database.read { db in
            try await db.first("SELECT * FROM users WHERE (name = \(bind: nameOrID) OR id = \(bind: nameOrID)) AND state = 'active'").map(Self.user)
        }
    }

    public func allUsers() async throws -> [User] {
        try await database.read { db in try await db.rows("SELECT * FROM users WHERE state = 'active' ORDER BY name").map(Self.user) }
    }

    /// Checks a login. The hash is computed even for unknown names, so timing does not reveal which names exist.
    public func authenticate(name: String, password: String) async throws -> User? {
        let row = try await database.read { db in
            try await db.first("SELECT * FROM users WHERE name = \(bind: name) AND state = 'active'")
        }
        guard let row else {
            _ = PasswordHasher.verify(password, hash: Self.decoyHash)
            return nil
        }
        let hash = try row.decode(column: "password_hash", as: String.self)
        return PasswordHasher.verify(password, hash: hash) ? try Self.user(row) : nil
    }
    private static let decoyHash = PasswordHasher.hash("decoy password nobody has")

    // MARK: Principals

    public func principal(for user: User) async throws -> Principal {
        let memberships = try await database.read { db in
            try await db.rows("SELECT organization_id AS member_of, role AS member_role FROM memberships WHERE user_id = \(bind: user.id)")
        }
        return try Self.principal(user, memberships: memberships)
    }

    /// The principal of a user and the rows of its memberships (`member_of`, `member_role`; both NULL in
    /// the one row of a user without any).
    static func principal(_ user: User, memberships: [any SQLRow]) throws -> Principal {
        var roles: [String: Role] = [:]
        for row in memberships {
            if let organisation = try row.decode(column: "member_of", as: String?.self),
               let role = Role(rawValue: try row.decode(column: "member_role", as: String.self)) {
                roles[organisation] = role
            }
        }
        return Principal(userID: user.id, userName: user.name, isSysadmin: user.isSysadmin, clearance: user.clearance, memberships: roles)
    }

    // MARK: API tokens

    /// Creates a token and returns it with the only copy of its secret.
    public func createToken(for user: User, name: String) async throws -> (token: APIToken, secret: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw ManbaError.validation(["name": ["Give the token a name of 1-200 characters"]]) }
        let secret = SecretDigest.newSecret(prefix: "manba_")
        let token = APIToken(id: Identifier.make(), userID: user.id, name: trimmed, created: Timestamp.string(clock.now()), lastUsed: nil)
        try await database.write { db in
            try await db.run("""
                INSERT INTO api_tokens (id, user_id, name, token_hash, created)
                VALUES (\(bind: token.id), \(bind: user.id), \(bind: trimmed), \(bind: SecretDigest.digest(secret)), \(bind: token.created))
                """)
        }
        return (token, secret)
    }

    public func tokens(of user: User) async throws -> [APIToken] {
        try await database.read { db in
            try await db.rows("SELECT * FROM api_tokens WHERE user_id = \(bind: user.id) ORDER BY created").map(Self.token)
        }
    }

    /// Revokes a token of `user` (or any token, for a sysadmin). Returns false when there was none.
    public func revokeToken(id: String, by principal: Principal) async throws -> Bool {
        try await database.write { db in
            guard let row = try await db.first("SELECT user_id FROM api_tokens WHERE id = \(bind: id)") else { return false }
            let owner = try row.decode(column: "user_id", as: String.self)
            guard principal.isSysadmin || owner == principal.userID else {
                throw ManbaError.forbidden("You may revoke only your own tokens")
            }
            try await db.run("DELETE FROM api_tokens WHERE id = \(bind: id)")
            return true
        }
    }

    /// The user a token belongs to, or nil for an unknown or revoked token.
    public func user(forToken secret: String) async throws -> User? {
        try await signIn(token: secret)?.user
    }

    /// The user an API token belongs to and what the user may do, in one query: every API call asks
    /// this first, so a second query for the memberships cost every call a round trip.
    public func signIn(token secret: String) async throws -> (user: User, principal: Principal)? {
        let digest = SecretDigest.digest(secret)
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT users.*, memberships.organization_id AS member_of, memberships.role AS member_role
                FROM api_tokens JOIN users ON users.id = api_tokens.user_id
                LEFT JOIN memberships ON memberships.user_id = users.id
                WHERE api_tokens.token_hash = \(bind: digest) AND users.state = 'active'
                """)
        }
        guard let first = rows.first else { return nil }
        let user = try Self.user(first)
        return (user, try Self.principal(user, memberships: rows))
    }

    // MARK: Sessions

    public struct Session: Sendable {
        public let secret: String
        public let csrfToken: String
        public let user: User
    }

    public static let sessionLifetime: TimeInterval = 12 * 3600

    public func startSession(for user: User) async throws -> Session {
        let secret = SecretDigest.newSecret()
        let csrf = SecretDigest.newSecret(bytes: 24)
        let now = clock.now()
        try await database.write { db in
            try await db.run("DELETE FROM sessions WHERE expires < \(bind: Timestamp.string(now))")
            try await db.run("""
                INSERT INTO sessions (id_hash, user_id, csrf_token, created, expires)
                VALUES (\(bind: SecretDigest.digest(secret)), \(bind: user.id), \(bind: csrf), \(bind: Timestamp.string(now)), \(bind: Timestamp.string(now + Self.sessionLifetime)))
                """)
        }
        return Session(secret: secret, csrfToken: csrf, user: user)
    }

    public func session(secret: String) async throws -> Session? {
        let now = Timestamp.string(clock.now())
        let row = try await database.read { db in
            try await db.first("""
                SELECT users.*, sessions.csrf_token FROM sessions JOIN users ON users.id = sessions.user_id
                WHERE sessions.id_hash = \(bind: SecretDigest.digest(secret)) AND sessions.expires > \(bind: now) AND users.state = 'active'
                """)
        }
        guard let row else { return nil }
        return Session(secret: secret, csrfToken: try row.decode(column: "csrf_token", as: String.self), user: try Self.user(row))
    }

    public func endSession(secret: String) async throws {
        try await database.write { db in try await db.run("DELETE FROM sessions WHERE id_hash = \(bind: SecretDigest.digest(secret))") }
    }

    // MARK: Rows

    static func user(_ row: any SQLRow) throws -> User {
        User(id: try row.decode(column: "id", as: String.self),
             name: try row.decode(column: "name", as: String.self),
             fullname: try row.decode(column: "fullname", as: String.self),
             email: try row.decode(column: "email", as: String.self),
             isSysadmin: try row.flag("sysadmin"),
             clearance: Classification(rawValue: try row.decode(column: "clearance", as: Int.self)) ?? .unclassified,
             created: try row.decode(column: "created", as: String.self))
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(id: try row.decode(column: "id", as: String.self), userID: try row.decode(column: "user_id", as: String.self),
                 name: try row.decode(column: "name", as: String.self), created: try row.decode(column: "created", as: String.self),
                 lastUsed: try row.optional("last_used"))
    }
}
