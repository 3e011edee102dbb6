import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import ManbaCore
@testable import Library

/// The real HTTP stack (URLSession) on loopback: a port where nobody listens, a server that accepts
/// and never answers. The real Zebra is asked in the end-to-end run (tests/e2e/test_federated.py).
struct LiveSRUTests {
    @Test func aPortWithNobodyListeningFailsAtOnce() async throws {
        let port = try LoopbackListener.unusedPort()
        let target = FederatedTarget(id: "dead", name: "Dead", baseURL: URL(string: "http://127.0.0.1:\(port)/Default")!, timeout: 5)
        let start = ContinuousClock.now
        let results = await FederatedSearch(targets: [target]).search("rasadxonasi")
        #expect(results.map(\.status) == ["failed"])
        #expect(results[0].reason?.hasPrefix("the catalogue could not be reached: connection refused") == true, "\(results[0].reason ?? "")")
        #expect(secondsSince(start) < 15)
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let target = FederatedTarget(id: "silent", name: "Silent", baseURL: URL(string: "http://127.0.0.1:\(listener.port)/Default")!, timeout: 0.5)
        let start = ContinuousClock.now
        let results = await FederatedSearch(targets: [target]).search("rasadxonasi")
        #expect(results.map(\.status) == ["timedOut"])
        #expect(secondsSince(start) < 15)
    }
}

/// A TCP socket on 127.0.0.1 that listens and never answers (the kernel completes the handshake).
final class LoopbackListener: @unchecked Sendable {
    let descriptor: Int32
    let port: Int

    init() throws {
        (descriptor, port) = try Self.bind()
        guard listen(descriptor, 8) == 0 else { Self.closeSocket(descriptor); throw POSIXError(.EADDRINUSE) }
    }

    func close() { Self.closeSocket(descriptor) }

    /// A port that was free a moment ago: bound, read, closed.
    static func unusedPort() throws -> Int {
        let (descriptor, port) = try bind()
        closeSocket(descriptor)
        return port
    }

    private static func bind() throws -> (Int32, Int) {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemBind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { closeSocket(descriptor); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    private static func systemBind(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
        #if canImport(Glibc)
        return Glibc.bind(descriptor, address, length)
        #else
        return Darwin.bind(descriptor, address, length)
        #endif
    }

    private static func closeSocket(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }
}
