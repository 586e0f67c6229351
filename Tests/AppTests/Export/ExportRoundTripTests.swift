import Foundation
import HummingbirdTesting
import ReformCore
import ReformDemo
import Testing

@testable import App

/// Export then import gives back the same tree: numbers, titles, depth and parents, lead and participating
/// units, people, deadlines, expected results, policy documents, remarks, status and percents.
struct ExportRoundTripTests {
    /// Exports the plan through the page route, imports the file into a new plan in the same jurisdiction,
    /// and returns both trees.
    static func roundTrip(_ query: String, kind: ImportService.Kind, services: AppServices, client: some TestClientProtocol)
        async throws -> (original: [ExportLedger.Node], imported: [ExportLedger.Node], batch: ImportService.Batch)
    {
        let ledger = try await ExportLedger.make(Fixtures(services: services))
        let response = try await client.get("/ledger/export.\(kind.rawValue)?plan=\(ledger.plan.id)&" + query)
        #expect(response.status == .ok)
        let draft = try await services.imports.createDraft(
            .init(kind: kind, filename: "ledger.\(kind.rawValue)", data: Data(buffer: response.body)),
            target: ImportTarget(mode: .newPlan, jurisdictionId: ledger.district.id, title: "回读的台账", issueDate: "2020-05-08"),
            actor: "测试")
        #expect(draft.errorCount == 0, "\(draft.problems)")
        let committed = try await services.imports.commit(draft.record.id, actor: "测试")
        let sql = services.database.sql
        return (
            try await ExportLedger.tree(planId: ledger.plan.id, on: sql),
            try await ExportLedger.tree(planId: try #require(committed.record.planId), on: sql), draft
        )
    }

    @Test(arguments: [
        (ImportService.Kind.xlsx, "scope=all"), (.csv, "scope=all"), (.xlsx, "scope=all&lang=en"), (.csv, "scope=all&lang=en"),
        (.xlsx, "scope=all&per_field=1")
    ])
    func theWholePlanComesBackTheSame(kind: ImportService.Kind, query: String) async throws {
        try await TestApp.run { services, client in
            // given / when
            let (original, imported, batch) = try await Self.roundTrip(query, kind: kind, services: services, client: client)
            // then
            #expect(original.count == 11)
            #expect(imported == original)
            #expect(!batch.problems.contains { $0.severity == .warning && $0.code != "no_lead" }, "\(batch.problems)")
        }
    }

    /// The ledger's default view lists tasks and below under a 领域 column: the fields come back from that
    /// column as groups, by title, numbered 一、二、 by the import; what only the field rows carried (their
    /// lead unit, people, remarks) is not in the file.
    @Test(arguments: [ImportService.Kind.xlsx, .csv])
    func theDefaultViewBringsTheFieldsBackFromTheFieldColumn(kind: ImportService.Kind) async throws {
        try await TestApp.run { services, client in
            // given / when
            let (original, imported, _) = try await Self.roundTrip("", kind: kind, services: services, client: client)
            // then
            #expect(imported.count == original.count)
            for (index, (o, i)) in zip(original, imported).enumerated() {
                if o.depth == 0 {
                    #expect(i.title == o.title && i.depth == 0 && i.parent == nil && i.number == o.number && i.lead == nil, "row \(index): \(i)")
                } else {
                    #expect(i == o, "row \(index)")
                }
            }
        }
    }

    /// Every demo plan (the seed documents' real numbering, units, people and dates) exported whole and imported
    /// into a new plan of the same jurisdiction. Two things are not in an export and do not come back: the plan's
    /// roll-up rule (set again here) and item weights (the weighted plan's rolled-up percents are not compared);
    /// and an import sees only the units of its jurisdiction and above, so a plan whose items name units below
    /// (广州's grassroots projects, led by its districts) is refused with those units reported, not half-imported.
    /// Plans that cascaded items down are left out: their figures roll up copies, which an export does not carry.
    @Test func everyDemoPlanComesBackTheSame() async throws {
        try await TestApp.run(demo: true) { services, client in
            // given
            let f = Fixtures(services: services)
            let sql = services.database.sql
            var compared = 0
            let cascaded = Set(try await sql.all(CascadedPlan.self, "SELECT DISTINCT origin_plan_id FROM cascade_receipts").map(\.originPlanId))
            for plan in try await PlanQueries.all(on: sql) where !cascaded.contains(plan.id) {
                let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
                let selectable = Set(try await UnitQueries.selectable(for: jurisdiction, on: sql).map(\.id))
                let original = try await ExportLedger.tree(planId: plan.id, on: sql)
                let used = Set(original.flatMap { $0.participants + [$0.lead].compactMap { $0 } })
                // when
                let response = try await client.get("/ledger/export.xlsx?plan=\(plan.id)&scope=all")
                let draft = try await services.imports.createDraft(
                    .init(kind: .xlsx, filename: "demo.xlsx", data: Data(buffer: response.body)),
                    target: ImportTarget(
                        mode: .newPlan, jurisdictionId: plan.jurisdictionId, title: "回读：" + plan.title, issueDate: plan.issueDate ?? ""),
                    actor: "测试")
                // then
                guard used.isSubset(of: selectable) else {
                    let below = try await UnitQueries.byIDs(Array(used.subtracting(selectable)), on: sql).map(\.name)
                    let reported = Set(draft.problems.compactMap(\.unitName))
                    #expect(draft.errorCount > 0 && draft.problems.filter { $0.severity == .error }.allSatisfy { $0.code == "unknown_unit" })
                    #expect(reported == Set(below), "\(plan.title)")
                    continue
                }
                #expect(draft.errorCount == 0, "\(plan.title): \(draft.problems.filter { $0.severity == .error })")
                let committed = try await services.imports.commit(draft.record.id, actor: "测试")
                let importedId = try #require(committed.record.planId)
                if plan.rollupRule != RollupRule.mean.rawValue { try await f.setRule(importedId, RollupRule(rawValue: plan.rollupRule)!) }
                var imported = try await ExportLedger.tree(planId: importedId, on: sql)
                var expected = original
                if plan.rollupRule == RollupRule.weighted.rawValue {
                    for i in imported.indices { imported[i].rollupPercent = 0 }
                    for i in expected.indices { expected[i].rollupPercent = 0 }
                }
                #expect(imported.count == original.count, "\(plan.title)")
                for (o, i) in zip(expected, imported) where o != i {
                    Issue.record("\(plan.title):\n\(String(reflecting: o))\n\(String(reflecting: i))")
                    break
                }
                compared += 1
            }
            #expect(compared >= 4)
        }
    }

    private struct CascadedPlan: Decodable { var originPlanId: Int }
}
