import ManbaCore

/// The licences a dataset may carry. Ids follow CKAN's (and opendefinition.org's) so clients recognise them.
public struct Licence: Sendable, Equatable {
    public let id: String
    public let title: String
    public let url: String
    public let isOpen: Bool

    public static let all: [Licence] = [
        Licence(id: "cc-by-4.0", title: "Creative Commons Attribution 4.0", url: "https://creativecommons.org/licenses/by/4.0/", isOpen: true),
        Licence(id: "cc-by-sa-4.0", title: "Creative Commons Attribution Share-Alike 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/", isOpen: true),
        Licence(id: "cc0-1.0", title: "Creative Commons CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/", isOpen: true),
        Licence(id: "odc-odbl", title: "Open Data Commons Open Database License (ODbL)", url: "https://opendatacommons.org/licenses/odbl/", isOpen: true),
        Licence(id: "odc-by", title: "Open Data Commons Attribution License", url: "https://opendatacommons.org/licenses/by/", isOpen: true),
        Licence(id: "odc-pddl", title: "Open Data Commons Public Domain Dedication and License", url: "https://opendatacommons.org/licenses/pddl/", isOpen: true),
        Licence(id: "other-open", title: "Other (Open)", url: "", isOpen: true),
        Licence(id: "other-closed", title: "Other (Not Open)", url: "", isOpen: false),
        Licence(id: "notspecified", title: "License not specified", url: "", isOpen: false),
    ]

    public static func find(_ id: String) -> Licence? { all.first { $0.id == id } }
}
