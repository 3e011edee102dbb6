import Foundation

/// A digitised copy of a catalogue record: a PDF or EPUB file, open to everyone or to registered readers.
public struct DigitalItem: Sendable, Equatable {
    public enum Access: String, Sendable, CaseIterable {
        /// Anyone may read and download it.
        case open
        /// Only readers who registered and signed in (copyright allows remote reading for them).
        case registered
    }

    public enum Format: String, Sendable {
        case pdf, epub

        public var mediaType: String { self == .pdf ? "application/pdf" : "application/epub+zip" }

        /// Told by the file's first bytes, never by its name: a PDF starts with "%PDF-"; an EPUB is a
        /// ZIP whose first entry is the uncompressed file "mimetype" holding "application/epub+zip".
        public init?(sniffing data: Data) {
            let head = [UInt8](data.prefix(64))
            if head.starts(with: Array("%PDF-".utf8)) { self = .pdf; return }
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]), head.count >= 58,
               String(decoding: head[30..<38], as: UTF8.self) == "mimetype",
               String(decoding: head[38..<58], as: UTF8.self) == "application/epub+zip" { self = .epub; return }
            return nil
        }
    }

    public let id: String
    public let workID: Int64
    public let fileName: String
    public let format: Format
    public let size: Int
    public let sha256: String
    public let access: Access
    /// Words of the extracted full text (PDF), made searchable with the record.
    public let wordCount: Int
    public let reads: Int
    public let downloads: Int
}
