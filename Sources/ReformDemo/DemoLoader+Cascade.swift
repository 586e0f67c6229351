import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// The cascade (分解下达): 广东省's demo work points sent to 深圳市 and 广州市, placed there and sent on to 龙华区, 天河区 and
    /// 越秀区, with copies in every state: placed and in progress, done, late, signed but not placed, unsigned for weeks
    /// (flagged), and one withdrawn by the province; one request for more time granted, one pending.
    func loadCascade() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        func jurisdiction(_ name: String) async throws -> JurisdictionRecord? {
            try await sql.first(
                JurisdictionRecord.self,
                "SELECT id, name, level, division_code, parent_id, path, depth, version, created_at, updated_at FROM jurisdictions WHERE name = \(bind: name)"
            )
        }
        func unit(_ name: String) async throws -> Int? {
            try await sql.scalar(Int.self, column: "id", "SELECT id FROM units WHERE name = \(bind: name)")
        }
        guard let gd = try await jurisdiction("广东省"), let sz = try await jurisdiction("深圳市"), let gz = try await jurisdiction("广州市"),
            let lh = try await jurisdiction("龙华区"), let th = try await jurisdiction("天河区"), let yx = try await jurisdiction("越秀区"),
            let gdUnit = try await unit("广东省发展和改革委员会"), let szUnit = try await unit("深圳市发展和改革委员会"),
            let gzUnit = try await unit("广州市发展和改革委员会"), let lhUnit = try await unit("深圳市龙华区发展和改革局"),
            let thUnit = try await unit("广州市天河区人民政府"), let yxUnit = try await unit("广州市越秀区人民政府")
        else { return }
        func office(_ j: JurisdictionRecord, _ name: String) -> Principal {
            Principal(userId: 0, username: "demo-office", displayName: name, role: .office, jurisdictionId: j.id, jurisdictionPath: j.path)
        }
        let gdOffice = office(gd, "广东省委改革办（演示）"), szOffice = office(sz, "深圳市委改革办（演示）"), gzOffice = office(gz, "广州市委改革办（演示）")
        let lhOffice = office(lh, "龙华区委改革办（演示）"), thOffice = office(th, "天河区委改革办（演示）"), yxOffice = office(yx, "越秀区委改革办（演示）")
        func at(_ daysAgo: Int) -> String { today.adding(days: -daysAgo).iso + "T02:00:00.000Z" }
        func day(_ offset: Int) -> String { today.adding(days: offset).iso }

        let plan = try await services.plans.create(
            PlanDraft(
                title: "广东省全面深化改革重点任务分工（演示）", docNumber: "粤改办〔2026〕1号", issuer: "中共广东省委全面深化改革委员会办公室",
                jurisdictionID: gd.id, levelNames: "领域/任务/举措", rollupRule: RollupRule.mean.rawValue, warnDays: String(Schedule.defaultWarnDays)),
            actor: Self.actor, sourceNote: "演示：分解下达", isDemo: true)
        func item(_ title: String, parent: Int?, due: Int?) async throws -> ItemRecord {
            try await services.items.create(
                planId: plan.id, parentId: parent,
                PlanItemDraft(
                    title: title, leadUnitID: gdUnit, responsibleLeader: "分管副省长", deadline: due.map(day) ?? "",
                    weight: "1", status: LifecycleStatus.inProgress.rawValue, ownPercent: "0"),
                actor: Self.actor, isDemo: true)
        }
        let business = try await item("营商环境改革", parent: nil, due: nil)
        let m1 = try await item("推进企业开办和注销便利化，企业开办时间压减至1个工作日内", parent: business.id, due: 120)
        let m2 = try await item("深化工程建设项目审批制度改革，推行“拿地即开工”", parent: business.id, due: 150)
        let m3 = try await item("推进政务服务“一网通办”，省市县三级事项网上可办率达到95%以上", parent: business.id, due: 90)
        let factors = try await item("要素市场化配置改革", parent: nil, due: nil)
        let m4 = try await item("开展土地要素市场化配置改革试点", parent: factors.id, due: 200)

        func send(_ m: ItemRecord, to targets: [JurisdictionRecord], due: Int, daysAgo: Int, by who: Principal) async throws -> [Int:
            CascadeReceiptRecord]
        {
            let receipts = try await services.cascades.send(
                planId: m.planId, itemId: m.id,
                .init(
                    targetJurisdictionIds: targets.map(\.id), instruction: "请结合本地实际制定落实举措，明确牵头单位和完成时限，按月报送进展。",
                    deadline: day(due), leadUnitType: "发展改革部门"),
                by: who, isDemo: true, at: at(daysAgo))
            return Dictionary(uniqueKeysWithValues: receipts.map { ($0.targetJurisdictionId, $0) })
        }
        func place(_ r: CascadeReceiptRecord?, lead: Int, due: Int, daysAgo: Int, by who: Principal, planId: Int? = nil) async throws -> ItemRecord? {
            guard let r else { return nil }
            let placed = try await services.cascades.place(
                r.id, .init(planId: planId, leadUnitId: lead, responsibleLeader: "分管副职", responsiblePerson: "改革专班负责人", deadline: day(due)),
                baseVersion: r.version, by: who, at: at(daysAgo))
            let copies = try await sql.all(
                CopyRow.self,
                "SELECT copy_item_id FROM cascade_copies WHERE receipt_id = \(bind: placed.id) AND origin_item_id = \(bind: r.originItemId ?? 0)")
            guard let id = copies.first?.copyItemId else { return nil }
            return try await ItemQueries.require(id, on: sql)
        }
        func progress(_ item: ItemRecord?, _ percent: Int, _ status: LifecycleStatus = .inProgress) async throws {
            guard let item else { return }
            var draft = PlanItemDraft(record: item, participants: [])
            draft.ownPercent = String(percent)
            draft.status = status.rawValue
            _ = try await services.items.update(item.id, draft, baseVersion: item.version, amendment: .init(), actor: Self.actor)
        }

        let r1 = try await send(m1, to: [sz, gz], due: 100, daysAgo: 40, by: gdOffice)
        let r2 = try await send(m2, to: [sz, gz], due: 140, daysAgo: 40, by: gdOffice)
        let r3 = try await send(m3, to: [sz, gz], due: 80, daysAgo: 40, by: gdOffice)
        let r4 = try await send(m4, to: [sz, gz], due: 180, daysAgo: 12, by: gdOffice)

        // 深圳市 places the first two in a plan made for them and sends the first on to 龙华区; signs the third, not yet placed.
        let sz1 = try await place(r1[sz.id], lead: szUnit, due: 90, daysAgo: 35, by: szOffice)
        let sz2 = try await place(r2[sz.id], lead: szUnit, due: 130, daysAgo: 34, by: szOffice, planId: sz1?.planId)
        if let r = r3[sz.id] { _ = try await services.cascades.sign(r.id, baseVersion: r.version, by: szOffice, at: at(36)) }
        // 广州市 places the first two (the second already past its deadline: late), leaves the third unsigned for weeks.
        let gz1 = try await place(r1[gz.id], lead: gzUnit, due: 95, daysAgo: 33, by: gzOffice)
        let gz2 = try await place(r2[gz.id], lead: gzUnit, due: -3, daysAgo: 33, by: gzOffice, planId: gz1?.planId)
        // The province withdraws the land pilot from 广州市 (another city was chosen).
        if let r = r4[gz.id] { _ = try await services.cascades.cancel(r.id, reason: "试点改由深圳市承担", baseVersion: r.version, by: gdOffice, at: at(10)) }

        if let sz1 {
            let down = try await send(sz1, to: [lh], due: 80, daysAgo: 30, by: szOffice)
            let lh1 = try await place(down[lh.id], lead: lhUnit, due: 75, daysAgo: 28, by: lhOffice)
            try await progress(lh1, 60)
        }
        if let gz1 {
            let down = try await send(gz1, to: [th, yx], due: 85, daysAgo: 30, by: gzOffice)
            let th1 = try await place(down[th.id], lead: thUnit, due: 80, daysAgo: 27, by: thOffice)
            let yx1 = try await place(down[yx.id], lead: yxUnit, due: 80, daysAgo: 26, by: yxOffice)
            try await progress(th1, 50)
            try await progress(yx1, 100, .done)
        }
        try await progress(sz2, 20)
        try await progress(gz2, 30)

        // Requests for more time (申请延期): 深圳市's for the third task, granted by the province; 广州市's for the first,
        // waiting on the province.
        func version(_ r: CascadeReceiptRecord) async throws -> Int {
            try await sql.scalar(Int.self, column: "version", "SELECT version FROM cascade_receipts WHERE id = \(bind: r.id)") ?? r.version
        }
        if let r = r3[sz.id] {
            let asked = try await services.cascades.requestExtension(
                r.id, deadline: day(110), reason: "省市县三级事项清单需统一调整，系统改造需延长一个月。", baseVersion: try await version(r), by: szOffice,
                at: at(20))
            _ = try await services.cascades.decideExtension(
                asked.id, .accept, comment: "同意，请按新时限抓紧推进。", baseVersion: asked.version, by: gdOffice, at: at(18))
        }
        if let r = r1[gz.id] {
            _ = try await services.cascades.requestExtension(
                r.id, deadline: day(130), reason: "企业注销涉及多部门系统对接，需延后一个月。", baseVersion: try await version(r), by: gzOffice, at: at(3))
        }
    }

    private struct CopyRow: Decodable { var copyItemId: Int? }
}
