import Foundation
@testable import Library

/// Finds test data without depending on the working directory: the shared MARC fixtures live in
/// `shared/fixtures/marc` beside the project (found by walking up from this file), the pymarc-made
/// files in `Fixtures/` beside this file.
enum MARCFixtures {
    static let sharedDirectory: URL = {
        let start = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var directory = start
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/fixtures/marc")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        // Not found: tests that read fixtures fail on the missing files (and `everyFileCovered` says so)
        // instead of the whole test run crashing.
        return start.appendingPathComponent("shared/fixtures/marc (not found above this directory)")
    }()

    static let localDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func shared(_ name: String) -> URL { sharedDirectory.appendingPathComponent(name) }
    static func local(_ name: String) -> URL { localDirectory.appendingPathComponent(name) }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Every ISO 2709 fixture file in the shared directory.
    static var iso2709Files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sharedDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".dat") || $0.hasSuffix(".mrc") }.sorted()
    }
}

/// The items of a reader with the warnings it gave for each.
struct ISO2709ReadResult {
    typealias Record = (record: MARCRecord, offset: Int, raw: [UInt8], characterSet: MARCCharacterSet, flavour: MARCFlavour, warnings: [MARCDecodingWarning])
    var records: [Record] = []
    var invalid: [(error: MARCDecodingError, raw: [UInt8])] = []

    init(_ reader: ISO2709Reader) {
        var reader = reader
        while let item = reader.next() {
            switch item {
            case .record(let record, let offset, let raw, let characterSet):
                records.append((record, offset, raw, characterSet, reader.lastFlavour ?? .marc21, reader.warnings))
            case .invalid(let error, let raw):
                invalid.append((error, raw))
            }
        }
    }

    static func file(_ name: String, chunkSize: Int = ISO2709Reader.defaultChunkSize) throws -> ISO2709ReadResult {
        ISO2709ReadResult(ISO2709Reader(source: try ISO2709FileSource(path: MARCFixtures.shared(name).path), chunkSize: chunkSize))
    }
}
