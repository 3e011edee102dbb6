import Foundation
import NIOCore
import NIOPosix

/// A minimal SMTP client (RFC 5321) for handing notices to a relay.
///
/// Written here because none of the packages available to this project speaks SMTP (there is no
/// SMTP library among them), and what notices need is small: one plain text mail to one recipient
/// per connection. It speaks EHLO (HELO for servers that do not know it), AUTH PLAIN or LOGIN when a
/// username is configured, MAIL FROM, RCPT TO, DATA with dot-stuffing, and QUIT, reading multi-line
/// replies. There is no TLS (no STARTTLS): the relay is a local MTA or one on loopback, which
/// delivers onwards (see `SMTPSettings`). Every reply outside 2xx/3xx, or not the one a command
/// needs, is an `SMTPError.rejected` with its code and text.
public struct SMTPClient: MailTransport {
    public let settings: SMTPSettings
    private let group: any EventLoopGroup

    public init(settings: SMTPSettings, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.settings = settings
        self.group = group
    }

    public func send(_ message: MailMessage) async throws {
        for address in [settings.from, message.recipient] where !MailFormat.isPlainAddress(address) {
            throw SMTPError.invalidAddress(address)
        }
        let channel = try await connect()
        try await channel.executeThenClose { inbound, outbound in
            var conversation = SMTPConversation(replies: inbound.makeAsyncIterator(), outbound: outbound)
            try await conversation.deliver(message, settings: settings)
        }
    }

    private func connect() async throws -> NIOAsyncChannel<SMTPReply, ByteBuffer> {
        let replyTimeout = TimeAmount(settings.replyTimeout)
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(TimeAmount(settings.connectTimeout))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandlers([
                            ByteToMessageHandler(SMTPReplyDecoder()), SMTPReplyDeadline(timeout: replyTimeout),
                        ])
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError.connectionFailed("\(settings.host):\(settings.port): \(error)")
        }
    }
}

/// One session with the server, command by command.
private struct SMTPConversation {
    var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func deliver(_ message: MailMessage, settings: SMTPSettings) async throws {
        try await expect(nil, named: "the greeting", code: 200..<300)
        let capabilities = try await hello(settings.heloName)
        if let username = settings.username {
            try await authenticate(username: username, password: settings.password ?? "", capabilities: capabilities)
        }
        let encoding = MailFormat.encoding(for: message.body, eightBitAllowed: capabilities.contains("8BITMIME"))
        try await expect("MAIL FROM:<\(settings.from)>\(encoding == .eightBit ? " BODY=8BITMIME" : "")", named: "MAIL FROM", code: 200..<300)
        try await expect("RCPT TO:<\(message.recipient)>", named: "RCPT TO", code: 200..<300)
        try await expect("DATA", named: "DATA", code: 300..<400)
        let content = MailFormat.render(message, from: settings.from, encoding: encoding)
        try await outbound.write(Self.dotStuffed(content))
        try await expect(nil, named: "the end of DATA", code: 200..<300)
        // The mail is accepted; a server that is rude about QUIT changes nothing.
        _ = try? await expect("QUIT", named: "QUIT", code: 200..<300)
    }

    /// EHLO, or HELO when the server does not know EHLO; returns the EHLO keywords in upper case.
    private mutating func hello(_ name: String) async throws -> Set<String> {
        let reply = try await send("EHLO \(name)", named: "EHLO")
        if reply.isPositive && reply.code < 300 {
            return Set(reply.lines.dropFirst().map { $0.uppercased() }.flatMap { line in
                // "AUTH PLAIN LOGIN" stands for AUTH=PLAIN and AUTH=LOGIN; "8BITMIME" for itself.
                let words = line.split(separator: " ").map(String.init)
                return words.first == "AUTH" ? words.dropFirst().map { "AUTH=" + $0 } : words.prefix(1).map { $0 }
            })
        }
        guard (500..<600).contains(reply.code) else { throw SMTPError.rejected(command: "EHLO", code: reply.code, text: reply.text) }
        try await expect("HELO \(name)", named: "HELO", code: 200..<300)
        return []
    }

    private mutating func authenticate(username: String, password: String, capabilities: Set<String>) async throws {
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if capabilities.contains("AUTH=PLAIN") {
            try await expect("AUTH PLAIN \(base64("\0\(username)\0\(password)"))", named: "AUTH PLAIN", code: 200..<300)
        } else if capabilities.contains("AUTH=LOGIN") {
            try await expect("AUTH LOGIN", named: "AUTH LOGIN", code: 300..<400)
            try await expect(base64(username), named: "AUTH LOGIN (username)", code: 300..<400)
            try await expect(base64(password), named: "AUTH LOGIN (password)", code: 200..<300)
        } else {
            throw SMTPError.authenticationUnavailable
        }
    }

    /// Sends a command (nil: only reads) and requires a reply with a code in `code`.
    private mutating func expect(_ command: String?, named name: String, code: Range<Int>) async throws {
        let reply = command == nil ? try await next(name) : try await send(command!, named: name)
        guard code.contains(reply.code) else { throw SMTPError.rejected(command: name, code: reply.code, text: reply.text) }
    }

    private mutating func send(_ command: String, named name: String) async throws -> SMTPReply {
        try await outbound.write(ByteBuffer(string: command + "\r\n"))
        return try await next(name)
    }

    private mutating func next(_ name: String) async throws -> SMTPReply {
        guard let reply = try await replies.next() else { throw SMTPError.connectionClosed(name) }
        return reply
    }

    /// RFC 5321 4.5.2: a line that begins with "." gets another in front, so that no line of the
    /// mail can end the DATA section early; then the "." line that does end it. Done on bytes, since
    /// a "." followed by a combining mark is one Character to Swift but still a dot on the wire.
    static func dotStuffed(_ content: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(content.utf8.count + 16)
        var atLineStart = true
        for byte in content.utf8 {
            if atLineStart && byte == UInt8(ascii: ".") { buffer.writeInteger(byte) }
            buffer.writeInteger(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        buffer.writeString(".\r\n")
        return buffer
    }
}
