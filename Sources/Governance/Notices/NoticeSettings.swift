import Foundation

/// When notices are due and how their mails leave.
///
/// Environment (all optional):
/// - `MANBA_NOTICE_DAYS_BEFORE`: days before a deadline to warn an organisation (default 7, 0-90).
/// - `MANBA_SMTP_HOST`, `MANBA_SMTP_PORT` (default 25), `MANBA_SMTP_FROM` (default `manba@localhost`),
///   `MANBA_SMTP_USERNAME`, `MANBA_SMTP_PASSWORD`: the relay that takes the mails.
/// - `MANBA_MONITORING_DIGEST_TO`: the monitoring staff's addresses for the daily digest, comma separated.
///
/// With no `MANBA_SMTP_HOST`, notices still reach the cabinet inboxes and their mails stay queued in
/// the outbox; they go out once a host is configured and the server restarted.
public struct NoticeSettings: Sendable, Equatable {
    public static let defaultDaysBefore = 7

    /// An upcoming-deadline notice is due this many days (or fewer) before the last day of a deadline.
    public var daysBefore: Int
    /// Nil when no SMTP host is configured: mails wait in the outbox.
    public var smtp: SMTPSettings?
    /// Where the daily digest for the monitoring staff is mailed (it is always in their inbox).
    public var digestRecipients: [String]

    public init(daysBefore: Int = defaultDaysBefore, smtp: SMTPSettings? = nil, digestRecipients: [String] = []) {
        self.daysBefore = daysBefore; self.smtp = smtp; self.digestRecipients = digestRecipients
    }

    /// Reads the variables above. A malformed number falls back to its default, so that a typo in a
    /// setting never keeps the server from starting; notices are still kept either way.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> NoticeSettings {
        let days = env["MANBA_NOTICE_DAYS_BEFORE"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return NoticeSettings(daysBefore: days.flatMap { (0...90).contains($0) ? $0 : nil } ?? defaultDaysBefore,
                              smtp: SMTPSettings.fromEnvironment(env),
                              digestRecipients: addresses(env["MANBA_MONITORING_DIGEST_TO"] ?? ""))
    }

    static func addresses(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The SMTP relay. Manba speaks plain SMTP without TLS (no STARTTLS): it is meant to hand mail to a
/// local MTA or a relay on loopback or a trusted network, which then delivers it onwards with TLS.
/// AUTH PLAIN/LOGIN is used when a username is set; over an untrusted network that would expose
/// the password, so keep the relay local.
public struct SMTPSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// The envelope sender and the From header.
    public var from: String
    public var username: String?
    public var password: String?
    /// The name this client gives in EHLO/HELO.
    public var heloName: String
    public var connectTimeout: Duration
    /// How long to wait for each reply of the server.
    public var replyTimeout: Duration

    public init(host: String, port: Int = 25, from: String = "manba@localhost", username: String? = nil, password: String? = nil,
                heloName: String = SMTPSettings.defaultHeloName, connectTimeout: Duration = .seconds(5), replyTimeout: Duration = .seconds(30)) {
        self.host = host; self.port = port; self.from = from; self.username = username; self.password = password
        self.heloName = heloName; self.connectTimeout = connectTimeout; self.replyTimeout = replyTimeout
    }

    public static var defaultHeloName: String {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty ? "localhost" : name
    }

    /// Nil when `MANBA_SMTP_HOST` is unset or empty.
    public static func fromEnvironment(_ env: [String: String]) -> SMTPSettings? {
        func value(_ key: String) -> String? {
            env[key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let host = value("MANBA_SMTP_HOST") else { return nil }
        let port = value("MANBA_SMTP_PORT").flatMap(Int.init).flatMap { (1...65535).contains($0) ? $0 : nil } ?? 25
        return SMTPSettings(host: host, port: port, from: value("MANBA_SMTP_FROM") ?? "manba@localhost",
                            username: value("MANBA_SMTP_USERNAME"), password: env["MANBA_SMTP_PASSWORD"])
    }
}

extension SMTPSettings: CustomStringConvertible {
    /// For logs: never shows the password.
    public var description: String { "smtp://\(username.map { $0 + "@" } ?? "")\(host):\(port) from \(from)" }
}
