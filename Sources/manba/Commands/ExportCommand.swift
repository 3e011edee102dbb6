import ArgumentParser
import Foundation
import Library
import ManbaCore
import ManbaHTTP

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export records from the catalogues.",
                                                    subcommands: [ExportMARC.self])
}

struct ExportMARC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marc", abstract: "Write union catalogue records (with every library's holdings) to standard output or a file.")

    @Option(help: "iso2709, marcxml or json.") var format: String = "iso2709"
    @Option(help: "Only records with these words (any field, either script).") var query: String?
    @Option(help: "Only records held by this library.") var library: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        guard let chosen = MARCExport.Format(rawValue: format) else { throw CommandFailure("--format must be iso2709, marcxml or json") }
        var parts: [LibraryQuery] = []
        if let query, !query.isEmpty { parts.append(.words(.any, ScriptFolding.tokens(query), match: .all)) }
        if let library { parts.append(.facet(.library, library)) }
        let selection = parts.dropFirst().reduce(parts.first ?? .all) { .and($0, $1) }
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                throw CommandFailure("cannot write \(output)")
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        try await ManbaCommand.withServices { services, _ in
            let (written, skipped) = try await MARCExport(catalogue: services.library, format: chosen).run(selection) { try handle.write(contentsOf: $0) }
            FileHandle.standardError.write(Data("exported \(written) records\(skipped > 0 ? ", skipped \(skipped) too large for ISO 2709" : "")\n".utf8))
        }
    }
}
