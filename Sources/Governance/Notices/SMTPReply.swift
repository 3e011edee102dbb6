import NIOCore

/// A complete reply of an SMTP server: one code and one or more lines of text (RFC 5321 4.2).
struct SMTPReply: Sendable, Equatable {
    let code: Int
    let lines: [String]

    var text: String { lines.joined(separator: " ") }
    var isPositive: Bool { (200..<400).contains(code) }
}

/// Reads replies off the wire: "250-first" lines continue a reply, "250 last" (or a bare "250")
/// ends it. A line longer than any SMTP server writes, or one without a code, is an error rather
/// than something to wait for.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    static let maximumLineLength = 4096

    private var code: Int?
    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLineLength { throw SMTPError.malformedReply("a line of more than \(Self.maximumLineLength) bytes") }
            return .needMoreData
        }
        var utf8 = buffer.readBytes(length: newline - buffer.readerIndex + 1)!
        // On bytes: to Swift, "\r\n" is one Character, neither "\r" nor "\n".
        while utf8.last == UInt8(ascii: "\n") || utf8.last == UInt8(ascii: "\r") { utf8.removeLast() }
        let line = String(decoding: utf8, as: UTF8.self)
        guard utf8.count >= 3, let code = Int(String(decoding: utf8[0..<3], as: UTF8.self)), (100..<600).contains(code),
              utf8.count == 3 || utf8[3] == UInt8(ascii: " ") || utf8[3] == UInt8(ascii: "-"),
              self.code == nil || self.code == code else {
            throw SMTPError.malformedReply(line)
        }
        lines.append(utf8.count > 4 ? String(decoding: utf8[4...], as: UTF8.self) : "")
        if utf8.count > 3, utf8[3] == UInt8(ascii: "-") {
            self.code = code
            return .continue
        }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines)))
        self.code = nil
        lines = []
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Closes the connection with `SMTPError.timeout` when the server takes longer than `timeout` to
/// reply. The clock starts when the connection opens (for the greeting) and with every write, and
/// stops at each complete reply, so it measures each reply, not the whole conversation.
final class SMTPReplyDeadline: ChannelDuplexHandler {
    typealias InboundIn = SMTPReply
    typealias InboundOut = SMTPReply
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let timeout: TimeAmount
    private var pending: Scheduled<Void>?
    private var waitingFor = "the greeting"

    init(timeout: TimeAmount) { self.timeout = timeout }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        pending?.cancel()
        pending = nil
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let buffer = unwrapOutboundIn(data)
        // Name the command in the error, but never what follows AUTH (credentials) or DATA's content.
        let command = buffer.getString(at: buffer.readerIndex, length: min(4, buffer.readableBytes)) ?? ""
        if ["EHLO", "HELO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"].contains(command.uppercased()) { waitingFor = "the reply to \(command)" }
        context.write(data, promise: promise)
        arm(context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        pending?.cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        pending?.cancel()
    }

    private func arm(_ context: ChannelHandlerContext) {
        pending?.cancel()
        let waitingFor = waitingFor
        pending = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            context.fireErrorCaught(SMTPError.timeout(waitingFor))
            context.close(promise: nil)
        }
    }
}
