import Foundation
import ManbaCore
import ManbaStore

/// status_show, user_show and api_token_* actions.
enum CKANAccountActions {
    static let all: [CKANAction] = [
        CKANAction("status_show", get: true, "What this site is and which API it speaks.") { call in
            [
                "site_title": "Manba", "site_url": call.siteURL, "site_description": "Ochiq maʼlumotlar portali / Open data portal",
                "ckan_version": "2.10.0", "manba_version": ManbaVersion.current, "locale_default": "uz",
                "extensions": ["manba", "fluent", "scheming_datasets"],
            ] as [String: Any]
        },
        CKANAction("user_show", get: true, "A user's public profile (id or name; yourself when omitted).") { call in
            let id = try call.parameters.string("id") ?? call.context.user?.name
            guard let id, let user = try await call.services.users.user(named: id) else { throw ManbaError.notFound("User not found") }
            var dict: [String: Any] = [
                "id": user.id, "name": user.name, "display_name": user.fullname.isEmpty ? user.name : user.fullname,
                "fullname": user.fullname, "created": user.created, "sysadmin": user.isSysadmin, "state": "active",
            ]
            // Contact details only for the user themself and system administrators, as in CKAN.
            if call.principal.isSysadmin || call.principal.userID == user.id { dict["email"] = user.email }
            return dict
        },
        CKANAction("api_token_create", get: false, "Create an API token; its secret is shown only in this answer.") { call in
            try call.requireLogin()
            let user = try await target(call)
            let (_, secret) = try await call.services.users.createToken(for: user, name: try call.parameters.required("name"))
            return ["token": secret]
        },
        CKANAction("api_token_list", get: true, "A user's API tokens (never their secrets).") { call in
            try call.requireLogin()
            let user = try await target(call)
            return try await call.services.users.tokens(of: user).map {
                ["id": $0.id, "name": $0.name, "user_id": $0.userID, "created_at": $0.created, "last_access": $0.lastUsed ?? NSNull()] as [String: Any]
            }
        },
        CKANAction("api_token_revoke", get: false, "Revoke an API token by its id (jti).") { call in
            try call.requireLogin()
            let id = try call.parameters.string("jti") ?? call.parameters.string("id")
            guard let id else { throw ManbaError.validation(["jti": ["Missing value"]]) }
            guard try await call.services.users.revokeToken(id: id, by: call.principal) else { throw ManbaError.notFound("Token not found") }
            return NSNull()
        },
    ]

    /// The user named in `user_id`/`user`, who must be the caller unless the caller is a sysadmin.
    static func target(_ call: CKANCall) async throws -> User {
        let name = try call.parameters.string("user_id") ?? call.parameters.string("user") ?? call.context.user?.name
        guard let name, let user = try await call.services.users.user(named: name) else { throw ManbaError.notFound("User not found") }
        guard call.principal.isSysadmin || call.principal.userID == user.id else {
            throw ManbaError.forbidden("You may manage only your own tokens")
        }
        return user
    }
}

public enum ManbaVersion {
    public static let current = "0.1.0"
}
