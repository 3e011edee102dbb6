import Foundation

/// The text of a PDF, by poppler's `pdftotext` (Debian's poppler-utils): a well-kept extractor that
/// handles the fonts, encodings and layouts real scans with OCR layers have, which a parser of our own
/// would not. Runs with a time limit; a PDF it cannot read simply has no searchable text.
enum PDFText {
    static let timeoutSeconds: Double = 60

    static func extract(_ data: Data) async throws -> String {
        let directory = NSTemporaryDirectory() + "manba-pdf-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/in.pdf", output = directory + "/out.txt"
        try data.write(to: URL(fileURLWithPath: input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = ["-enc", "UTF-8", "-q", input, output]
        let (ended, ending) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in ending.yield(); ending.finish() }
        try process.run()
        // Process is a class Foundation does not mark Sendable; only terminate() is called from the timer.
        nonisolated(unsafe) let running = process
        let timer = Task {
            try await Task.sleep(for: .seconds(timeoutSeconds))
            if running.isRunning { running.terminate() }
        }
        for await _ in ended {}
        let timedOut = timer.isCancelled == false && process.terminationReason == .uncaughtSignal
        timer.cancel()
        if timedOut { throw PDFTextError.timedOut }
        guard process.terminationStatus == 0 else { throw PDFTextError.failed(Int(process.terminationStatus)) }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func executable() throws -> String {
        for path in ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"] where FileManager.default.isExecutableFile(atPath: path) { return path }
        throw PDFTextError.missing
    }
}

enum PDFTextError: Error, CustomStringConvertible {
    case missing, timedOut, failed(Int)

    var description: String {
        switch self {
        case .missing: return "pdftotext is not installed (Debian: apt-get install poppler-utils)"
        case .timedOut: return "pdftotext took too long"
        case .failed(let status): return "pdftotext exited with status \(status)"
        }
    }
}
