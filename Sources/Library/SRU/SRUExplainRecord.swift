import ManbaCore

/// The ZeeRex record (`http://explain.z3950.org/dtd/2.0/`) that explain returns: where the server is,
/// what the database is called, which indexes and record schemas it has, and what its CQL supports.
enum SRUExplainRecord {
    static func xml(_ description: SRUExplainDescription, version: SRUVersion) -> String {
        var xml = XMLWriter()
        xml.open("explain", [("xmlns", SRUNamespaces.zeeRex)])

        xml.open("serverInfo", [("protocol", "SRU"), ("version", version.rawValue),
                                ("transport", description.transport), ("method", "GET")])
        xml.element("host", description.host)
        xml.element("port", description.port)
        xml.element("database", description.database)
        xml.close("serverInfo")

        xml.open("databaseInfo")
        for (position, title) in description.titles.enumerated() {
            var attributes = [("lang", title.language)]
            if position == 0 { attributes.append(("primary", "true")) }
            xml.element("title", title.text, attributes)
        }
        for text in description.descriptions {
            xml.element("description", text.text, [("lang", text.language)])
        }
        xml.close("databaseInfo")

        writeIndexInfo(description, into: &xml)
        writeSchemaInfo(description.schemas, into: &xml)
        writeConfigInfo(description, into: &xml)
        xml.close("explain")
        return xml.output
    }

    private static func writeIndexInfo(_ description: SRUExplainDescription, into xml: inout XMLWriter) {
        xml.open("indexInfo")
        for contextSet in description.contextSets {
            xml.emptyElement("set", [("name", contextSet.name), ("identifier", contextSet.identifier)])
        }
        let sortable = description.support.supportsSort
        for index in description.indexes {
            xml.open("index", [("id", index.qualifiedName), ("search", "true"), ("scan", "false"),
                               ("sort", String(sortable && index.sortable))])
            for title in index.titles {
                xml.element("title", title.text, [("lang", title.language)])
            }
            xml.open("map")
            xml.element("name", index.name, [("set", index.set)])
            xml.close("map")
            xml.close("index")
        }
        xml.close("indexInfo")
    }

    private static func writeSchemaInfo(_ schemas: [SRUSchemaDescription], into xml: inout XMLWriter) {
        guard !schemas.isEmpty else { return }
        xml.open("schemaInfo")
        for schema in schemas {
            var attributes = [("identifier", schema.identifier), ("name", schema.name)]
            if let location = schema.location { attributes.append(("location", location)) }
            attributes += [("sort", "false"), ("retrieve", "true")]
            xml.open("schema", attributes)
            xml.element("title", schema.title, [("lang", "en")])
            xml.close("schema")
        }
        xml.close("schemaInfo")
    }

    private static func writeConfigInfo(_ description: SRUExplainDescription, into xml: inout XMLWriter) {
        let support = description.support
        xml.open("configInfo")
        xml.element("default", String(description.defaultNumberOfRecords), [("type", "numberOfRecords")])
        xml.element("setting", String(description.maximumNumberOfRecords), [("type", "maximumRecords")])
        // In the order of the CQL specification, whatever the order of the set.
        for relation in CQLRelation.Kind.allCases where support.relations.contains(relation) {
            xml.element("supports", relation.rawValue, [("type", "relation")])
        }
        for modifier in support.relationModifiers.sorted() {
            xml.element("supports", modifier, [("type", "relationModifier")])
        }
        if support.booleanOperators.contains(.prox) { xml.emptyElement("supports", [("type", "proximity")]) }
        for modifier in support.booleanModifiers.sorted() {
            xml.element("supports", modifier, [("type", "booleanModifier")])
        }
        if support.supportsMasking {
            xml.element("supports", "*", [("type", "maskingCharacter")])
            xml.element("supports", "?", [("type", "maskingCharacter")])
        }
        if support.supportsAnchoring { xml.emptyElement("supports", [("type", "anchoring")]) }
        if support.supportsEmptyTerm { xml.emptyElement("supports", [("type", "emptyTerm")]) }
        if support.supportsSort { xml.emptyElement("supports", [("type", "sort")]) }
        xml.close("configInfo")
    }
}
