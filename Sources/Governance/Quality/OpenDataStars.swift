import Foundation
import OpenData

/// Tim Berners-Lee's 5-star open data level of a dataset (docs/quality.md). Each star needs the ones
/// before it:
/// 1. on the web (at least one resource) with an open licence;
/// 2. a resource in a machine-readable, structured format (Excel counts);
/// 3. a resource in a non-proprietary format (CSV, JSON, XML, ...);
/// 4. a resource in RDF (RDF/XML, Turtle, JSON-LD, N-Triples, ...), which names things with URIs;
/// 5. 4 stars and links to other data: an extra `conforms_to`, `references`, `relation`, `same_as` or
///    `links_to` whose value is an http(s) URI. Manba cannot read inside RDF files, so the publisher
///    states the links in metadata, which is also where DCAT puts them.
/// A dataset without an open licence or without any resource has no star.
public enum OpenDataStars {
    public static let linkingExtraKeys: Set<String> = ["conforms_to", "references", "relation", "same_as", "links_to"]

    public static func level(of dataset: Dataset) -> Int {
        guard dataset.licenseID.flatMap(Licence.find)?.isOpen == true, !dataset.resources.isEmpty else { return 0 }
        let best = dataset.resources.map { DataFormat.of(format: $0.format, mimetype: $0.mimetype) }.max() ?? .notMachineReadable
        switch best {
        case .notMachineReadable: return 1
        case .proprietary: return 2
        case .open: return 3
        case .linkedData: return linksToOtherData(dataset) ? 5 : 4
        }
    }

    static func linksToOtherData(_ dataset: Dataset) -> Bool {
        dataset.extras.contains { extra in
            guard linkingExtraKeys.contains(extra.key.lowercased()),
                  let scheme = URL(string: extra.value.trimmingCharacters(in: .whitespaces))?.scheme?.lowercased() else { return false }
            return scheme == "http" || scheme == "https"
        }
    }
}
