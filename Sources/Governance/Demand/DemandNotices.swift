import Foundation
import Logging
import ManbaCore
import ManbaStore

/// Tells an organisation, in its cabinet inbox and its editors' mail, that a data request reached it or
/// that someone left feedback on one of its datasets. In Uzbek (Latin), Russian and English, as the
/// other notices. The requester's name and address are not in the message: the organisation sees them on
/// the request's page, and mail is forwarded further than a page.
///
/// A notice that cannot be posted is logged, not thrown: the request or feedback is stored already,
/// and the person who sent it should not see an error for the portal's own messaging.
public struct DemandNotices: Sendable {
    let notices: NoticeStore
    let logger: Logger
    /// The portal's address, to make the links in mails whole (`MANBA_SITE_URL`); paths alone without it.
    let siteURL: String

    public init(notices: NoticeStore, logger: Logger, siteURL: String = ProcessInfo.processInfo.environment["MANBA_SITE_URL"] ?? "") {
        self.notices = notices
        self.logger = logger
        self.siteURL = siteURL.hasSuffix("/") ? String(siteURL.dropLast()) : siteURL
    }

    func newRequest(_ request: DataRequest, organisationID: String) async {
        let link = siteURL + "/requests/" + request.id
        let due = request.answerDue.flatMap(Timestamp.parse).map(NoticeTexts.dotted) ?? "—"
        let excerpt = request.description.count > 600 ? String(request.description.prefix(600)) + "…" : request.description
        await post(to: organisationID, dedupeKey: "data-request:\(request.id):\(organisationID)",
                   subject: "Yangi maʼlumot soʻrovi: «\(request.title)» / Новый запрос данных",
                   body: [
                       "Tashkilotingizga maʼlumot soʻrovi keldi: «\(request.title)». Uni \(due) gacha qabul qiling yoki sababini koʻrsatib rad eting: \(link)",
                       "В вашу организацию поступил запрос данных: «\(request.title)». Примите его или отклоните с указанием причины до \(due): \(link)",
                       "A data request has reached your organisation: “\(request.title)”. Accept it, or decline it with a reason, by \(due): \(link)",
                       excerpt,
                   ].joined(separator: "\n\n") + "\n")
    }

    func newFeedback(_ feedback: DatasetFeedback, datasetName: String, datasetTitle: String) async {
        let link = siteURL + "/dataset/" + datasetName + "#feedback"
        await post(to: feedback.organisationID, dedupeKey: "feedback:\(feedback.id)",
                   subject: "Yangi fikr: «\(datasetTitle)» (\(feedback.rating)/5) / Новый отзыв о наборе данных",
                   body: [
                       "«\(datasetTitle)» maʼlumotlar toʻplamiga baho (\(feedback.rating)/5) va fikr qoldirildi. U tasdiqlangandan keyin eʼlon qilinadi: \(link)",
                       "О наборе данных «\(datasetTitle)» оставлен отзыв с оценкой \(feedback.rating)/5. Он будет опубликован после одобрения: \(link)",
                       "Feedback rated \(feedback.rating)/5 was left on the dataset “\(datasetTitle)”. It is published once approved: \(link)",
                       feedback.comment,
                   ].filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n")
    }

    /// Once per missed deadline (the dedupe key names the request and the stage), however often it runs.
    func overdueRequest(_ request: DataRequest, organisationID: String) async -> Bool {
        guard let overdue = request.overdue else { return false }
        let link = siteURL + "/requests/" + request.id
        let due = Timestamp.parse(overdue.due).map(NoticeTexts.dotted) ?? overdue.due
        let (uz, ru, en) = overdue.stage == .answer
            ? ("javob berish", "ответа", "to answer")
            : ("maʼlumotni eʼlon qilish", "публикации данных", "to publish the data")
        return await post(to: organisationID, dedupeKey: "data-request:\(request.id):overdue:\(overdue.stage.rawValue)",
                          subject: "Soʻrov muddati oʻtdi: «\(request.title)» / Просрочен запрос данных",
                          body: [
                              "«\(request.title)» soʻroviga \(uz) muddati (\(due)) oʻtdi: \(link)",
                              "Истёк срок \(ru) по запросу «\(request.title)» (\(due)): \(link)",
                              "The deadline \(en) for the request “\(request.title)” (\(due)) has passed: \(link)",
                          ].joined(separator: "\n\n") + "\n")
    }

    /// Tells the person who asked that their request moved on: accepted, in progress, published (with
    /// the dataset's link) or declined (with the reason). One mail per status, however often it is called.
    func statusChanged(_ request: DataRequest, requesterAddress: String, note: String?) async {
        let link = siteURL + "/requests/" + request.id
        let (uz, ru, en): (String, String, String) = switch request.status {
        case .submitted: ("qabul qilishni kutmoqda", "ожидает ответа", "is waiting for an answer")
        case .accepted: ("qabul qilindi", "принят", "has been accepted")
        case .inProgress: ("ustida ish olib borilmoqda", "в работе", "is being worked on")
        case .published: ("bajarildi: maʼlumot eʼlon qilindi", "выполнен: данные опубликованы", "is answered: the data is published")
        case .declined: ("rad etildi", "отклонён", "has been declined")
        }
        let dataset = request.datasetID.map { "\n\n" + siteURL + "/dataset/" + $0 } ?? ""
        let reason = note.map { "\n\n" + $0 } ?? ""
        do {
            try await notices.mail(to: requesterAddress, subject: "«\(request.title)»: \(uz) / \(ru)",
                                   body: [
                                       "Siz yuborgan «\(request.title)» maʼlumot soʻrovi \(uz): \(link)",
                                       "Ваш запрос данных «\(request.title)» \(ru): \(link)",
                                       "Your data request “\(request.title)” \(en): \(link)",
                                   ].joined(separator: "\n\n") + dataset + reason + "\n",
                                   dedupeKey: "data-request:\(request.id):requester:\(request.status.rawValue)")
        } catch {
            logger.error("requester not mailed", metadata: ["request": "\(request.id)", "error": "\(String(reflecting: error))"])
        }
    }

    @discardableResult
    private func post(to organisationID: String, dedupeKey: String, subject: String, body: String) async -> Bool {
        do {
            return try await notices.post(to: organisationID, subject: subject, body: body, dedupeKey: dedupeKey)
        } catch {
            logger.error("notice not posted", metadata: ["key": "\(dedupeKey)", "error": "\(String(reflecting: error))"])
            return false
        }
    }
}
