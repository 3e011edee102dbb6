import ArgumentParser
import Foundation
import ManbaCore
import ManbaHTTP
import ManbaStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is read from standard input (first line).")

        @Argument(help: "Login name: 2-100 lowercase letters, digits and - _ . @") var name: String
        @Flag(help: "Make the user a system administrator.") var sysadmin = false
        @Option(help: "E-mail address.") var email: String = ""
        @Option(help: "Full name.") var fullname: String = ""
        @Option(help: "Make the user a member of this organisation (name or id).") var organization: String?
        @Option(help: "The role in --organization: member, editor or admin.") var role: String = "editor"
        @Option(help: "Highest classification the user may read: unclassified, secret, top_secret, special_importance.")
        var clearance: String = "unclassified"

        func run() async throws {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure("no password on standard input (pipe it in: echo 'secret' | manba user add \(name))")
            }
            guard let memberRole = Role(rawValue: role) else { throw CommandFailure("--role must be member, editor or admin") }
            guard let level = Classification(code: clearance) else {
                throw CommandFailure("--clearance must be unclassified, secret, top_secret or special_importance")
            }
            try await ManbaCommand.withServices { services, _ in
                var organisation: Organisation?
                if let organization {
                    organisation = try await services.organisations.find(organization)
                    guard organisation?.kind == .organization else { throw CommandFailure("no organisation named \(organization)") }
                }
                let user = try await services.users.create(name: name, password: line, email: email, fullname: fullname,
                                                           sysadmin: sysadmin, clearance: level)
                if let organisation {
                    try await services.organisations.setMember(userID: user.id, organisationID: organisation.id, role: memberRole, by: .system)
                }
                print("created user \(user.name)\(user.isSysadmin ? " (sysadmin)" : "")\(organisation.map { ", \(memberRole.rawValue) of \($0.name)" } ?? "") id \(user.id)")
            }
        }
    }
}
