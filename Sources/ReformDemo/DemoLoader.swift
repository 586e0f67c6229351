import App
import Foundation
import ReformCore
import SQLKit

/// Loads `DemoDataset.standard` through the same services the pages use, so the demo obeys every rule.
public struct DemoLoader: Sendable {
    let services: AppServices
    static let actor = "演示数据"

    func load(dataset: DemoDataset? = nil) async throws {
        let dataset = dataset ?? .standard(today: services.clock.today)
        var jurisdictionIDs: [String: Int] = [:]
        for j in dataset.jurisdictions {
            let saved = try await services.jurisdictions.create(
                JurisdictionDraft(
                    name: j.name, level: j.level.rawValue, divisionCode: j.divisionCode,
                    parentID: j.parentKey.flatMap { jurisdictionIDs[$0] }), actor: Self.actor)
            jurisdictionIDs[j.key] = saved.id
        }
        var unitIDs: [String: Int] = [:]
        for u in dataset.units {
            let saved = try await services.units.create(
                UnitDraft(jurisdictionID: jurisdictionIDs[u.jurisdictionKey], name: u.name, shortNames: u.shortNames.joined(separator: "、")),
                actor: Self.actor)
            unitIDs[u.key] = saved.id
        }
        for p in dataset.plans {
            let plan = try await services.plans.create(
                PlanDraft(
                    title: p.title, docNumber: p.docNumber, issuer: p.issuer, issueDate: p.issueDate?.iso ?? "",
                    periodStart: p.periodStart?.iso ?? "", periodEnd: p.periodEnd?.iso ?? "",
                    jurisdictionID: jurisdictionIDs[p.jurisdictionKey], levelNames: p.levelNames.joined(separator: "/"),
                    rollupRule: p.rule.rawValue, warnDays: String(Schedule.defaultWarnDays)),
                actor: Self.actor, sourceNote: p.source, isDemo: true)
            for item in p.items { try await insert(item, planId: plan.id, parentId: nil, unitIDs: unitIDs) }
        }
        let hash = services.hasher.hash(DemoDataset.userPassword)
        for u in dataset.users {
            _ = try await services.users.create(
                UserService.Input(
                    username: u.username, displayName: u.displayName, role: u.role.rawValue,
                    jurisdictionId: u.jurisdictionKey.flatMap { jurisdictionIDs[$0] }, unitId: u.unitKey.flatMap { unitIDs[$0] }),
                passwordHash: hash, actor: Self.actor)
        }
        try await loadReporting()
        try await loadMatters()
        try await loadInspections()
        try await loadJudgements()
        try await loadObstacles()
        try await loadNotices()
        try await loadCascade()
        try await loadMeetings()
        try await loadYearEnd()
        try await loadAuthorizations()
        try await loadPowers()
        try await loadGrassroots()
        try await loadEvaluation()
        try await loadReplication()
        try await loadPublic()
    }

    private func insert(_ item: DemoItem, planId: Int, parentId: Int?, unitIDs: [String: Int]) async throws {
        let draft = PlanItemDraft(
            number: item.number, title: item.title, content: item.content, leadUnitID: unitIDs[item.leadUnitKey],
            participantUnitIDs: item.participantKeys.compactMap { unitIDs[$0] }, responsibleLeader: item.responsibleLeader,
            responsiblePerson: item.responsiblePerson, handler: item.handler, startDate: item.start?.iso ?? "",
            deadline: item.deadline?.iso ?? "", expectedResults: item.expectedResults, resultForm: item.resultForm,
            policyDocuments: item.policyDocuments, remarks: item.remarks, weight: ItemService.Values.format(item.weight),
            status: item.status.rawValue, ownPercent: ItemService.Values.format(item.percent))
        let saved = try await services.items.create(planId: planId, parentId: parentId, draft, actor: Self.actor)
        for amendment in item.amendments {
            let daysAgo = max(0, amendment.on.days(until: services.clock.today))
            let at = services.clock.timestamp(in: -Double(daysAgo) * 86400)
            _ = try await services.items.amend(
                saved.id, newDeadline: amendment.newDeadline.iso,
                input: .init(reason: amendment.reason, approvedBy: amendment.approvedBy ?? "", at: at),
                baseVersion: nil, actor: amendment.changedBy)
        }
        for child in item.children { try await insert(child, planId: planId, parentId: saved.id, unitIDs: unitIDs) }
    }
}
