import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Fresh delegated powers for the matrix: a decision kept by 深圳市 and a power 龙华区 receives (the matrix's office, 深圳市's,
/// keeps the decision and edits the power from above; the other city's office sees neither).
extension PermissionWorld {
    var powerOffice: Principal {
        Principal(userId: 0, username: "p-setup", displayName: "深圳市委改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }

    func freshPowerDecision() async throws -> PowerDecisionRecord {
        try await services.powers.createDecision(
            .init(jurisdictionId: shenzhen.id, docNumber: "", title: "职权调整决定\(unique())", decidedOn: "2026-01-05", announcedOn: ""),
            by: powerOffice)
    }

    func freshPower(handedOver: Bool = false, evaluated: Bool = false) async throws -> DelegatedPowerRecord {
        let decision = try await freshPowerDecision()
        var power = try await services.powers.createPower(
            decisionId: decision.id,
            .init(
                jurisdictionId: longhua.id, number: "1", name: "职权事项", powerType: "licensing", method: "entrust", grantingDepartment: "",
                receivingDepartment: "", legalBasis: "", remarks: ""),
            by: powerOffice)
        if handedOver || evaluated {
            power = try await services.powers.recordHandover(
                power.id, handedOverOn: "2026-01-20", termStart: "", note: "", baseVersion: power.version, by: powerOffice)
        }
        if evaluated {
            _ = try await services.powers.recordEvaluation(
                power.id, evaluatedOn: "2026-10-01", conclusion: "good", summary: "", files: [], by: powerOffice)
        }
        return power
    }

    /// A power with one agreement file; the file's id.
    func freshPowerFile() async throws -> Int {
        let power = try await freshPower()
        let file = try services.evidence.check(filename: "a.pdf", data: Data("%PDF-1.4 \(unique())".utf8))
        try await services.powers.addAgreements(power.id, files: [file], by: powerOffice)
        return try #require(try await PowerQueries.files(of: power.id, on: sql).first).id
    }
}
