import ArgumentParser
import Foundation
import Library
import ManbaCore
import ManbaHTTP

struct LibraryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Manage the union catalogue and the electronic library.",
        subcommands: [LibraryAttach.self, LibraryUnmerge.self])
}

struct LibraryAttach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Attach a digitised copy (PDF or EPUB) to a catalogue record; the text of a PDF becomes searchable.")

    @Argument(help: "The record number (as on its page, /opac/record/N).") var record: Int64
    @Argument(help: "The PDF or EPUB file.") var file: String
    @Option(help: "open (anyone) or registered (signed-in readers only).") var access: String = "registered"

    func run() async throws {
        guard let level = DigitalItem.Access(rawValue: access) else { throw CommandFailure("--access must be open or registered") }
        guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
        try await ManbaCommand.withServices { services, _ in
            let item = try await services.digitalLibrary.attach(workID: record, fileName: file, data: data, access: level, by: .system)
            print("attached \(item.fileName) (\(item.format.rawValue), \(item.size) bytes, \(item.wordCount) words searchable) to record \(record) as item \(item.id)")
        }
    }
}

struct LibraryUnmerge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unmerge", abstract: "Split a contributed record off the edition it was matched to (and never match them again).")

    @Argument(help: "The contributed record's key, LIBRARY:CONTROLNUMBER, as listed on the record page.") var source: String

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            let id = try await services.library.unmerge(sourceKey: source)
            print("\(source) is now record \(id)")
        }
    }
}
