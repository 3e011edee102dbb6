import OpenData

/// Periodicities as approving documents and list files write them, in Uzbek (both scripts), Russian,
/// Tajik and English, on top of the catalogue's own codes.
enum PeriodicityNames {
    static func parse(_ text: String) -> Frequency? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let code = Frequency(code: t) { return code }
        for (frequency, words) in words where words.contains(where: { t.contains($0) }) { return frequency }
        return nil
    }

    // Order matters: "yarim yillik" must be tried before "yillik", "полугод" before "год".
    private static let words: [(Frequency, [String])] = [
        (.semiannual, ["yarim yil", "ярим йил", "полугод", "нимсол", "half-year", "half year", "semiannual"]),
        (.daily, ["kunlik", "har kuni", "кунлик", "ежеднев", "ҳаррӯза", "daily"]),
        (.weekly, ["haftalik", "ҳафталик", "еженедел", "ҳарҳафта", "weekly"]),
        (.monthly, ["oylik", "har oy", "ойлик", "ежемесяч", "ҳармоҳа", "monthly"]),
        (.quarterly, ["chorak", "чорак", "квартал", "семоҳа", "quarterly"]),
        (.annual, ["yillik", "har yili", "йиллик", "ежегод", "годов", "солона", "annual", "yearly"]),
        (.onChange, ["oʻzgarish", "o'zgarish", "ўзгариш", "по мере", "при измен", "тағйир", "on change"]),
        (.irregular, ["nomuntazam", "номунтазам", "нерегуляр", "ғайримунтазам", "irregular"]),
    ]
}
