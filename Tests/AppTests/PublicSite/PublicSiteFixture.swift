import Foundation
import ReformCore

@testable import App

/// A published plan of 龙华区 (names shown down to responsible leaders) with a field, two tasks and a task held back with a
/// child; an unpublished plan; Shenzhen's published authorization batch (one item linked to a task) and an unpublished
/// batch; a public update; remarks and a hold reason that must stay inside the office.
struct PublicSiteFixture {
    let services: AppServices
    let plan: PlanRecord, hiddenPlan: PlanRecord
    let field: ItemRecord, task: ItemRecord, doneTask: ItemRecord, heldTask: ItemRecord, heldChild: ItemRecord
    let publishedBatch: AuthorizationBatchRecord, hiddenBatch: AuthorizationBatchRecord

    /// Text that must never appear on a public page, in open data or in the public API.
    static let secrets = [
        "未公开的方案", "暂不公开的任务", "暂不公开任务的下级", "李科长", "张三", "内部备注XYZ", "暂缓公开的理由QQ", "授权内部备注RR", "未公开的批次",
        "公开动态作者", "龙华区委改革办（p-office）"
    ]

    var office: Principal {
        Principal(userId: 0, username: "p-office", displayName: "公开动态作者", role: .office, jurisdictionId: shenzhenId, jurisdictionPath: shenzhenPath)
    }
    let shenzhenId: Int, shenzhenPath: String

    static func make(_ services: AppServices) async throws -> PublicSiteFixture {
        let f = Fixtures(services: services)
        let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: guangdong.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let unit = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id)
        let plan = try await f.plan("龙华区2020年改革要点", in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: unit.id)
        let task = try await f.item("推进商事登记确认制", plan: plan.id, parent: field.id, lead: unit.id, percent: 40)
        _ = try await f.update(task.id) { $0.remarks = "内部备注XYZ" }
        let doneTask = try await f.item("推行证照分离", plan: plan.id, parent: field.id, lead: unit.id, status: .done, percent: 100)
        let heldTask = try await f.item("暂不公开的任务", plan: plan.id, parent: field.id, lead: unit.id)
        let heldChild = try await f.item("暂不公开任务的下级", plan: plan.id, parent: heldTask.id, lead: unit.id)
        let hiddenPlan = try await f.plan("未公开的方案", in: longhua.id)
        _ = try await f.item("未公开方案的任务", plan: hiddenPlan.id, lead: unit.id)
        let office = Principal(
            userId: 0, username: "p-office", displayName: "公开动态作者", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
        let batch = try await services.authorizations.createBatch(
            .init(jurisdictionId: shenzhen.id, ordinal: "1", title: "首批授权事项清单", issuer: "", docNumber: "", issuedOn: "2020-10-11"), by: office)
        var input = AuthorizationFixture.input(1, jurisdiction: longhua.id, status: .landed, links: [task.id])
        input.remarks = "授权内部备注RR"
        _ = try await services.authorizations.createItem(batchId: batch.id, input, by: office)
        let hiddenBatch = try await services.authorizations.createBatch(
            .init(jurisdictionId: shenzhen.id, ordinal: "2", title: "未公开的批次", issuer: "", docNumber: "", issuedOn: "2021-01-11"), by: office)
        var hiddenInput = AuthorizationFixture.input(1, jurisdiction: longhua.id)
        hiddenInput.content = "未公开的批次的事项"
        _ = try await services.authorizations.createItem(batchId: hiddenBatch.id, hiddenInput, by: office)

        let publication = services.publication
        _ = try await publication.setSettings(planId: plan.id, .init(isPublished: true, namesLevel: "leader"), by: office)
        try await publication.hold(itemId: heldTask.id, reason: "暂缓公开的理由QQ", by: office)
        _ = try await publication.addUpdate(itemId: task.id, writtenOn: "2026-11-01", body: "已完成系统改造，正在试运行。", by: office)
        _ = try await publication.addUpdate(itemId: heldChild.id, writtenOn: "2026-11-02", body: "暂不公开任务的下级的动态", by: office)
        try await publication.setBatchPublished(batch.id, true, by: office)
        return PublicSiteFixture(
            services: services, plan: plan, hiddenPlan: hiddenPlan, field: field, task: task, doneTask: doneTask, heldTask: heldTask,
            heldChild: heldChild, publishedBatch: batch, hiddenBatch: hiddenBatch, shenzhenId: shenzhen.id, shenzhenPath: shenzhen.path)
    }
}
