import ArgumentParser
import Foundation
import Library
import ManbaHTTP

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import records into the catalogues.",
        subcommands: [ImportMARC.self])
}

struct ImportMARC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marc",
        abstract: "Import MARC records (ISO 2709 in UTF-8, MARC-8 or cp1251, MARCXML, MARC-in-JSON) into the union catalogue.",
        discussion: """
        Streams files of any size in constant memory and commits every 1,000 records. Re-running is safe:
        a record is known by its library and control number (001), and unchanged records are left alone.
        Records that cannot be read are quarantined with the reason and their byte offset, and the run goes on.
        """)

    @Argument(help: "MARC files to import.") var files: [String]
    @Option(help: "Code of the member library contributing the records (e.g. UZ-TSH-0001).") var library: String

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            var total = MARCImportReport()
            let started = Date()
            for file in files {
                let report = try await services.library.importer.importFile(file, library: library) { progress in
                    ProgressLine.show("\(file): \(progress.read) records, \(Int(Double(progress.read) / max(Date().timeIntervalSince(started), 0.001))) records/s")
                }
                ProgressLine.finish()
                print("\(file): \(report.summary)")
                total.read += report.read; total.imported += report.imported; total.updated += report.updated
                total.unchanged += report.unchanged; total.merged += report.merged; total.quarantined += report.quarantined
            }
            let seconds = Date().timeIntervalSince(started)
            if files.count > 1 { print("total: \(total.summary)") }
            print(String(format: "%.1f s, %.0f records/s", seconds, Double(total.read) / max(seconds, 0.001)))
        }
    }
}

/// Progress on standard error: one line rewritten in place on a terminal, a plain line now and then otherwise.
enum ProgressLine {
    private static let isTerminal = isatty(STDERR_FILENO) != 0
    nonisolated(unsafe) private static var lastPlain = Date.distantPast

    static func show(_ text: String) {
        if isTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        } else if Date().timeIntervalSince(lastPlain) >= 5 {
            lastPlain = Date()
            FileHandle.standardError.write(Data("\(text)\n".utf8))
        }
    }

    static func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
