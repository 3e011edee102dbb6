import Foundation

/// Time as the domain sees it, so rules that depend on "now" can be tested on a controllable clock.
public protocol ManbaClock: Sendable {
    func now() -> Date
}

public struct SystemClock: ManbaClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that says what a test tells it to.
public final class FixedClock: ManbaClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    public init(_ date: Date) { current = date }
    public func now() -> Date { lock.lock(); defer { lock.unlock() }; return current }
    public func set(_ date: Date) { lock.lock(); current = date; lock.unlock() }
    public func advance(by seconds: TimeInterval) { lock.lock(); current += seconds; lock.unlock() }
}
