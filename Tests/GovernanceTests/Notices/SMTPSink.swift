import Foundation
import ManbaCore
import NIOCore
import NIOPosix

/// A tiny SMTP server on 127.0.0.1 that records what it receives: enough of RFC 5321 to take mail
/// from `SMTPClient` (EHLO with a multi-line reply, HELO, AUTH PLAIN and LOGIN, MAIL, RCPT, DATA with
/// dot-unstuffing, RSET, NOOP, QUIT), and a few ways to misbehave.
final class SMTPSink: Sendable {
    struct Options: Sendable {
        var supportsEHLO = true
        var eightBitMIME = true
        /// AUTH mechanisms to offer, e.g. ["PLAIN", "LOGIN"]; credentials that are accepted.
        var authMechanisms: [String] = []
        var credentials: (user: String, password: String)? = nil
        var rejectedRecipients: Set<String> = []
        /// Accept connections and never say anything.
        var silent = false
    }

    struct ReceivedMail: Sendable {
        let from: String
        let recipients: [String]
        /// The content as the client meant it (dot-stuffing undone), CRLF line ends.
        let data: String
        let authenticatedAs: String?
    }

    let port: Int
    private let channel: any Channel
    private let mails: Locked<[ReceivedMail]>

    var received: [ReceivedMail] { mails.withLock { $0 } }

    private init(port: Int, channel: any Channel, mails: Locked<[ReceivedMail]>) {
        self.port = port; self.channel = channel; self.mails = mails
    }

    static func start(port: Int = 0, options: Options = Options()) async throws -> SMTPSink {
        let mails = Locked<[ReceivedMail]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(SMTPSinkSession(options: options, mails: mails))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
        return SMTPSink(port: channel.localAddress!.port!, channel: channel, mails: mails)
    }

    func stop() async throws {
        try await channel.close()
    }

    /// A port where nothing listens (one a sink just let go of).
    static func closedPort() async throws -> Int {
        let sink = try await start()
        try await sink.stop()
        return sink.port
    }
}

extension SMTPSink.ReceivedMail {
    /// Header fields, unfolded, by lower-cased name.
    var headers: [String: String] {
        let head = data.components(separatedBy: "\r\n\r\n").first ?? ""
        var fields: [String: String] = [:]
        var last: String?
        for line in head.components(separatedBy: "\r\n") {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), let last {
                fields[last]! += line
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                fields[name] = String(line[line.index(after: colon)...].drop { $0 == " " })
                last = name
            }
        }
        return fields
    }

    /// The Subject with its RFC 2047 encoded words decoded.
    var subject: String {
        let encoded = headers["subject"] ?? ""
        var bytes: [UInt8] = []
        for word in encoded.split(separator: " ") where word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") {
            bytes += Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The body, decoded from its transfer encoding, with LF line ends.
    var body: String {
        let parts = data.components(separatedBy: "\r\n\r\n")
        let raw = parts.dropFirst().joined(separator: "\r\n\r\n")
        let text = headers["content-transfer-encoding"] == "base64"
            ? String(decoding: Data(base64Encoded: raw.replacingOccurrences(of: "\r\n", with: "")) ?? Data(), as: UTF8.self)
            : raw
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }
}

/// One client's conversation with the sink.
private final class SMTPSinkSession: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum State { case command, data, authLoginUser, authLoginPassword(String) }

    private let options: SMTPSink.Options
    private let mails: Locked<[SMTPSink.ReceivedMail]>
    private var pending: [UInt8] = []
    private var state = State.command
    private var from = "", recipients: [String] = [], dataLines: [String] = [], user: String?

    init(options: SMTPSink.Options, mails: Locked<[SMTPSink.ReceivedMail]>) {
        self.options = options; self.mails = mails
    }

    func channelActive(context: ChannelHandlerContext) {
        if !options.silent { reply(context, "220 sink.test ESMTP ready") }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !options.silent else { return }
        pending += Array(buffer: unwrapInboundIn(data))
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<newline])
            pending.removeFirst(newline + 1)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            handle(context, String(decoding: line, as: UTF8.self))
        }
    }

    private func handle(_ context: ChannelHandlerContext, _ line: String) {
        switch state {
        case .data:
            if line == "." {
                mails.withLock { $0.append(.init(from: from, recipients: recipients, data: dataLines.joined(separator: "\r\n") + "\r\n", authenticatedAs: user)) }
                dataLines = []; recipients = []; state = .command
                reply(context, "250 2.0.0 queued")
            } else {
                dataLines.append(line.hasPrefix(".") ? String(line.dropFirst()) : line)
            }
        case .authLoginUser:
            state = .authLoginPassword(decoded(line))
            reply(context, "334 UGFzc3dvcmQ6")
        case .authLoginPassword(let name):
            state = .command
            authenticate(context, name, decoded(line))
        case .command:
            command(context, line)
        }
    }

    private func command(_ context: ChannelHandlerContext, _ line: String) {
        let verb = line.prefix(while: { $0 != " " && $0 != ":" }).uppercased()
        let argument = line.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
        switch verb {
        case "EHLO" where options.supportsEHLO:
            var lines = ["sink.test greets \(argument)", "SIZE 10000000"]
            if options.eightBitMIME { lines.append("8BITMIME") }
            if !options.authMechanisms.isEmpty { lines.append("AUTH " + options.authMechanisms.joined(separator: " ")) }
            lines.append("HELP")
            reply(context, lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }.joined(separator: "\r\n"))
        case "HELO":
            reply(context, "250 sink.test")
        case "AUTH":
            let words = argument.split(separator: " ").map(String.init)
            if words.first?.uppercased() == "PLAIN", words.count == 2 {
                let parts = decoded(words[1]).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
                authenticate(context, parts.count == 3 ? parts[1] : "", parts.count == 3 ? parts[2] : "")
            } else if words.first?.uppercased() == "LOGIN" {
                state = .authLoginUser
                reply(context, "334 VXNlcm5hbWU6")
            } else {
                reply(context, "504 5.5.4 mechanism not supported")
            }
        case "MAIL":
            from = argument.dropFirst(5).split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<>")) } ?? ""
            if options.credentials != nil && user == nil { reply(context, "530 5.7.0 authentication required") } else { reply(context, "250 2.1.0 ok") }
        case "RCPT":
            let to = argument.dropFirst(3).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            if options.rejectedRecipients.contains(to) { reply(context, "550 5.1.1 <\(to)>: no such user") } else {
                recipients.append(to)
                reply(context, "250 2.1.5 ok")
            }
        case "DATA":
            if recipients.isEmpty { reply(context, "554 5.5.1 no valid recipients") } else {
                state = .data
                reply(context, "354 end data with <CR><LF>.<CR><LF>")
            }
        case "RSET": from = ""; recipients = []; reply(context, "250 ok")
        case "NOOP": reply(context, "250 ok")
        case "QUIT":
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: "221 2.0.0 bye\r\n"))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        default:
            reply(context, "502 5.5.2 command not recognised")
        }
    }

    private func authenticate(_ context: ChannelHandlerContext, _ name: String, _ password: String) {
        if let credentials = options.credentials, credentials.user == name, credentials.password == password {
            user = name
            reply(context, "235 2.7.0 authentication successful")
        } else {
            reply(context, "535 5.7.8 authentication credentials invalid")
        }
    }

    private func decoded(_ base64: String) -> String {
        String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    }

    private func reply(_ context: ChannelHandlerContext, _ text: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }
}
