import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

/// The public pages (改革进展公开): published plans by territory and field, an item with its dated updates and the
/// authorization items it carries out, the published authorization register, open data and the feed. No session is read;
/// every page is validated by `PublicCache` and reads only `PublicQueries`.
struct PublicPages: PageHandlers {
    let services: AppServices

    /// Sections other features add to the public home and the public item page (golden ideas).
    let homeSections: [@Sendable (AppServices, Language) async throws -> String]
    let itemSections: [@Sendable (AppServices, Int, Language) async throws -> String]
    let cache = PublicPageCache()

    private func cached(_ request: Request, _ context: AppRequestContext, _ build: () async throws -> PublicBody) async throws -> Response {
        try await PublicCache.respond(
            request, context, stamp: try await PublicQueries.stamp(on: sql), clock: services.clock, cache: cache, build: build)
    }

    private func page<View>(
        _ template: String, _ title: String, _ view: View, _ request: Request, _ context: AppRequestContext, isDemo: Bool = false, active: String
    ) -> PublicBody {
        PublicSite.page(template, title: title, view: view, services: services, context: context, request: request, isDemo: isDemo, active: active)
    }

    // MARK: Home

    func home(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            let l = context.language
            let plans = try await PublicQueries.plans(on: sql)
            let jurisdictions = try await PublicQueries.jurisdictions(of: plans, on: sql)
            var summaries: [Int: [PublicPlanSummary]] = [:]
            for plan in plans {
                let items = try await PublicQueries.items(of: plan, on: sql)
                var counts = PublicCounts()
                for i in items where i.isLeaf { counts.add(i.status) }
                let top = items.filter { $0.depth == 0 }
                let percent = top.isEmpty ? 0 : top.map(\.percent).reduce(0, +) / Double(top.count)
                summaries[plan.jurisdictionId, default: []].append(
                    .init(
                        title: plan.title, url: "/public/plans/\(plan.id)", docNumber: plan.docNumber.nonEmpty,
                        sentence: PublicSite.landedSentence(counts, words: plan.words, l), percent: PublicSite.percent(percent), isDemo: plan.isDemo))
            }
            let minDepth = jurisdictions.map(\.depth).min() ?? 0
            let territories = jurisdictions.map { j in
                PublicTerritory(name: j.name, depth: j.depth - minDepth, plans: summaries[j.id] ?? [], hasPlans: summaries[j.id] != nil)
            }
            let authorizations = try await PublicQueries.authorizations(on: sql)
            let updates = try await PublicQueries.updates(limit: 10, on: sql)
            var extra: [String] = []
            for section in homeSections { extra.append(try await section(services, l)) }
            let view = PublicHomeView(
                territories: territories, hasPlans: !plans.isEmpty, authorizationSentence: Self.authorizationSentence(authorizations, l),
                hasAuthorizations: !authorizations.isEmpty, updates: updates.map { Self.update($0, l) }, hasUpdates: !updates.isEmpty,
                downloads: Self.downloads("/public/plans", l), extraSections: extra.filter { !$0.isEmpty })
            return page(
                "publicsite/home", L10n.t("public.home.title", l), view, request, context, isDemo: plans.contains(where: \.isDemo), active: "home")
        }
    }

    static func downloads(_ base: String, _ l: Language) -> [PublicDownload] {
        PublicTable.formats.map { .init(label: $0.uppercased(), url: "\(base).\($0)") }
    }

    static func update(_ u: PublicUpdate, _ l: Language) -> PublicUpdateView {
        .init(
            date: L10n.date(u.writtenOn, l), isoDate: u.writtenOn, body: u.body, itemTitle: u.itemTitle, itemURL: "/public/items/\(u.itemId)",
            planTitle: u.planTitle)
    }

    // MARK: A plan

    func plan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await cached(request, context) {
            let l = context.language
            guard let plan = try await PublicQueries.plan(id, on: sql) else { throw AppError.notFound(entity: "plan", id: String(id)) }
            let items = try await PublicQueries.items(of: plan, on: sql)
            let chosen = request.uri.queryParameters.get("field").flatMap { Int($0) }
            let sections = Self.sections(items, plan: plan, l)
            let shown = chosen.map { c in sections.filter { $0.id == c } } ?? sections
            var counts = PublicCounts()
            for i in items where i.isLeaf { counts.add(i.status) }
            let statusData = LifecycleStatus.allCases.map { s in
                ChartDatum(label: plan.words.word(s, l), value: Double(counts.byStatus[s.rawValue, default: 0]), color: ChartPalette.color(for: s))
            }
            let statusChart = DonutChart.render(
                statusData, centerLabel: L10n.t("public.chart.leaves", l), centerValue: String(counts.total),
                title: L10n.t("public.chart.byStatus", l))
            let fieldChart = ProgressBars.render(
                sections.map { ChartDatum(label: $0.item.title, value: $0.item.percent, link: "/public/plans/\(plan.id)?field=\($0.id)") },
                title: L10n.t("public.chart.byField", l))
            var meta: [PublicFact] = [.init(label: L10n.t("public.plan.jurisdiction", l), value: plan.jurisdictionName)]
            if !plan.docNumber.isEmpty { meta.append(.init(label: L10n.t("public.plan.docNumber", l), value: plan.docNumber)) }
            if !plan.issuer.isEmpty { meta.append(.init(label: L10n.t("public.plan.issuer", l), value: plan.issuer)) }
            if let d = plan.issueDate { meta.append(.init(label: L10n.t("public.plan.issueDate", l), value: L10n.date(d, l))) }
            if let d = plan.publishedOn { meta.append(.init(label: L10n.t("public.plan.publishedOn", l), value: L10n.date(d, l))) }
            let updates = try await PublicQueries.updates(planId: plan.id, limit: 20, on: sql)
            let base = "/public/plans/\(plan.id)"
            let view = PublicPlanView(
                title: plan.title, meta: meta, sentence: PublicSite.landedSentence(counts, words: plan.words, l), statusChart: statusChart,
                fieldChart: fieldChart,
                fields: [PublicLink(label: L10n.t("public.plan.allFields", l), url: base, current: chosen == nil)]
                    + sections.map { PublicLink(label: $0.item.title, url: base + "?field=\($0.id)", current: chosen == $0.id) },
                sections: shown.map(\.view), hasSections: !shown.isEmpty, showsNames: plan.names != .none,
                updates: updates.map { Self.update($0, l) }, hasUpdates: !updates.isEmpty, downloads: Self.downloads(base + "/items", l))
            return page("publicsite/plan", plan.title, view, request, context, isDemo: plan.isDemo, active: "home")
        }
    }

    struct Section {
        var id: Int
        var item: PublicItem
        var view: PublicFieldSection
    }

    /// One section per top-level item (the plan's fields), holding what lies below it (itself when it has nothing below).
    static func sections(_ items: [PublicItem], plan: PublicPlan, _ l: Language) -> [Section] {
        let topDepth = items.map(\.depth).min() ?? 0
        let top = items.filter { $0.depth == topDepth }
        return top.map { field in
            let below = items.filter { $0.id != field.id && $0.path.hasPrefix(field.path) }
            let rows = below.isEmpty ? [field] : below
            var counts = PublicCounts()
            for i in rows where i.isLeaf { counts.add(i.status) }
            return Section(
                id: field.id, item: field,
                view: .init(
                    title: [field.number, field.title].filter { !$0.isEmpty }.joined(separator: " "), anchor: "field-\(field.id)",
                    sentence: PublicSite.landedSentence(counts, words: plan.words, l), rows: rows.map { row($0, plan: plan, base: field.depth, l) }))
        }
    }

    static func row(_ i: PublicItem, plan: PublicPlan, base: Int = 0, _ l: Language) -> PublicItemRow {
        let status = LifecycleStatus(rawValue: i.status) ?? .notStarted
        return .init(
            number: i.number, title: i.title, url: "/public/items/\(i.id)", depth: max(0, i.depth - base - 1), isField: i.depth == base && !i.isLeaf,
            leadUnit: i.leadUnit, deadline: PublicSite.date(i.deadline, l), statusWord: plan.words.word(status, l), status: i.status,
            percent: PublicSite.percent(i.percent),
            names: [i.responsibleLeader, i.responsiblePerson, i.handler].compactMap { $0 }.joined(separator: "、"))
    }

    // MARK: An item

    func item(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await cached(request, context) {
            let l = context.language
            guard let (item, plan) = try await PublicQueries.item(id, on: sql) else { throw AppError.notFound(entity: "item", id: String(id)) }
            let all = try await PublicQueries.items(of: plan, on: sql)
            let ancestors = PathRange.ids(in: item.path).dropLast().compactMap { a in all.first { $0.id == a } }
            let children = all.filter { $0.parentId == item.id }
            let status = LifecycleStatus(rawValue: item.status) ?? .notStarted
            var facts: [PublicFact] = []
            if !item.number.isEmpty { facts.append(.init(label: L10n.t("public.item.number", l), value: item.number)) }
            facts.append(.init(label: L10n.t("public.item.leadUnit", l), value: item.leadUnit))
            facts.append(.init(label: L10n.t("public.item.deadline", l), value: PublicSite.date(item.deadline, l)))
            if let n = item.responsibleLeader { facts.append(.init(label: L10n.t("public.item.leader", l), value: n)) }
            if let n = item.responsiblePerson { facts.append(.init(label: L10n.t("public.item.person", l), value: n)) }
            if let n = item.handler { facts.append(.init(label: L10n.t("public.item.handler", l), value: n)) }
            let updates = try await PublicQueries.updates(itemId: item.id, on: sql)
            let authorizations = try await PublicQueries.authorizations(linkedTo: item.id, on: sql)
            var extra: [String] = []
            for section in itemSections { extra.append(try await section(services, item.id, l)) }
            let view = PublicItemView(
                title: item.title, planTitle: plan.title, planURL: "/public/plans/\(plan.id)",
                breadcrumbs: [PublicLink(label: plan.title, url: "/public/plans/\(plan.id)")]
                    + ancestors.map { PublicLink(label: $0.title, url: "/public/items/\($0.id)") },
                facts: facts, status: item.status, statusWord: plan.words.word(status, l), percent: PublicSite.percent(item.percent),
                children: children.map { Self.row($0, plan: plan, base: item.depth, l) }, hasChildren: !children.isEmpty,
                updates: updates.map { Self.update($0, l) }, hasUpdates: !updates.isEmpty,
                authorizations: authorizations.map { Self.authorizationRow($0, l) }, hasAuthorizations: !authorizations.isEmpty,
                extraSections: extra.filter { !$0.isEmpty })
            return page("publicsite/item", item.title, view, request, context, isDemo: plan.isDemo, active: "home")
        }
    }

    // MARK: Authorizations

    static func authorizationRow(_ a: PublicAuthorization, _ l: Language) -> PublicAuthorizationRow {
        .init(
            number: a.number, area: a.area, content: a.content, grantingBody: a.grantingBody, jurisdiction: a.jurisdictionName,
            lawChange: a.needsLawChange ? (a.lawChange.isEmpty ? L10n.t("authorization.yes", l) : a.lawChange) : L10n.t("authorization.no", l),
            mode: L10n.t("approvalMode." + a.approvalMode, l), status: L10n.t("landingStatus." + a.status, l), statusCode: a.status,
            statusOn: L10n.date(a.statusOn, l))
    }

    static func authorizationSentence(_ items: [PublicAuthorization], _ l: Language) -> String {
        let landed = items.filter { $0.status == LandingStatus.landed.rawValue }.count
        let progressing = items.filter { $0.status != LandingStatus.landed.rawValue && $0.status != LandingStatus.notLanded.rawValue }.count
        return L10n.fill("authorization.counts.sentence", l, String(landed), String(items.count), String(progressing))
    }

    func authorizations(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            let l = context.language
            let items = try await PublicQueries.authorizations(on: sql)
            var order: [Int] = []
            var byBatch: [Int: [PublicAuthorization]] = [:]
            for a in items {
                if byBatch[a.batchId] == nil { order.append(a.batchId) }
                byBatch[a.batchId, default: []].append(a)
            }
            let chart = BarChart.horizontal(
                LandingStatus.allCases.map { s in
                    ChartDatum(label: L10n.t("landingStatus." + s.rawValue, l), value: Double(items.filter { $0.status == s.rawValue }.count))
                }, valueSuffix: l == .zh ? "项" : "", title: L10n.t("public.authorizations.chart", l))
            let view = PublicAuthorizationsView(
                sentence: Self.authorizationSentence(items, l), chart: chart,
                batches: order.map { b in
                    let rows = byBatch[b]!
                    return .init(
                        title: rows[0].batchJurisdiction + " · " + rows[0].batchTitle, sentence: Self.authorizationSentence(rows, l),
                        rows: rows.map { Self.authorizationRow($0, l) })
                }, hasBatches: !order.isEmpty, downloads: Self.downloads("/public/authorizations", l))
            return page(
                "publicsite/authorizations", L10n.t("public.authorizations.title", l), view, request, context,
                isDemo: items.contains(where: \.isDemo),
                active: "authorizations")
        }
    }

    // MARK: Open data

    func data(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            let l = context.language
            let plans = try await PublicQueries.plans(on: sql)
            let view = PublicDataView(
                datasets: [
                    PublicDataset(title: L10n.t("public.data.plans", l), downloads: Self.downloads("/public/plans", l)),
                    PublicDataset(title: L10n.t("public.authorizations.title", l), downloads: Self.downloads("/public/authorizations", l))
                ] + plans.map { PublicDataset(title: $0.title, downloads: Self.downloads("/public/plans/\($0.id)/items", l)) }
                    + [PublicDataset(title: L10n.t("public.data.feed", l), downloads: [.init(label: "Atom", url: "/public/updates.atom")])],
                licenseName: PublicSite.licenseName, licenseURL: PublicSite.licenseURL)
            return page("publicsite/data", L10n.t("public.data.title", l), view, request, context, active: "data")
        }
    }

    func plansData(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        try await cached(request, context) { try await PublicData.plans(sql: sql, context.language).body(format: format, context.language) }
    }

    func planData(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await cached(request, context) {
            guard let plan = try await PublicQueries.plan(id, on: sql) else { throw AppError.notFound(entity: "plan", id: String(id)) }
            return try await PublicData.items(plan, sql: sql, context.language).body(format: format, context.language)
        }
    }

    func authorizationsData(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        try await cached(request, context) {
            try await PublicData.authorizations(sql: sql, context.language).body(format: format, context.language)
        }
    }

    func feed(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            let updates = try await PublicQueries.updates(limit: 100, on: sql)
            let stamp = try await PublicQueries.stamp(on: sql)
            let xml = PublicFeed.atom(updates, updated: stamp, host: request.head.authority ?? "localhost", context.language)
            return PublicBody(bytes: ByteBuffer(string: xml), headers: [.contentType: "application/atom+xml; charset=utf-8"])
        }
    }
}
