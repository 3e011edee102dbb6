import ManbaCore

// The public shape of the demo catalogue: plain values that a loader turns into organisations, themes,
// datasets and resources. Nothing here knows about storage.

/// A publishing body: a ministry, agency, committee, state company or regional administration (hokimlik).
public struct DemoOrganisation: Sendable {
    /// URL slug, `[a-z0-9-_]`, 2-100 characters.
    public let name: String
    public let title: LocalizedText
    public let description: LocalizedText
    /// The slug of the body this one is subordinate to (an agency under a ministry, a city under a region).
    public let parentName: String?
    /// The region the body sits in, in Uzbek Latin: "Toshkent shahri", "Samarqand viloyati", ...
    public let region: String
}

/// A sphere (theme) that datasets are filed under.
public struct DemoTheme: Sendable {
    public let name: String
    public let title: LocalizedText
    public let description: LocalizedText
}

/// One downloadable file of a dataset; always a CSV table here.
public struct DemoResource: Sendable {
    public let name: LocalizedText
    public let format: String
    /// The language the table's headers and text cells are written in.
    public let language: Language
    /// UTF-8 CSV, header row first, RFC 4180 quoting, CRLF-free (`\n` line ends).
    public let csv: String
}

/// One dataset with its metadata and resources.
public struct DemoDataset: Sendable {
    public let name: String
    public let title: LocalizedText
    public let notes: LocalizedText
    public let organisationName: String
    public let themeNames: [String]
    public let tags: [String]
    public let licenseID: String
    public let frequency: String
    public let temporalStart: String?
    public let temporalEnd: String?
    public let spatial: String?
    public let maintainer: String
    public let maintainerEmail: String
    /// Socially significant data in the sense of decree PF-6247, annex 1.
    public let sociallySignificant: Bool
    public let legalReference: String?
    public let resources: [DemoResource]
}
