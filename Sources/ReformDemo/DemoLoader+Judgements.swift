import App
import ReformCore
import SQLKit

extension DemoLoader {
    /// The office of 深圳市's judgements (研判) of six of 龙华区's tasks for the last two months, so the ledger's 研判 column
    /// and filter, the dashboard's counts and the item page's history and trend show something; one task is judged red
    /// (with the offer to raise a matter), one got worse, one better.
    func loadJudgements() async throws {
        let sql = services.database.sql
        let today = services.clock.today
        guard let office = try await UserQueries.byUsername("office", on: sql)?.principal else { return }
        let tasks = try await sql.all(
            ItemRecord.self,
            """
            SELECT \(ItemQueries.columns) FROM plan_items WHERE jurisdiction_id IN (SELECT id FROM jurisdictions WHERE name = '龙华区')
              AND depth = 1 AND is_demo = \(bind: true) ORDER BY sort_key LIMIT 6
            """)
        let earlier = ReportingPeriod.containing(today.adding(days: -65), kind: .month)
        let later = ReportingPeriod.containing(today.adding(days: -35), kind: .month)
        let ratings: [[(ReportingPeriod, JudgementRating, String)]] = [
            [(earlier, .amberGreen, "进度基本可控，配套文件在征求意见"), (later, .amberRed, "关键节点滞后，需区级层面协调用地指标")],
            [(later, .red, "配套政策仍未出台，按期完成难度大")],
            [(earlier, .amberRed, "试点街道推进不平衡"), (later, .amberGreen, "已召开专题会协调，进度追上")],
            [(later, .green, "按计划推进")],
            [(later, .green, "已形成制度成果，待验收")],
            [(later, .amberGreen, "部门协同有待加强")]
        ]
        for (task, judged) in zip(tasks, ratings) {
            for (n, (period, rating, reason)) in judged.enumerated() {
                let at = today.adding(days: n == judged.count - 1 ? -3 : -33).iso + "T02:00:00.000Z"
                _ = try await services.judgements.record(
                    itemId: task.id, period: period.key, rating: rating.rawValue, reason: reason, by: office, at: at)
            }
        }
    }
}
