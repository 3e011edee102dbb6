import ArgumentParser
import Foundation
import ManbaHTTP

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is read from standard input (first line).")

        @Argument(help: "Login name: 2-100 lowercase letters, digits and - _ . @") var name: String
        @Flag(help: "Make the user a system administrator.") var sysadmin = false
        @Option(help: "E-mail address.") var email: String = ""
        @Option(help: "Full name.") var fullname: String = ""

        func run() async throws {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure("no password on standard input (pipe it in: echo 'secret' | manba user add \(name))")
            }
            try await ManbaCommand.withServices { services, _ in
                let user = try await services.users.create(name: name, password: line, email: email, fullname: fullname, sysadmin: sysadmin)
                print("created user \(user.name)\(user.isSysadmin ? " (sysadmin)" : "") id \(user.id)")
            }
        }
    }
}
