import Foundation

/// A value guarded by a lock, for the few places where shared mutable state is simpler than an actor
/// (state read on hot synchronous paths). `Synchronization.Mutex` would do, but needs macOS 15.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    public init(_ value: Value) { self.value = value }
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock(); defer { lock.unlock() }
        return try body(&value)
    }
}
