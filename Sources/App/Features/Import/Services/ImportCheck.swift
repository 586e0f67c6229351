import ReformCore

/// The dry-run report of an import: every problem with where it is (sheet, row and column, or line)
/// and what it is, in Chinese and English. Errors block the commit; warnings do not.
package enum ImportCheck {
    static func problems(_ payload: ImportPayload) -> [ImportProblem] {
        var problems = payload.notes
        // A notice without its plan already says why nothing was read (code notice_only, an error).
        if payload.items.isEmpty, !problems.contains(where: { $0.code == "notice_only" }) {
            problems.append(
                ImportProblem(
                    severity: .error, code: "no_items",
                    messageZh: "没有读出任何事项：请检查文件内容或表头", messageEn: "No items were read: check the file's content or its header row"))
        }
        problems += targetProblems(payload)
        let parents = Set(payload.items.compactMap(\.parent))
        for item in payload.items { problems += itemProblems(item, payload, isLeaf: !parents.contains(item.key)) }
        problems += unitProblems(payload)
        return problems
    }

    /// Sort keys give each position five digits.
    static let maxSiblings = 99_999

    private static func targetProblems(_ payload: ImportPayload) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        if payload.target.mode == .newPlan, payload.target.title.trimmed.isEmpty, (payload.detected.title ?? "").trimmed.isEmpty {
            problems.append(
                ImportProblem(
                    severity: .error, code: "target", field: "title",
                    messageZh: "新方案需要标题：文件中未找到，请在“导入到”中填写",
                    messageEn: "The new plan needs a title: none was found in the file; enter one under “Import into”"))
        }
        var siblings: [Int: Int] = [:]
        for item in payload.items { siblings[item.parent ?? -1, default: 0] += 1 }
        if let (parent, count) = siblings.first(where: { $0.value > maxSiblings }) {
            problems.append(
                ImportProblem(
                    severity: .error, code: "too_many", itemKey: parent >= 0 ? parent : nil,
                    messageZh: "同一层级下有 \(count) 个条目，超过 \(maxSiblings) 个；请按领域或任务分组",
                    messageEn: "\(count) items share one parent, more than \(maxSiblings); group them by field or task"))
        }
        return problems
    }

    package static func counts(_ problems: [ImportProblem]) -> (errors: Int, warnings: Int) {
        let errors = problems.filter { $0.severity == .error }.count
        return (errors, problems.count - errors)
    }

    private static func itemProblems(_ item: ImportItem, _ payload: ImportPayload, isLeaf: Bool) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        func add(_ severity: ImportProblem.Severity, _ code: String, field: String, zh: String, en: String) {
            problems.append(
                located(
                    ImportProblem(
                        severity: severity, code: code, itemKey: item.key, field: field,
                        messageZh: zh, messageEn: en), item: item, payload: payload))
        }
        let name = label(item)
        let title = item.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            add(.error, "empty_title", field: "title", zh: "\(name)没有标题", en: "\(name) has no title")
        }
        for (field, value, limit) in [
            ("title", item.title, PlanItemDraft.titleMaxLength), ("number", item.number, PlanItemDraft.numberMaxLength),
            ("content", item.content, PlanItemDraft.contentMaxLength), ("leader", item.leader, PlanItemDraft.personMaxLength),
            ("person", item.person, PlanItemDraft.personMaxLength), ("handler", item.handler, PlanItemDraft.personMaxLength),
            ("expectedResults", item.expectedResults, PlanItemDraft.longTextMaxLength),
            ("policyDocuments", item.policyDocuments, PlanItemDraft.longTextMaxLength),
            ("remarks", item.remarks, PlanItemDraft.longTextMaxLength)
        ] where value.unicodeScalars.count > limit {
            add(
                .error, "too_long", field: field, zh: "\(name)的\(fieldName(field, .zh))超过 \(limit) 个字（\(value.count) 字）",
                en: "\(name): \(fieldName(field, .en)) is longer than \(limit) characters (\(value.count))")
        }
        if let reason = item.deadlineError {
            add(
                .error, "bad_deadline", field: "deadline", zh: "\(name)：\(reason)",
                en: "\(name): the deadline “\(item.deadlineText ?? "")” is not a date this import can read")
        }
        if item.lead == nil {
            if let group = item.collective.first, item.participants.isEmpty {
                add(
                    .warning, "collective_lead", field: "lead", zh: "\(name)的牵头方“\(group)”不是具体单位，将不设牵头单位",
                    en: "\(name): the lead “\(group)” is a group, not a unit; the item will have no lead unit")
            } else if payload.target.defaultLeadUnitId == nil, isLeaf {
                // A 领域 or 任务 heading with measures below it usually names no unit of its own.
                add(.warning, "no_lead", field: "lead", zh: "\(name)未写明牵头单位", en: "\(name) names no lead unit")
            }
        }
        return problems
    }

    /// One problem per unresolved name, at its first use, with how often it is used.
    private static func unitProblems(_ payload: ImportPayload) -> [ImportProblem] {
        var firstUse: [String: (item: ImportItem, field: String)] = [:]
        var uses: [String: Int] = [:]
        for item in payload.items {
            if let lead = item.lead {
                uses[lead, default: 0] += 1
                if firstUse[lead] == nil { firstUse[lead] = (item, "lead") }
            }
            for name in item.participants {
                uses[name, default: 0] += 1
                if firstUse[name] == nil { firstUse[name] = (item, "participants") }
            }
        }
        return payload.units.compactMap { choice -> ImportProblem? in
            guard !choice.isResolved, let first = firstUse[choice.name] else { return nil }
            let count = uses[choice.name] ?? 1
            let closest = choice.suggestions.prefix(3).map(\.name)
            let zhCount = count > 1 ? "（共 \(count) 处）" : ""
            let enCount = count > 1 ? " (used \(count) times)" : ""
            var problem: ImportProblem
            if choice.resolution == .ambiguous {
                problem = ImportProblem(
                    severity: .error, code: "ambiguous_unit", itemKey: first.item.key, field: first.field,
                    messageZh: "单位“\(choice.name)”对应多个单位\(zhCount)，请选择：\(closest.joined(separator: "、"))",
                    messageEn: "The unit “\(choice.name)” fits several units\(enCount); choose one of: \(closest.joined(separator: ", "))")
            } else {
                problem = ImportProblem(
                    severity: .error, code: "unknown_unit", itemKey: first.item.key, field: first.field,
                    messageZh: "未知单位“\(choice.name)”\(zhCount)" + (closest.isEmpty ? "，没有相近的单位，可新建" : "，最接近：\(closest.joined(separator: "、"))"),
                    messageEn: "Unknown unit “\(choice.name)”\(enCount)"
                        + (closest.isEmpty ? "; nothing similar is known, it can be created" : "; closest: \(closest.joined(separator: ", "))"))
            }
            problem.unitName = choice.name
            problem.suggestions = choice.suggestions
            return located(problem, item: first.item, payload: payload)
        }
    }

    /// Fills in the sheet, row and column letter, or the line, of a problem about `item`.
    static func located(_ problem: ImportProblem, item: ImportItem, payload: ImportPayload) -> ImportProblem {
        var p = problem
        if let sheetIndex = item.location.sheet, sheetIndex < payload.sheets.count {
            let sheet = payload.sheets[sheetIndex]
            p.sheet = sheet.name
            p.row = item.location.row
            if let field = p.field { p.column = sheet.columns[field] }
        } else {
            p.line = item.location.firstLine
        }
        return p
    }

    /// "（一）推进…" as the report names an item.
    static func label(_ item: ImportItem) -> String {
        let title = item.title.count > 20 ? String(item.title.prefix(20)) + "…" : item.title
        // "（一）推进…" as written, but "2 形成…" for a spreadsheet's bare 序号.
        let gap = item.number.last.map { $0.isLetter || $0.isNumber } == true ? " " : ""
        return "“\(item.number)\(gap)\(title)”"
    }

    static func fieldName(_ field: String, _ l: Language) -> String {
        let names: [String: (String, String)] = [
            "title": ("标题", "title"), "number": ("序号", "number"), "content": ("主要内容", "content"),
            "lead": ("牵头单位", "lead unit"), "participants": ("参与单位", "participating units"),
            "leader": ("责任领导", "responsible leader"), "person": ("责任人", "responsible person"), "handler": ("经办人", "handler"),
            "deadline": ("完成时限", "deadline"), "expectedResults": ("预期成效", "expected results"),
            "policyDocuments": ("拟出台政策文件", "policy documents"), "remarks": ("备注", "remarks"), "status": ("状态", "status")
        ]
        guard let pair = names[field] else { return field }
        return l == .zh ? pair.0 : pair.1
    }
}
