import Foundation
import ManbaCore
import NIOCore
import NIOPosix

/// A tiny HTTP/1.1 server on 127.0.0.1 for the link check: real sockets, real status lines, a few
/// paths that behave like the web does. It records every request and how many were open at once.
///
/// - `/ok...` 200; `/missing...` 404; `/no-head` 405 to HEAD, 206 to a GET with `Range`;
/// - `/moved` 301 to `/ok`; `/to-file` 302 to `file:///etc/passwd`; `/loop` redirects to itself;
/// - `/slow...` answers 200 after 200 ms; `/silent` never answers.
final class LinkTestServer: Sendable {
    struct Request: Sendable, Equatable {
        let method: String
        let path: String
        let range: String?
    }

    let port: Int
    private let channel: any Channel
    private let state: Locked<(requests: [Request], open: Int, maxOpen: Int)>

    var requests: [Request] { state.withLock { $0.requests } }
    /// The most requests the server was answering at the same time.
    var maxConcurrent: Int { state.withLock { $0.maxOpen } }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    private init(port: Int, channel: any Channel, state: Locked<(requests: [Request], open: Int, maxOpen: Int)>) {
        self.port = port; self.channel = channel; self.state = state
    }

    static func start() async throws -> LinkTestServer {
        let state = Locked<(requests: [Request], open: Int, maxOpen: Int)>(([], 0, 0))
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(LinkTestConnection(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return LinkTestServer(port: channel.localAddress!.port!, channel: channel, state: state)
    }

    func stop() async throws { try await channel.close() }

    /// A port where nothing listens (one a server just let go of).
    static func closedPort() async throws -> Int {
        let server = try await start()
        try await server.stop()
        return server.port
    }
}

/// One connection: reads a request head, answers by path, closes.
private final class LinkTestConnection: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let state: Locked<(requests: [LinkTestServer.Request], open: Int, maxOpen: Int)>
    private var head: [UInt8] = []
    private var answered = false

    init(state: Locked<(requests: [LinkTestServer.Request], open: Int, maxOpen: Int)>) { self.state = state }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        head += Array(buffer: unwrapInboundIn(data))
        guard let text = String(bytes: head, encoding: .utf8), text.contains("\r\n\r\n") else { return }
        answered = true
        let lines = text.components(separatedBy: "\r\n")
        let words = lines[0].split(separator: " ").map(String.init)
        let range = lines.first { $0.lowercased().hasPrefix("range:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
        let request = LinkTestServer.Request(method: words.first ?? "", path: words.count > 1 ? words[1] : "", range: range)
        state.withLock { s in
            s.requests.append(request)
            s.open += 1
            s.maxOpen = max(s.maxOpen, s.open)
        }
        if request.path == "/silent" { return }
        let (status, headers) = Self.answer(request)
        let write = { [state] in
            var response = "HTTP/1.1 \(status)\r\nContent-Length: 0\r\nConnection: close\r\n"
            for (name, value) in headers { response += "\(name): \(value)\r\n" }
            response += "\r\n"
            state.withLock { $0.open -= 1 }
            context.writeAndFlush(self.wrapOutboundOut(ByteBuffer(string: response))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
        if request.path.hasPrefix("/slow") {
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(200)) { write() }
        } else {
            write()
        }
    }

    static func answer(_ request: LinkTestServer.Request) -> (String, [(String, String)]) {
        let path = request.path
        if path.hasPrefix("/ok") || path.hasPrefix("/slow") { return ("200 OK", []) }
        if path.hasPrefix("/missing") { return ("404 Not Found", []) }
        switch path {
        case "/no-head":
            if request.method == "HEAD" { return ("405 Method Not Allowed", [("Allow", "GET")]) }
            return request.range == nil ? ("200 OK", []) : ("206 Partial Content", [("Content-Range", "bytes 0-0/1000")])
        case "/moved": return ("301 Moved Permanently", [("Location", "/ok")])
        case "/to-file": return ("302 Found", [("Location", "file:///etc/passwd")])
        case "/loop": return ("302 Found", [("Location", "/loop")])
        default: return ("404 Not Found", [])
        }
    }
}
