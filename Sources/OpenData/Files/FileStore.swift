import Crypto
import Foundation
import ManbaCore

/// Uploaded files, stored once by their SHA-256 under the data directory. Old versions of a resource
/// stay downloadable because a new upload never overwrites an old file.
public struct FileStore: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public struct Stored: Sendable {
        public let sha256: String
        public let size: Int
    }

    /// Writes through a temporary file and a rename, so a crash never leaves a half-written file in place.
    public func store(_ data: Data) throws -> Stored {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let target = path(for: digest)
        if !FileManager.default.fileExists(atPath: target.path) {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent("tmp-\(Identifier.make())")
            try data.write(to: temporary)
            try FileManager.default.moveItem(at: temporary, to: target)
        }
        return Stored(sha256: digest, size: data.count)
    }

    public func path(for sha256: String) -> URL {
        directory.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true).appendingPathComponent(sha256)
    }

    public func read(sha256: String) throws -> Data? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        return FileManager.default.contents(atPath: path(for: sha256).path)
    }
}
