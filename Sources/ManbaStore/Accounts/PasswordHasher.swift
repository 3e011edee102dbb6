import Foundation
import HummingbirdBcrypt

/// bcrypt, with a cost that the operator may raise (`MANBA_BCRYPT_COST`, default 11, about 0.1 s here).
public enum PasswordHasher {
    public static let minimumLength = 8

    static var cost: UInt8 {
        if let text = ProcessInfo.processInfo.environment["MANBA_BCRYPT_COST"], let value = UInt8(text), (4...16).contains(value) {
            return value
        }
        return 11
    }

    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }
    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
