import Foundation
import Testing
@testable import OpenData

@Suite struct TmpDump {
    @Test func dump() throws {
        _ = DemoCatalogue.make()
        let inputs = DemoScript.recordLock.withLock { DemoScript.recorded.sorted() }
        let path = "/tmp/demo_inputs.txt"
        if !FileManager.default.fileExists(atPath: path) {
            try inputs.joined(separator: "\u{1E}").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let all = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\u{1E}")
        let out = all.map { DemoScript.cyrillic($0) + "\u{1F}" + DemoScript.russian($0) }
        try out.joined(separator: "\u{1E}").write(toFile: ProcessInfo.processInfo.environment["DUMP_OUT"] ?? "/tmp/demo_old.txt", atomically: true, encoding: .utf8)
    }
}
