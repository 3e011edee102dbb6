import Foundation
import ManbaCore

/// The words of the notices: Uzbek (Latin) first, then Russian and English, because organisations'
/// staff read Uzbek or Russian and the portal's operators also English. Subjects carry Uzbek and
/// Russian only, to stay short enough for a mail client's list. Dates are written as people in
/// Uzbekistan write them (15.02.2025); the deadline shown is the last day on which publishing counts
/// as on time.
enum NoticeTexts {
    struct Text: Equatable {
        let subject: String
        let body: String
    }

    static func upcoming(title: String, period: String?, lastDay: Date, daysLeft: Int) -> Text {
        let date = dotted(lastDay)
        let uzLeft = daysLeft == 0 ? "Bugun — oxirgi kun." : "Muddat tugashiga \(daysLeft) kun qoldi."
        let ruLeft = daysLeft == 0 ? "Сегодня последний день." : "До окончания срока осталось дней: \(daysLeft)."
        let enLeft = daysLeft == 0 ? "Today is the last day." : "Days left: \(daysLeft)."
        return Text(
            subject: "Muddat yaqinlashmoqda: «\(title)»\(parenthesised(period)), \(date) / Приближается срок публикации",
            body: paragraphs(
                "«\(title)» maʼlumotlar toʻplamini\(period.map { " \($0) davri uchun" } ?? "") ochiq maʼlumotlar portalida eʼlon qilish muddati — \(date) (shu kun ham kiradi). \(uzLeft)",
                "Набор данных «\(title)»\(period.map { " за период \($0)" } ?? "") необходимо опубликовать на портале открытых данных не позднее \(date) (включительно). \(ruLeft)",
                "The dataset “\(title)”\(period.map { " for the period \($0)" } ?? "") must be published on the open data portal by \(date) (inclusive). \(enLeft)"))
    }

    static func missed(title: String, period: String?, lastDay: Date) -> Text {
        let date = dotted(lastDay)
        return Text(
            subject: "Muddat oʻtdi: «\(title)»\(parenthesised(period)) / Срок публикации пропущен",
            body: paragraphs(
                "«\(title)» maʼlumotlar toʻplami\(period.map { " \($0) davri uchun" } ?? "") belgilangan muddatda (\(date)) eʼlon qilinmadi. Iltimos, uni imkon qadar tezroq eʼlon qiling: kechikish monitoring natijalarida hisobga olinadi.",
                "Набор данных «\(title)»\(period.map { " за период \($0)" } ?? "") не опубликован в установленный срок (\(date)). Пожалуйста, опубликуйте его как можно скорее: просрочка учитывается в результатах мониторинга.",
                "The dataset “\(title)”\(period.map { " for the period \($0)" } ?? "") was not published by its deadline (\(date)). Please publish it as soon as possible: the delay counts in the monitoring results."))
    }

    static func overdue(title: String, period: String?, lastDay: Date, days: Int) -> Text {
        let date = dotted(lastDay)
        return Text(
            subject: "\(days) kun kechikmoqda: «\(title)»\(parenthesised(period)) / Просрочка \(days) дн.",
            body: paragraphs(
                "«\(title)» maʼlumotlar toʻplami\(period.map { " \($0) davri uchun" } ?? "") hali ham eʼlon qilinmagan. Muddat (\(date)) oʻtganiga \(days) kun boʻldi.",
                "Набор данных «\(title)»\(period.map { " за период \($0)" } ?? "") всё ещё не опубликован. Срок (\(date)) истёк, дней просрочки: \(days).",
                "The dataset “\(title)”\(period.map { " for the period \($0)" } ?? "") has still not been published, \(days) days after its deadline (\(date))."))
    }

    /// One line per organisation with something overdue or missing, the worst first.
    struct DigestLine: Equatable {
        let organisation: String
        let overdue: Int
        let missing: Int
    }

    static func digest(day: Date, lines: [DigestLine]) -> Text {
        let date = dotted(day)
        let overdue = lines.reduce(0) { $0 + $1.overdue }, missing = lines.reduce(0) { $0 + $1.missing }
        let table = lines.isEmpty
            ? "Muddati oʻtgan yoki mavjud boʻlmagan majburiyatlar yoʻq. / Просроченных и отсутствующих нет. / Nothing is overdue or missing."
            : (["Tashkilot: muddati oʻtgan, mavjud emas / Организация: просрочено, отсутствует / Organisation: overdue, missing"]
                + lines.map { "- \($0.organisation): \($0.overdue), \($0.missing)" }).joined(separator: "\n")
        return Text(
            subject: "Monitoring \(date): muddati oʻtgan \(overdue), mavjud emas \(missing) / Мониторинг: просрочено \(overdue), отсутствует \(missing)",
            body: paragraphs(
                "\(date) holatiga koʻra monitoring natijalari: muddati oʻtgan majburiyatlar — \(overdue), maʼlumotlar toʻplami mavjud emas — \(missing).",
                "Результаты мониторинга на \(date): просроченных обязательств — \(overdue), наборов данных нет — \(missing).",
                "Monitoring results as of \(date): \(overdue) obligations overdue, \(missing) datasets missing.",
                table))
    }

    private static func parenthesised(_ period: String?) -> String { period.map { " (\($0))" } ?? "" }

    private static func paragraphs(_ parts: String...) -> String { parts.joined(separator: "\n\n") + "\n" }

    /// 15.02.2025
    static func dotted(_ day: Date) -> String {
        let iso = CalendarDay.string(day)   // yyyy-MM-dd
        return "\(iso.suffix(2)).\(iso.dropFirst(5).prefix(2)).\(iso.prefix(4))"
    }
}
