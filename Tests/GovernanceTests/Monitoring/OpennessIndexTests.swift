import Testing
@testable import Governance

@Suite("Openness index") struct OpennessIndexTests {
    @Test func theThreePartsAreWeightedAndAMissingPartIsLeftOut() {
        let all = OpennessIndex(organisationID: "a", timeliness: 80, quality: 70, requestsDue: 4, requestsAnsweredInTime: 3)
        #expect(all.responsiveness == 75 && all.value == 76)   // 0.5·80 + 0.3·70 + 0.2·75
        let noRequests = OpennessIndex(organisationID: "b", timeliness: 80, quality: 70, requestsDue: 0, requestsAnsweredInTime: 0)
        #expect(noRequests.responsiveness == nil && noRequests.value == 76.3)   // (0.5·80 + 0.3·70) / 0.8
        #expect(OpennessIndex(organisationID: "c", timeliness: nil, quality: nil, requestsDue: 0, requestsAnsweredInTime: 0).value == nil)
    }
}
