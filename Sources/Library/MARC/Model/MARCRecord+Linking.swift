/// Parallel scripts: MARC 21 keeps the vernacular form of a field (for example a Cyrillic title beside
/// its romanised 245) in an 880 field. Both fields carry `$6`: the regular field `880-NN`, the 880 field
/// `TAG-NN[/script[/r]]`, where NN is the occurrence number that pairs them (`00` = no regular partner).
extension MARCRecord {
    /// The 880 fields whose `$6` links them to `tag`, in record order.
    public func linkedFields(for tag: String) -> [MARCField] {
        fields.filter { field in
            guard field.tag == "880", let link = field.firstValue("6") else { return false }
            return MARCFieldLink(link)?.tag == tag
        }
    }

    /// The fields paired with `field` by `$6`: for a regular field its 880 partners, for an 880 field
    /// its regular partner. Occurrence `00` pairs with nothing.
    public func linkedFields(for field: MARCField) -> [MARCField] {
        guard let own = field.firstValue("6").flatMap(MARCFieldLink.init), own.occurrence != "00" else { return [] }
        let partnerTag = field.tag == "880" ? own.tag : "880"
        let expectedTag = field.tag == "880" ? "880" : field.tag
        return fields.filter { candidate in
            guard candidate.tag == partnerTag, let link = candidate.firstValue("6").flatMap(MARCFieldLink.init) else {
                return false
            }
            return link.tag == expectedTag && link.occurrence == own.occurrence
        }
    }
}
