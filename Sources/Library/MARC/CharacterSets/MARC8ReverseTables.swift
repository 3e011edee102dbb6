/// Unicode -> MARC-8 lookups built once from `MARC8Tables`.
enum MARC8ReverseTables {
    /// For every set, scalar value -> 7-bit code.
    private static let perSet: [[UInt32: UInt8]] = MARC8GraphicSet.all.map { set in
        var codes: [UInt32: UInt8] = [:]
        for (offset, entry) in set.table.enumerated() where entry != 0 {
            let scalar = entry & ~MARC8Tables.combiningFlag
            if codes[scalar] == nil { codes[scalar] = UInt8(0x21 + offset) }
        }
        return codes
    }

    /// Scalar value -> the preferred set and code: the first set in `MARC8GraphicSet.all` order
    /// (ASCII before ANSEL before the other scripts) that has it.
    private static let preferred: [UInt32: (MARC8GraphicSet, UInt8)] = {
        var table: [UInt32: (MARC8GraphicSet, UInt8)] = [:]
        for (index, set) in MARC8GraphicSet.all.enumerated() {
            for (scalar, code) in perSet[index] where table[scalar] == nil {
                table[scalar] = (set, code)
            }
        }
        return table
    }()

    static func location(of scalar: Unicode.Scalar) -> (set: MARC8GraphicSet, code: UInt8)? {
        preferred[scalar.value].map { (set: $0.0, code: $0.1) }
    }

    static func code(of scalar: Unicode.Scalar, in set: MARC8GraphicSet) -> UInt8? {
        guard let index = MARC8GraphicSet.all.firstIndex(of: set) else { return nil }
        return perSet[index][scalar.value]
    }
}
