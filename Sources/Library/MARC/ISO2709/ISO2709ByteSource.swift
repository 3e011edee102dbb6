import Foundation

/// Where an `ISO2709Reader` gets its bytes: a file, a byte array, or anything that can hand out
/// chunks (an HTTP body, a decompressor). The reader asks for chunks and never for the whole input.
public protocol ISO2709ByteSource {
    /// Up to `maxCount` further bytes; an empty array at the end of the input.
    mutating func read(maxCount: Int) throws -> [UInt8]
}

/// Reads a file in chunks through `FileHandle`.
public struct ISO2709FileSource: ISO2709ByteSource {
    private let handle: FileHandle

    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MARCDecodingError(reason: "cannot open \(path) for reading", offset: 0)
        }
        self.handle = handle
    }

    public mutating func read(maxCount: Int) throws -> [UInt8] {
        guard let data = try handle.read(upToCount: maxCount) else { return [] }
        return [UInt8](data)
    }
}

/// Serves bytes already in memory.
public struct ISO2709ArraySource: ISO2709ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public mutating func read(maxCount: Int) throws -> [UInt8] {
        let end = min(bytes.count, position + maxCount)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
