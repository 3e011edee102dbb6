import Crypto
import Foundation
import ManbaCore

/// Uploaded files, stored once by their SHA-256 under the data directory. Old versions of a resource
/// stay downloadable because a new upload never overwrites an old file.
public struct FileStore: Sendable {
    /// Kept as a path string: file names here are built from hex digests, never from user input.
    let directory: String

    public init(directory: String) { self.directory = directory }

    public struct Stored: Sendable {
        public let sha256: String
        public let size: Int
    }

    /// Writes through a temporary file and a rename, so a crash never leaves a half-written file in place.
    public func store(_ data: Data) throws -> Stored {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let target = path(for: digest)
        if !FileManager.default.fileExists(atPath: target) {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let temporary = directory + "/tmp-" + Identifier.make()
            try data.write(to: URL(fileURLWithPath: temporary))
            try FileManager.default.moveItem(atPath: temporary, toPath: target)
        }
        return Stored(sha256: digest, size: data.count)
    }

    func path(for sha256: String) -> String {
        directory + "/" + sha256.prefix(2) + "/" + sha256
    }

    public func read(sha256: String) throws -> Data? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        return FileManager.default.contents(atPath: path(for: sha256))
    }
}
