import Foundation
import ManbaCore
import OpenData

/// What the quality score checks, each with its weight out of 100 (docs/quality.md). The weights follow
/// what most stops reuse: without an open licence, open formats or fresh data a dataset cannot be used at
/// all; without coverage or a contact it is harder to judge.
public enum QualityCriterion: String, Sendable, CaseIterable, Codable {
    case openLicence = "open_licence"
    case description
    case frequency
    case updatedInTime = "updated_in_time"
    case temporalCoverage = "temporal_coverage"
    case spatialCoverage = "spatial_coverage"
    case openFormats = "open_formats"
    case workingLinks = "working_links"
    case documentation
    case contactPoint = "contact_point"

    public var id: String { rawValue }

    public var weight: Int {
        switch self {
        case .openLicence, .updatedInTime, .openFormats: 15
        case .description, .frequency, .workingLinks, .documentation: 10
        case .temporalCoverage, .spatialCoverage, .contactPoint: 5
        }
    }
}

/// Everything the criteria look at besides the dataset itself.
public struct QualityEvidence: Sendable {
    /// The dataset's last data update, from `DataUpdateLog`.
    public var lastDataUpdate: Date?
    /// The latest link checks of the dataset's resources.
    public var linkChecks: [LinkCheck]
    public var now: Date

    public init(lastDataUpdate: Date?, linkChecks: [LinkCheck], now: Date) {
        self.lastDataUpdate = lastDataUpdate; self.linkChecks = linkChecks; self.now = now
    }
}

/// The rules of each criterion, as pure functions of a dataset and its evidence.
public enum QualityCriteria {
    /// A description shorter than this, in every language, says too little to find or judge the data.
    public static let minimumDescriptionWords = 15
    /// A description this long is taken as documentation in itself.
    public static let documentationDescriptionWords = 80
    /// Extras whose value is a link to documentation.
    public static let documentationExtraKeys: Set<String> = ["documentation", "data_dictionary"]
    /// Words that mark a resource as documentation rather than data, in the five languages; matched on
    /// script-folded resource names, so either Uzbek script finds them.
    public static let documentationWords: [String] = [
        "documentation", "data dictionary", "readme", "hujjatlar", "hujjatnoma", "maʼlumotlar lugʻati",
        "документация", "словарь данных", "ҳуҷҷатгузорӣ", "луғати маълумот",
    ].map(ScriptFolding.matchKey)

    public static func passes(_ criterion: QualityCriterion, _ dataset: Dataset, _ evidence: QualityEvidence) -> Bool {
        switch criterion {
        case .openLicence:
            return dataset.licenseID.flatMap(Licence.find)?.isOpen ?? false
        case .description:
            return longestDescription(dataset) >= minimumDescriptionWords
        case .frequency:
            return dataset.frequency != nil
        case .updatedInTime:
            return UpdateTimeliness.isInTime(frequency: dataset.frequency, lastUpdate: evidence.lastDataUpdate, now: evidence.now)
        case .temporalCoverage:
            // An ongoing series has a start and no end yet; either bound says which period the data is about.
            return dataset.temporalStart != nil || dataset.temporalEnd != nil
        case .spatialCoverage:
            return !(dataset.spatial ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        case .openFormats:
            return dataset.resources.contains { DataFormat.of(format: $0.format, mimetype: $0.mimetype).isOpen }
        case .workingLinks:
            return brokenLinks(dataset, evidence.linkChecks).isEmpty
        case .documentation:
            return hasDocumentation(dataset)
        case .contactPoint:
            return [dataset.maintainerEmail, dataset.authorEmail].contains { !($0 ?? "").isEmpty }
        }
    }

    /// Words in the description's longest language: runs of text between spaces that hold a letter or a digit.
    public static func longestDescription(_ dataset: Dataset) -> Int {
        dataset.notes.values.values.map(wordCount).max() ?? 0
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// The link resources whose last check, made on their current URL, failed. Links not checked yet do
    /// not count against a dataset: the check runs periodically and will reach them.
    public static func brokenLinks(_ dataset: Dataset, _ checks: [LinkCheck]) -> [LinkCheck] {
        let current = Dictionary(dataset.resources.filter { !$0.isUpload }.map { ($0.id, $0.url) }, uniquingKeysWith: { a, _ in a })
        return checks.filter { !$0.ok && current[$0.resourceID] == $0.url }
    }

    static func hasDocumentation(_ dataset: Dataset) -> Bool {
        if dataset.extras.contains(where: { documentationExtraKeys.contains($0.key.lowercased()) && !$0.value.isEmpty }) { return true }
        let documents = dataset.resources.contains { resource in
            let name = ScriptFolding.matchKey(resource.name.allText)
            return documentationWords.contains { name.contains($0) }
        }
        return documents || longestDescription(dataset) >= documentationDescriptionWords
    }
}
