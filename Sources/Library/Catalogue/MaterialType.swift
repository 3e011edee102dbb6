/// What kind of thing a record describes, from Leader/06-07 (the same codes in MARC 21 and UNIMARC
/// for the common cases).
public enum MaterialType: String, Sendable, CaseIterable {
    case book, serial, article, music, map, video, audio, computerFile = "computer-file", image, object, manuscript, mixed

    public init(leader: String) {
        let bytes = Array(leader.utf8)
        let type = bytes.count > 6 ? Character(UnicodeScalar(bytes[6])) : "a"
        let level = bytes.count > 7 ? Character(UnicodeScalar(bytes[7])) : "m"
        switch type {
        case "a": self = level == "s" ? .serial : (level == "a" || level == "b" ? .article : .book)
        case "b", "l": self = .book
        case "c", "d": self = .music
        case "e", "f": self = .map
        case "g": self = .video
        case "i", "j": self = .audio
        case "m": self = .computerFile
        case "k": self = .image
        case "r": self = .object
        case "t": self = .manuscript
        case "p": self = .mixed
        default: self = .book
        }
    }
}
