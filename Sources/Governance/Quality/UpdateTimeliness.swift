import Foundation
import OpenData

/// The "updated in time" rule of the quality score, after uData's: a dataset is up to date when its last
/// data update (a new file, a changed link or a pushed version, from `DataUpdateLog`; never a metadata
/// edit) is no older than its declared frequency's period plus a grace for publishing late in the period.
///
/// This is a publisher's self-check on one dataset, not the monitoring of obligations: it asks "is the
/// data as fresh as the dataset promises?", with no calendar periods or deadlines from an approved list.
public enum UpdateTimeliness {
    /// The longest gap allowed between the last update and now, in days: the period plus its grace.
    /// Nil for frequencies without a period (irregular, on change).
    public static func allowedDays(for frequency: Frequency) -> Int? {
        switch frequency {
        case .daily: 1 + 1
        case .weekly: 7 + 3
        case .monthly: 31 + 15
        case .quarterly: 92 + 15
        case .semiannual: 183 + 30
        case .annual: 366 + 30
        case .irregular, .onChange: nil
        }
    }

    /// Whether a dataset with this frequency and last data update is up to date at `now`. Irregular and
    /// on-change datasets pass once they have been updated at all; no declared frequency never passes,
    /// since nobody can tell what "in time" would mean.
    public static func isInTime(frequency: Frequency?, lastUpdate: Date?, now: Date) -> Bool {
        guard let frequency, let lastUpdate else { return false }
        guard let days = allowedDays(for: frequency) else { return true }
        return now.timeIntervalSince(lastUpdate) <= TimeInterval(days) * 86_400
    }
}
