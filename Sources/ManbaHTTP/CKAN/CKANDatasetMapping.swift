import Foundation
import ManbaCore
import ManbaStore
import OpenData

/// Turns datasets, resources and organisations into CKAN's dictionaries (`CKANDatasetInput` reads them back).
///
/// Multilingual fields follow ckanext-fluent: `title` is a plain string (the text in the requested
/// language, or the original when no language was asked for) and `title_translated` holds every language.
struct CKANDatasetMapping {
    let siteURL: String
    /// nil: no language asked for, so plain fields carry the text as it was entered.
    let language: Language?
    let organisations: [String: Organisation]
    let groups: [String: Organisation]

    func text(_ t: LocalizedText) -> String {
        if let language { return t.resolved(for: language) }
        return t.original
    }

    func dictionary(_ d: Dataset) -> [String: Any] {
        let licence = d.licenseID.flatMap(Licence.find)
        var dict: [String: Any] = [
            "id": d.id, "name": d.name, "type": "dataset", "state": d.state,
            "title": text(d.title), "title_translated": translations(d.title),
            "notes": text(d.notes), "notes_translated": translations(d.notes),
            "owner_org": d.ownerOrg, "private": d.isPrivate,
            "license_id": d.licenseID ?? NSNull(), "license_title": licence?.title ?? NSNull(),
            "license_url": licence?.url ?? NSNull(), "isopen": licence?.isOpen ?? false,
            "tags": d.tags.map { ["name": $0, "display_name": $0, "state": "active"] },
            "num_tags": d.tags.count,
            "extras": d.extras.map { ["key": $0.key, "value": $0.value] },
            "groups": d.groups.compactMap { groups[$0].map(groupSummary) },
            "resources": d.resources.enumerated().map { resourceDictionary($0.element, datasetID: d.id, position: $0.offset) },
            "num_resources": d.resources.count,
            "metadata_created": d.created, "metadata_modified": d.modified,
            "creator_user_id": d.creatorUserID ?? NSNull(),
            "author": d.author ?? NSNull(), "author_email": d.authorEmail ?? NSNull(),
            "maintainer": d.maintainer ?? NSNull(), "maintainer_email": d.maintainerEmail ?? NSNull(),
            "url": d.sourceURL ?? NSNull(), "version": d.version ?? NSNull(),
            "frequency": d.frequency?.rawValue ?? NSNull(),
            "temporal_start": d.temporalStart ?? NSNull(), "temporal_end": d.temporalEnd ?? NSNull(),
            "spatial": d.spatial ?? NSNull(),
            "socially_significant": d.sociallySignificant, "legal_reference": d.legalReference ?? NSNull(),
            "classification": d.classification.code,
        ]
        if let org = organisations[d.ownerOrg] { dict["organization"] = organisationSummary(org) }
        return dict
    }

    func resourceDictionary(_ r: Resource, datasetID: String, position: Int) -> [String: Any] {
        [
            "id": r.id, "package_id": datasetID, "position": position, "state": "active",
            "name": text(r.name), "name_translated": translations(r.name),
            "description": text(r.description), "format": r.format, "mimetype": r.mimetype ?? NSNull(),
            "url": r.isUpload ? siteURL + r.url : r.url, "url_type": r.urlType ?? NSNull(),
            "size": r.size ?? NSNull(), "hash": r.hash ?? "", "language": r.language ?? NSNull(),
            "created": r.created, "last_modified": r.lastModified ?? NSNull(),
        ]
    }

    func organisationSummary(_ o: Organisation) -> [String: Any] {
        [
            "id": o.id, "name": o.name, "title": text(o.title), "title_translated": translations(o.title),
            "description": text(o.description), "type": o.kind.rawValue, "is_organization": o.kind == .organization,
            "state": o.state, "image_url": o.imageURL ?? "", "created": o.created,
            "approval_status": "approved",
        ]
    }

    func groupSummary(_ g: Organisation) -> [String: Any] {
        ["id": g.id, "name": g.name, "title": text(g.title), "display_name": text(g.title), "description": text(g.description), "image_display_url": g.imageURL ?? ""]
    }

    func organisationDictionary(_ o: Organisation, datasetCount: Int, parentName: String?) -> [String: Any] {
        var dict = organisationSummary(o)
        dict["display_name"] = text(o.title)
        dict["description_translated"] = translations(o.description)
        dict["package_count"] = datasetCount
        dict["region"] = o.region ?? NSNull()
        dict["parent"] = parentName ?? NSNull()
        dict["groups"] = parentName.map { [["name": $0]] } ?? []
        return dict
    }

    func translations(_ t: LocalizedText) -> [String: String] {
        Dictionary(uniqueKeysWithValues: t.values.map { ($0.key.rawValue, $0.value) })
    }
}

extension LocalizedText {
    /// The text as it was entered: Uzbek Latin if present, else the first language present.
    var original: String {
        for language in [Language.uzLatn, .uzCyrl, .ru, .en, .tg] { if let v = self[language] { return v } }
        return ""
    }
}
