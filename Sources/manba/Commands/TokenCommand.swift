import ArgumentParser
import ManbaHTTP

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API token for a user and print it (shown this once only).")

        @Argument(help: "The user's login name.") var user: String
        @Option(help: "A label to recognise the token by in lists.") var name: String = "command line"

        func run() async throws {
            try await ManbaCommand.withServices { services, _ in
                guard let account = try await services.users.user(named: user) else { throw CommandFailure("no user named \(user)") }
                let (_, secret) = try await services.users.createToken(for: account, name: name)
                print(secret)
            }
        }
    }
}
