import Foundation
import ZIPFoundation

/// Reads files out of a zip held in memory: the central directory and local headers here, with every
/// offset and size checked against the bytes there are, and inflation by ZIPFoundation's `Data.decompress`
/// fed by a provider that stops where the entry's bytes end.
///
/// Not ZIPFoundation's `Archive` for reading, because in 0.9.20 on Linux a damaged upload can take the
/// server down with it: an in-memory archive traps when a forged offset points past the end of the data,
/// and a deflate stream cut short makes `extract` spin forever reading nothing at the end of the file.
/// (Both were found by the corruption tests in XLSXWorkbookTests.) Writing stays with `Archive`.
struct ZipPackageReader {
    enum Failure: Error {
        case notAZip
        case tooLarge
        case damaged(String)
    }

    struct Entry {
        let path: String
        let method: UInt16
        let checksum: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    private let bytes: Data
    /// Entries by lower-cased path: part names are case-insensitive in Open Packaging.
    private var entries: [String: Entry] = [:]

    init(_ data: Data) throws(Failure) {
        bytes = data.startIndex == 0 ? data : Data(data)
        guard let end = Self.endOfCentralDirectory(in: bytes),
              let count = uint16(end + 10), let size = uint32(end + 12), let start = uint32(end + 16),
              start + size <= end else { throw .notAZip }
        var offset = start
        for _ in 0..<count {
            guard uint32(offset) == 0x0201_4B50,
                  let method = uint16(offset + 10), let checksum = uint32(offset + 16),
                  let compressed = uint32(offset + 20), let uncompressed = uint32(offset + 24),
                  let nameLength = uint16(offset + 28), let extraLength = uint16(offset + 30),
                  let commentLength = uint16(offset + 32), let localHeader = uint32(offset + 42),
                  offset + 46 + nameLength <= start + size else { throw .notAZip }
            // Sizes of 4 GB and more need ZIP64, which no workbook we accept can reach.
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, localHeader != 0xFFFF_FFFF else { throw .tooLarge }
            let path = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries[path.lowercased()] = Entry(path: path, method: UInt16(method), checksum: UInt32(checksum),
                                               compressedSize: compressed, uncompressedSize: uncompressed,
                                               localHeaderOffset: localHeader)
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    func entry(_ path: String) -> Entry? {
        entries[path.lowercased()]
    }

    /// The contents of `entry`, refused before inflating when it declares more than `limit` bytes, and
    /// while inflating as soon as it gives more than it declared.
    func contents(of entry: Entry, limit: Int) throws(Failure) -> Data {
        guard entry.uncompressedSize <= limit else { throw .tooLarge }
        guard uint32(entry.localHeaderOffset) == 0x0403_4B50,
              let nameLength = uint16(entry.localHeaderOffset + 26), let extraLength = uint16(entry.localHeaderOffset + 28)
        else { throw .damaged("its local header is missing") }
        let start = entry.localHeaderOffset + 30 + nameLength + extraLength
        guard start + entry.compressedSize <= bytes.count else { throw .damaged("it claims more bytes than the file holds") }
        let stored = bytes[start..<(start + entry.compressedSize)]
        let contents: Data
        switch entry.method {
        case 0: contents = Data(stored)
        case 8: contents = try inflate(stored, declaredSize: entry.uncompressedSize)
        default: throw .damaged("compression method \(entry.method) is not supported")
        }
        guard contents.count == entry.uncompressedSize else { throw .damaged("its size differs from the one declared") }
        guard contents.crc32(checksum: 0) == entry.checksum else { throw .damaged("checksum mismatch") }
        return contents
    }

    private func inflate(_ stored: Data, declaredSize: Int) throws(Failure) -> Data {
        let chunkSize = 64 * 1024
        var output = Data()
        output.reserveCapacity(declaredSize)
        do {
            _ = try Data.decompress(size: Int64(stored.count), bufferSize: chunkSize, skipCRC32: true, provider: { position, size in
                // Thrown instead of returning nothing: ZIPFoundation would ask again forever.
                guard position < stored.count else { throw Failure.damaged("its compressed data ends too early") }
                let from = stored.startIndex + Int(position)
                var chunk = Data(stored[from..<min(from + size, stored.endIndex)])
                // ZIPFoundation tells zlib a whole chunk is there; padding keeps zlib inside our buffer.
                if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                return chunk
            }, consumer: { piece in
                guard output.count + piece.count <= declaredSize else { throw Failure.damaged("it inflates to more than declared") }
                output.append(piece)
            })
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .damaged("its compressed data is corrupt")
        }
        return output
    }

    /// The end-of-central-directory record, searched backwards over the longest comment it may carry.
    private static func endOfCentralDirectory(in bytes: Data) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private func uint16(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private func uint32(_ offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
