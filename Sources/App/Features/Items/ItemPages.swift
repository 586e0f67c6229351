import Hummingbird
import ReformCore

struct ItemPages: PageHandlers {
    let services: AppServices

    func item(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let item = try await AccessGuard(context, sql: sql).readItem(id).item
        return try await itemPage(item, amendIssues: [], amendValues: [:], request: request, context: context)
    }

    func itemPage(
        _ item: ItemRecord, amendIssues: [ValidationIssue], amendValues: [String: String], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok,
        sectionState: [String: any Sendable] = [:]
    ) async throws -> Response {
        let l = context.language
        let plan = try await PlanQueries.require(item.planId, on: sql)
        let ancestors = try await ItemQueries.byIDs(PathRange.ids(in: item.path).filter { $0 != item.id }, on: sql).sorted { $0.depth < $1.depth }
        let children = try await ItemQueries.children(of: item.id, on: sql)
        let participants = try await ItemQueries.participants(of: [item.id], on: sql)
        let edit = Access.itemEdit(
            jurisdictionPath: item.jurisdictionPath, leadUnitId: item.leadUnitId,
            participantUnitIds: participants.map(\.unitId), try context.requirePrincipal())
        let lead = try await item.leadUnitId.asyncMap { try await UnitQueries.find($0, on: sql) } ?? nil
        let amendments = try await ItemQueries.amendments(of: item.id, on: sql)
        let history = try await ItemQueries.history(entity: "item", id: item.id, on: sql)
        let text = try await ChangeText.load(history.map(\.changeMap), language: l, timeZone: services.clock.timeZone, on: sql)
        let today = services.clock.today
        let light = item.light(today: today, warnDays: plan.warnDays)
        // The words an imported plan gave for the deadline ("2022年10月底前", "长期坚持").
        let deadlineText =
            try await sql.scalar(
                String.self, column: "deadline_text",
                "SELECT deadline_text FROM plan_items WHERE id = \(bind: item.id)") ?? ""
        let fieldRows: [(String, String)] = [
            ("import.deadlineWords", deadlineText),
            ("field.content", item.content), ("col.lead", lead?.name ?? ""),
            ("col.participants", participants.map(\.name).joined(separator: "、")),
            ("col.leader", item.responsibleLeader), ("col.person", item.responsiblePerson), ("col.handler", item.handler),
            ("field.startDate", L10n.date(item.startDate, l)), ("col.expected", item.expectedResults),
            ("field.resultForm", item.resultForm), ("col.policies", item.policyDocuments), ("col.remarks", item.remarks),
            ("field.weight", ItemService.Values.format(item.weight))
        ]
        let view = ItemPageView(
            item: .init(
                id: item.id, number: item.number, title: item.title, levelName: plan.levelName(depth: item.depth),
                status: L10n.status(item.status, l), statusKey: item.status, light: light.rawValue, lightName: L10n.light(light, l),
                own: L10n.percent(item.ownPercent), derived: L10n.percent(item.derivedPercent), hasDerived: item.derivedPercent != nil,
                percentValue: item.rollupPercent,
                originalDeadline: item.originalDeadline.map { L10n.date($0, l) } ?? L10n.t("item.noDeadline", l),
                currentDeadline: item.currentDeadline.map { L10n.date($0, l) } ?? L10n.t("item.noDeadline", l),
                currentDeadlineISO: item.currentDeadline ?? "",
                deadlineChanged: item.currentDeadline != item.originalDeadline, delayCount: item.delayCount, version: item.version),
            details: fieldRows.filter { !$0.1.isEmpty }.map { .init(label: L10n.t($0.0, l), value: $0.1) },
            plan: PlanSummaryView(plan, l),
            ancestors: ancestors.map { .init(id: $0.id, label: $0.number + $0.title) },
            children: children.map { c in
                let cl = c.light(today: today, warnDays: plan.warnDays)
                return .init(
                    id: c.id, number: c.number, title: c.title, status: L10n.status(c.status, l), percent: L10n.percent(c.rollupPercent),
                    light: cl.rawValue, lightName: L10n.light(cl, l))
            },
            hasChildren: !children.isEmpty,
            amendments: amendments.reversed().map { a in
                .init(
                    old: L10n.date(a.oldDeadline, l), new: L10n.date(a.newDeadline, l), reason: a.reason, by: a.changedBy,
                    approvedBy: a.approvedBy ?? "", at: displayTime(a.changedAt, l))
            },
            hasAmendments: !amendments.isEmpty,
            history: history.map { h in
                .init(
                    at: displayTime(h.at, l), actor: h.actor, action: text.action(h.action), version: h.version,
                    changes: h.changeMap.sorted { $0.key < $1.key }.map { key, pair in
                        .init(
                            field: text.label(key), before: text.value(key, pair.first ?? nil),
                            after: text.value(key, pair.count > 1 ? pair[1] : nil), hasBefore: !text.value(key, pair.first ?? nil).isEmpty)
                    })
            },
            hasHistory: !history.isEmpty,
            amendErrors: amendIssues.map { L10n.issue($0, l) }, hasAmendErrors: !amendIssues.isEmpty,
            sections: try await AppFeatures.itemPageSections.asyncCompactMap { section in
                try await section.render(
                    ItemPageSectionInput(
                        item: item, plan: plan, services: services, context: context,
                        state: sectionState[section.key])
                ).map { ItemPageView.Section(html: $0) }
            },
            canEdit: edit != .none, canEditFully: edit == .full,
            amendNew: amendValues["newDeadline"] ?? "",
            amendNewType: FormField.shownKind(.date, value: amendValues["newDeadline"] ?? "").rawValue,
            amendReason: amendValues["reason"] ?? "", amendApprovedBy: amendValues["approvedBy"] ?? "")
        return renderer.page(
            "items/item", title: item.number + item.title, view: view, context: context, request: request,
            status: status, isDemo: item.isDemo, active: "plans")
    }

    func itemForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let guarded = try AccessGuard(context, sql: sql)
        if request.uri.path.hasSuffix("/items/new") {
            let planId = try context.parameters.require("id", as: Int.self)
            _ = try await guarded.editPlan(planId)
            var draft = PlanItemDraft()
            draft.status = LifecycleStatus.notStarted.rawValue
            draft.weight = "1"
            draft.ownPercent = "0"
            let parentId = request.uri.queryParameters.get("parent", as: Int.self)
            if let parentId, let parent = try await ItemQueries.find(parentId, on: sql) {
                draft.leadUnitID = parent.leadUnitId
                draft.deadline = parent.currentDeadline ?? ""
            }
            return try await itemFormPage(
                planId: planId, itemId: nil, parentId: parentId, draft: draft, version: 0, issues: [],
                amendment: .init(), request: request, context: context)
        }
        let id = try context.parameters.require("id", as: Int.self)
        let (item, participants, edit) = try await guarded.editItem(id)
        let draft = PlanItemDraft(
            number: item.number, title: item.title, content: item.content, leadUnitID: item.leadUnitId,
            participantUnitIDs: participants, responsibleLeader: item.responsibleLeader,
            responsiblePerson: item.responsiblePerson, handler: item.handler, startDate: item.startDate ?? "",
            deadline: item.currentDeadline ?? "", expectedResults: item.expectedResults, resultForm: item.resultForm,
            policyDocuments: item.policyDocuments, remarks: item.remarks, weight: ItemService.Values.format(item.weight),
            status: item.status, ownPercent: ItemService.Values.format(item.ownPercent))
        return try await itemFormPage(
            planId: item.planId, itemId: id, parentId: item.parentId, draft: draft, version: item.version,
            issues: [], amendment: .init(), progressOnly: edit == .progress, request: request, context: context)
    }

    /// The draft an item's form starts from: the item as it is.
    func itemSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        var draft = PlanItemDraft(
            number: f.string("number"), title: f.string("title"), content: f.string("content"),
            leadUnitID: f.int("leadUnitId"), participantUnitIDs: f.ints("participantUnitIds"),
            responsibleLeader: f.string("responsibleLeader"), responsiblePerson: f.string("responsiblePerson"),
            handler: f.string("handler"), startDate: f.string("startDate"), deadline: f.string("deadline"),
            expectedResults: f.string("expectedResults"), resultForm: f.string("resultForm"),
            policyDocuments: f.string("policyDocuments"), remarks: f.string("remarks"), weight: f.string("weight"),
            status: f.string("status"), ownPercent: f.string("ownPercent"))
        let amendment = ItemService.AmendmentInput(reason: f.string("amendmentReason"), approvedBy: f.string("approvedBy"))
        let isNew = request.uri.path.hasSuffix("/items")
        let pathID = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        var progressOnly = false
        if isNew {
            _ = try await guarded.editPlan(pathID)
        } else {
            let (item, participants, edit) = try await guarded.editItem(pathID)
            if edit == .progress {
                // Their form has only the progress fields: the rest stays as it is.
                progressOnly = true
                var kept = PlanItemDraft(record: item, participants: participants)
                kept.status = draft.status
                kept.ownPercent = draft.ownPercent
                kept.handler = draft.handler
                kept.remarks = draft.remarks
                draft = kept
            }
        }
        do {
            let saved: ItemRecord
            if isNew {
                saved = try await services.items.create(
                    planId: pathID, parentId: f.int("parentId"), draft, actor: try context.requirePrincipal().actorName)
            } else {
                saved = try await services.items.update(
                    pathID, draft, baseVersion: f.int("version") ?? 0, amendment: amendment, actor: try context.requirePrincipal().actorName)
            }
            return Response(status: .seeOther, headers: [.location: "/items/\(saved.id)"])
        } catch AppError.validation(let issues) {
            let planId = isNew ? pathID : try await ItemQueries.require(pathID, on: sql).planId
            return try await itemFormPage(
                planId: planId, itemId: isNew ? nil : pathID, parentId: f.int("parentId"), draft: draft,
                version: f.int("version") ?? 0, issues: issues, amendment: amendment, progressOnly: progressOnly,
                request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/items/\(pathID)/edit", request: request, context: context)
        }
    }

    func itemAmend(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).editItem(id, needs: .full)
        let f = try await request.formData()
        do {
            _ = try await services.items.amend(
                id, newDeadline: f.string("newDeadline"),
                input: .init(reason: f.string("reason"), approvedBy: f.string("approvedBy")),
                baseVersion: f.int("version"), actor: try context.requirePrincipal().actorName)
            return Response(status: .seeOther, headers: [.location: "/items/\(id)"])
        } catch AppError.validation(let issues) {
            let item = try await ItemQueries.require(id, on: sql)
            return try await itemPage(
                item, amendIssues: issues,
                amendValues: ["newDeadline": f.string("newDeadline"), "reason": f.string("reason"), "approvedBy": f.string("approvedBy")],
                request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(changes: changes, currentVersion: current, reloadURL: "/items/\(id)", request: request, context: context)
        }
    }

    func itemDelete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let item = try await AccessGuard(context, sql: sql).editItem(id, needs: .full).item
        let f = try await request.formData()
        do {
            try await services.items.delete(id, baseVersion: f.int("version") ?? 0, actor: try context.requirePrincipal().actorName)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(changes: changes, currentVersion: current, reloadURL: "/items/\(id)", request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: item.parentId.map { "/items/\($0)" } ?? "/plans/\(item.planId)"])
    }

    private func itemFormPage(
        planId: Int, itemId: Int?, parentId: Int?, draft: PlanItemDraft, version: Int, issues: [ValidationIssue],
        amendment: ItemService.AmendmentInput, progressOnly: Bool = false, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let plan = try await PlanQueries.require(planId, on: sql)
        let jurisdiction = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
        let units = try await UnitQueries.selectable(for: jurisdiction, on: sql)
        let unitOptions = units.map { (String($0.id), $0.name) }
        let parent = try await parentId.asyncMap { try await ItemQueries.find($0, on: sql) } ?? nil
        var fields: [FormField] = [
            FormField(name: "number", kind: .text, value: draft.number, hint: L10n.t("form.hintNumber", l)),
            FormField(name: "title", kind: .text, value: draft.title, required: true, wide: true),
            FormField(name: "content", kind: .textarea, value: draft.content, wide: true),
            FormField(
                name: "leadUnitId", kind: .select, value: draft.leadUnitID.map(String.init) ?? "",
                options: [("", L10n.t("form.choose", l))] + unitOptions, required: true),
            FormField(
                name: "participantUnitIds", kind: .multiselect, options: unitOptions,
                selected: Set(draft.participantUnitIDs.map(String.init)), hint: L10n.t("form.hintParticipants", l)),
            FormField(name: "responsibleLeader", kind: .text, value: draft.responsibleLeader),
            FormField(name: "responsiblePerson", kind: .text, value: draft.responsiblePerson),
            FormField(name: "handler", kind: .text, value: draft.handler),
            FormField(name: "startDate", kind: .date, value: draft.startDate),
            FormField(name: "deadline", kind: .date, value: draft.deadline, hint: itemId == nil ? nil : L10n.t("form.hintAmendment", l))
        ]
        if itemId != nil {
            fields.append(FormField(name: "amendmentReason", kind: .text, value: amendment.reason, wide: true))
            fields.append(FormField(name: "approvedBy", kind: .text, value: amendment.approvedBy))
        }
        fields += [
            FormField(
                name: "status", kind: .select, value: draft.status,
                options: LifecycleStatus.allCases.map { ($0.rawValue, L10n.status($0.rawValue, l)) }, required: true),
            FormField(name: "ownPercent", kind: .number, value: draft.ownPercent),
            FormField(name: "weight", kind: .number, value: draft.weight),
            FormField(name: "expectedResults", kind: .textarea, value: draft.expectedResults, wide: true),
            FormField(name: "resultForm", kind: .text, value: draft.resultForm),
            FormField(name: "policyDocuments", kind: .textarea, value: draft.policyDocuments, wide: true),
            FormField(name: "remarks", kind: .textarea, value: draft.remarks, wide: true)
        ]
        if progressOnly { fields = fields.filter { Access.progressFields.contains($0.name) } }
        let title = L10n.t(itemId == nil ? "item.new" : "item.edit", l)
        let view = FormPageView(
            heading: title, subheading: plan.title + (parent.map { " › " + $0.number + $0.title } ?? ""),
            action: itemId.map { "/items/\($0)" } ?? "/plans/\(planId)/items", version: version,
            hidden: parentId.map { [.init(name: "parentId", value: String($0))] } ?? [], fields: fields, issues: issues,
            cancelURL: itemId.map { "/items/\($0)" } ?? "/plans/\(planId)", language: l)
        return renderer.page(
            "form", title: title, view: view, context: context, request: request, status: status, isDemo: plan.isDemo, active: "plans")
    }
}
