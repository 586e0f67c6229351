import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Obstacles on 龙华区's tasks, raised by the lead units: one escalated from 龙华区 to 深圳市 (the green channel) and
    /// answered there, one escalated and still waiting on 深圳市, and one waiting in 龙华区's own queue.
    func loadObstacles() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard let shenzhenOffice = try await UserQueries.byUsername("office", on: sql)?.principal,
            let longhua = try await sql.first(
                JurisdictionRecord.self,
                "SELECT id, name, level, division_code, parent_id, path, depth, version, created_at, updated_at FROM jurisdictions WHERE name = '龙华区'"
            )
        else { return }
        let liaisonAccount = try await UserQueries.byUsername("liaison", on: sql)?.principal
        let tasks = try await sql.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns) FROM plan_items WHERE jurisdiction_id = \(bind: longhua.id)
              AND depth = 1 AND lead_unit_id IS NOT NULL AND is_demo = \(bind: true)
            ORDER BY CASE WHEN lead_unit_id = \(bind: liaisonAccount?.unitId ?? 0) THEN 0 ELSE 1 END, sort_key LIMIT 3 OFFSET 1
            """)
        guard tasks.count == 3 else { return }
        // 龙华区's reform office has no demo account: it acts here under its own name.
        let longhuaOffice = Principal(
            userId: 0, username: "longhua-office", displayName: "龙华区委改革办（演示）", role: .office, jurisdictionId: longhua.id,
            jurisdictionPath: longhua.path)
        func unitPrincipal(_ task: ItemRecord) -> Principal {
            liaisonAccount.flatMap { $0.unitId == task.leadUnitId ? $0 : nil }
                ?? Principal(
                    userId: 0, username: "demo", displayName: "联络员（演示）", role: .liaison, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
                    unitId: task.leadUnitId)
        }
        func at(_ daysAgo: Int) -> String { today.adding(days: -daysAgo).iso + "T03:00:00.000Z" }

        // Escalated to 深圳市 and answered: the answer is back on the item.
        var answered = try await services.obstacles.raise(
            itemId: tasks[0].id,
            .init(
                kind: ObstacleKind.blockage.rawValue, whatBlocks: "企业开办涉及的市级社保、公积金登记系统未向区级开放数据接口，“一网通办”无法全流程线上办理",
                whatIsAsked: "请市政务服务数据管理局开放社保、公积金登记数据接口，支持区级系统对接", askedOf: "深圳市政务服务数据管理局"),
            by: unitPrincipal(tasks[0]), isDemo: true, at: at(30))
        answered = try await services.obstacles.escalate(
            answered.id, request: "区级无权限协调市级系统接口，提请市委改革办协调市政务服务数据管理局开放接口（专项专办）",
            respondBy: today.adding(days: -12).iso, baseVersion: answered.version, by: longhuaOffice, at: at(27))
        _ = try await services.obstacles.act(
            answered.id, .answer, comment: "已协调市政务服务数据管理局，一个月内向各区开放社保、公积金登记数据接口，请龙华区做好系统对接准备。",
            baseVersion: answered.version, by: shenzhenOffice, at: at(18))

        // Escalated to 深圳市 and waiting there (its queue and inbox).
        let waiting = try await services.obstacles.raise(
            itemId: tasks[1].id,
            .init(
                kind: ObstacleKind.difficulty.rawValue, whatBlocks: "改革试点需调整市级审批权限，区级无法自行突破",
                whatIsAsked: "请市级部门研究将相关审批事项委托龙华区实施", askedOf: "深圳市人民政府"),
            by: unitPrincipal(tasks[1]), isDemo: true, at: at(10))
        _ = try await services.obstacles.escalate(
            waiting.id, request: "涉及市级事权，提请市委改革办协调市级部门研究委托下放", baseVersion: waiting.version, by: longhuaOffice, at: at(8))

        // Waiting in 龙华区's queue for its office's decision.
        _ = try await services.obstacles.raise(
            itemId: tasks[2].id,
            .init(
                kind: ObstacleKind.painPoint.rawValue, whatBlocks: "群众反映办事需在多个窗口重复提交材料",
                whatIsAsked: "请区政务服务数据管理局牵头推动材料共享复用", askedOf: "龙华区政务服务数据管理局"),
            by: unitPrincipal(tasks[2]), isDemo: true, at: at(3))
    }
}
