import Foundation
import Testing
import ManbaCore
@testable import Library

/// The targets file that MANBA_SRU_TARGETS names.
struct FederatedTargetsTests {
    @Test func fullAndMinimalTargets() throws {
        let json = """
        {"deadline": 6, "targets": [
          {"id": "nlu", "name": {"uz-Latn": "Milliy kutubxona", "ru": "Национальная библиотека", "en": "National Library"},
           "url": "https://sru.natlib.example/Default?x-key=1", "version": "2.0", "recordSchema": "info:srw/schema/1/marcxml-v1.1",
           "recordPacking": "string", "indexes": {"title": "bath.title", "any": ""}, "timeout": 3.5, "maximumRecords": 20,
           "searchBothScripts": false, "repairDoubleEncoding": false},
          {"id": "zebra", "name": "Ўзбек каталоги", "url": "http://127.0.0.1:2100/Default"},
          {"id": "off", "name": "Off", "url": "http://off.example/", "enabled": false}
        ]}
        """
        let loaded = try FederatedTargets.decode(Data(json.utf8))
        #expect(loaded.deadline == 6)
        #expect(loaded.targets.map(\.id) == ["nlu", "zebra"])
        let nlu = loaded.targets[0]
        #expect(nlu.name.resolved(for: .ru) == "Национальная библиотека")
        #expect(nlu.baseURL.absoluteString == "https://sru.natlib.example/Default?x-key=1")
        #expect(nlu.version == .v2_0)
        #expect(nlu.recordSchema == "info:srw/schema/1/marcxml-v1.1")
        #expect(nlu.recordPacking == .string)
        #expect(nlu.indexes == FederatedTarget.Indexes(title: "bath.title", author: "dc.creator", any: ""))
        #expect(nlu.timeout == 3.5)
        #expect(nlu.maximumRecords == 20)
        #expect(!nlu.searchBothScripts && !nlu.repairDoubleEncoding)
        let zebra = loaded.targets[1]
        #expect(zebra.name[.uzCyrl] == "Ўзбек каталоги")
        #expect(zebra.name.resolved(for: .uzLatn) == "Oʻzbek katalogi")
        #expect(zebra.version == .v1_2 && zebra.recordSchema == "marcxml" && zebra.recordPacking == .xml)
        #expect(zebra.indexes == .standard && zebra.timeout == FederatedTarget.defaultTimeout && zebra.maximumRecords == 10)
        #expect(zebra.searchBothScripts && zebra.repairDoubleEncoding)
    }

    @Test func aBareArrayIsAList() throws {
        let loaded = try FederatedTargets.decode(Data(#"[{"id": "a", "name": "A", "url": "http://a.example/sru", "version": 1.2}]"#.utf8))
        #expect(loaded.targets.map(\.id) == ["a"])
        #expect(loaded.targets[0].version == .v1_2)
        #expect(loaded.deadline == FederatedSearch.defaultDeadline)
    }

    static let mistakes: [(String, String)] = [
        ("{", "not valid JSON"),
        (#"{"targets": {}}"#, #""targets" must be an array of targets"#),
        (#"{"targets": [], "timeout": 3}"#, #"the file: unknown key "timeout""#),
        (#"[{"name": "A", "url": "http://a.example/"}]"#, #"target 1: "id" must be a non-empty string"#),
        (#"[{"id": "a b", "name": "A", "url": "http://a.example/"}]"#, #"target 1 ("a b"): "id" must be"#),
        (#"[{"id": "a", "url": "http://a.example/"}]"#, #"target 1 ("a"): "name" must be a string or an object"#),
        (#"[{"id": "a", "name": {"fr": "A"}, "url": "http://a.example/"}]"#, #"unknown language "fr" in "name""#),
        (#"[{"id": "a", "name": "A", "url": "ftp://a.example/"}]"#, #""url" must be the http or https base URL"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "version": "1.0"}]"#, #""version" must be"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "timeout": 0}]"#, #""timeout" must be a number of seconds"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "timeout": true}]"#, #""timeout" must be a number of seconds"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "maximumRecords": 2.5}]"#, #""maximumRecords" must be a whole number"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "searchBothScripts": 1}]"#, #""searchBothScripts" must be true or false"#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "indexes": {"subject": "dc.subject"}}]"#, #"unknown key "subject""#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/", "timout": 3}]"#, #"target 1 ("a"): unknown key "timout""#),
        (#"[{"id": "a", "name": "A", "url": "http://a.example/"}, {"id": "a", "name": "B", "url": "http://b.example/"}]"#,
         #"target 2 ("a"): the id "a" is used twice"#),
    ]

    @Test(arguments: mistakes)
    func mistakesAreNamed(json: String, message: String) {
        #expect {
            try FederatedTargets.decode(Data(json.utf8))
        } throws: { error in
            guard let error = error as? FederatedTargets.ConfigurationError, error.message.contains(message) else {
                Issue.record("\(error) does not say \(message)")
                return false
            }
            return true
        }
    }

    /// tests/e2e/zebra/targets.json.in, with its placeholders filled as scripts/test fills them.
    @Test func theEndToEndTemplateLoads() throws {
        let template = try String(contentsOf: FederationFixtures.e2eZebraDirectory.appendingPathComponent("targets.json.in"), encoding: .utf8)
        let filled = template.replacingOccurrences(of: "@ZEBRA_URL@", with: "http://127.0.0.1:21210/Default")
            .replacingOccurrences(of: "@DEAD_URL@", with: "http://127.0.0.1:9/Default")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("targets-\(UUID().uuidString).json").path
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try #require(try FederatedTargets.fromEnvironment([FederatedTargets.environmentVariable: path]))
        #expect(loaded.targets.map(\.id) == ["zebra", "dead"])
        #expect(loaded.targets[0].baseURL.absoluteString == "http://127.0.0.1:21210/Default")
        #expect(try FederatedTargets.fromEnvironment([:]) == nil)
        #expect(throws: FederatedTargets.ConfigurationError.self) { try FederatedTargets.load(from: path + ".missing") }
    }
}
