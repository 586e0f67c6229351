import ReformCore

/// Every string a person reads, in Chinese (default) and English.
enum L10n {
    static func t(_ key: String, _ language: Language) -> String {
        guard let pair = strings[key] else { return key }
        return language == .zh ? pair.0 : pair.1
    }

    /// The whole table for one language, for templates (`{{t.key}}`).
    static func table(_ language: Language) -> [String: String] {
        language == .zh ? zhTable : enTable
    }

    // Mustache reads "a.b" as a path, so template keys use "_" where the table uses ".".
    private static let zhTable = Dictionary(uniqueKeysWithValues: strings.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value.0) })
    private static let enTable = Dictionary(uniqueKeysWithValues: strings.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value.1) })

    static func status(_ raw: String, _ l: Language) -> String {
        guard let s = LifecycleStatus(rawValue: raw) else { return raw }
        return l == .zh ? s.chineseName : s.englishName
    }

    static func light(_ light: ScheduleLight, _ l: Language) -> String { l == .zh ? light.chineseName : light.englishName }
    static func level(_ raw: String, _ l: Language) -> String {
        guard let level = JurisdictionLevel(rawValue: raw) else { return raw }
        return l == .zh ? level.chineseName : level.englishName
    }
    static func rule(_ raw: String, _ l: Language) -> String {
        guard let r = RollupRule(rawValue: raw) else { return raw }
        return l == .zh ? r.chineseName : r.englishName
    }

    static func field(_ key: String, _ l: Language) -> String { t("field." + key, l) }

    static func issue(_ issue: ValidationIssue, _ l: Language) -> String {
        issue.code.message(chinese: l == .zh, field: field(issue.field, l), limit: issue.limit)
    }

    static func date(_ iso: String?, _ l: Language) -> String {
        guard let iso, let d = LocalDate(iso: iso) else { return "" }
        return l == .zh ? d.chinese : d.iso
    }

    static func percent(_ p: Double?) -> String {
        guard let p else { return "—" }
        return (p == p.rounded() ? String(Int(p)) : String(format: "%.1f", p)) + "%"
    }

    static let strings: [String: (String, String)] = [
        "app.name": ("改革台账", "ReformLedger"),
        "app.tagline": ("全面深化改革任务台账与督办", "Reform task ledger and supervision"),
        "nav.dashboard": ("工作台", "Dashboard"),
        "nav.ledger": ("改革台账", "Ledger"),
        "nav.plans": ("改革方案", "Plans"),
        "nav.jurisdictions": ("行政区划", "Jurisdictions"),
        "nav.units": ("责任单位", "Units"),
        "nav.api": ("接口文档", "API"),
        "lang.switch": ("English", "中文"),
        "demo.banner": ("演示数据：方案名称、领域与任务取自公开报道，进度、日期与人员为虚构。", "Demo data: plan, field and task names come from public reports; progress, dates and people are made up."),
        "demo.badge": ("演示", "Demo"),
        "action.save": ("保存", "Save"),
        "action.create": ("新建", "Create"),
        "action.edit": ("编辑", "Edit"),
        "action.cancel": ("取消", "Cancel"),
        "action.filter": ("筛选", "Filter"),
        "action.reset": ("重置", "Reset"),
        "action.delete": ("删除", "Delete"),
        "action.print": ("打印", "Print"),
        "action.view": ("查看", "View"),
        "action.addChild": ("添加下级", "Add child"),
        "action.addRoot": ("添加一级条目", "Add top-level item"),
        "action.amend": ("调整完成时限", "Change deadline"),
        "form.errors": ("提交未保存，请修改以下问题：", "Nothing was saved. Please fix the following:"),
        "form.required": ("必填", "required"),
        "form.optional": ("选填", "optional"),
        "form.none": ("（无）", "(none)"),
        "form.choose": ("请选择", "Choose…"),
        "form.hintShortNames": ("多个简称用“、”或逗号分隔", "Separate several short names with 、 or commas"),
        "form.hintLevelNames": ("各层级名称用“/”分隔", "Separate level names with /"),
        "form.hintNumber": ("照原文书写，如“一、”“（一）”“1.”；留空自动编号", "As written in the document (一、 (一) 1.); blank numbers automatically"),
        "form.hintParticipants": ("可多选；牵头单位在上一项单独选择", "Tick as many as take part; the lead unit is chosen above"),
        "form.filterList": ("输入名称筛选…", "Type to filter…"),
        "form.hintAmendment": ("修改完成时限须填写调整理由，形成调整记录", "Changing the deadline needs a reason; it is recorded as an amendment"),
        "conflict.title": ("保存冲突", "Edit conflict"),
        "conflict.body": ("您编辑期间，他人已修改此条目。您的修改未保存。以下是已变化的字段：", "Someone changed this item while you were editing. Your changes were not saved. These fields changed:"),
        "conflict.reload": ("载入最新版本后重新编辑", "Load the latest version and edit again"),
        "conflict.yours": ("您的值", "Your value"),
        "conflict.current": ("当前值", "Current value"),
        "conflict.by": ("修改人", "Changed by"),
        "error.title": ("出错了", "Something went wrong"),
        "error.notFound": ("未找到", "Not found"),
        "error.badParameter": ("参数有误：", "Invalid parameter:"),
        "error.conflict": ("他人已修改，请刷新后重试", "Changed by someone else; reload and try again"),
        "error.internal": ("服务器内部错误，已记录", "Internal error; it has been logged"),
        "error.back": ("返回工作台", "Back to the dashboard"),
        "entity.item": ("条目", "item"),
        "entity.plan": ("方案", "plan"),
        "entity.unit": ("单位", "unit"),
        "entity.jurisdiction": ("行政区划", "jurisdiction"),
        "dashboard.title": ("改革工作台", "Reform dashboard"),
        "dashboard.total": ("总数", "Total"),
        "dashboard.byStatus": ("按推进状态", "By lifecycle status"),
        "dashboard.byLight": ("按进度灯", "By schedule light"),
        "dashboard.overdueByUnit": ("逾期任务（按牵头单位）", "Overdue items by lead unit"),
        "dashboard.byField": ("各领域完成度", "Completion by field"),
        "dashboard.plans": ("方案", "Plans"),
        "dashboard.children": ("下级行政区", "Jurisdictions below"),
        "dashboard.scope": ("统计范围：本级及下级全部方案的末级条目", "Counted: leaf items of every plan here and below"),
        "dashboard.noOverdue": ("暂无逾期任务", "No overdue items"),
        "dashboard.asOf": ("统计日期", "As of"),
        "ledger.title": ("改革任务台账", "Reform task ledger"),
        "ledger.total": ("共 %d 条", "%d items"),
        "ledger.totalCapped": ("超过 %d 条，请增加筛选条件", "More than %d items; add a filter"),
        "ledger.empty": ("没有符合条件的条目", "No items match these filters"),
        "ledger.filters": ("筛选条件", "Filters"),
        "ledger.allPlans": ("全部方案", "All plans"),
        "ledger.allFields": ("全部领域", "All fields"),
        "ledger.allUnits": ("全部单位", "All units"),
        "ledger.allStatuses": ("全部状态", "All statuses"),
        "ledger.allLights": ("全部进度灯", "All lights"),
        "ledger.role.any": ("牵头或参与", "Lead or participant"),
        "ledger.role.lead": ("牵头", "Lead"),
        "ledger.role.participant": ("参与", "Participant"),
        "ledger.scope.items": ("任务及举措", "Tasks and measures"),
        "ledger.scope.leaves": ("仅末级", "Leaves only"),
        "ledger.scope.all": ("含领域", "Including fields"),
        "ledger.search": ("搜索任务、举措、备注…", "Search tasks, measures, remarks…"),
        "ledger.dueFrom": ("完成时限自", "Due from"),
        "ledger.dueTo": ("至", "to"),
        "ledger.sort": ("排序", "Sort"),
        "ledger.sort.outline": ("按方案顺序", "Outline order"),
        "ledger.sort.deadline": ("完成时限（早→晚）", "Deadline (earliest first)"),
        "ledger.sort.-deadline": ("完成时限（晚→早）", "Deadline (latest first)"),
        "ledger.sort.status": ("推进状态", "Status"),
        "ledger.sort.percent": ("进度（低→高）", "Progress (lowest first)"),
        "ledger.sort.-percent": ("进度（高→低）", "Progress (highest first)"),
        "ledger.sort.-updated": ("最近更新", "Recently updated"),
        "ledger.sort.unit": ("牵头单位", "Lead unit"),
        "ledger.prev": ("上一页", "Previous"),
        "ledger.next": ("下一页", "Next"),
        "ledger.page": ("第 %d 页", "Page %d"),
        "ledger.shareHint": ("筛选条件保存在网址中，可直接复制分享", "The filters live in the URL: copy it to share this view"),
        "col.seq": ("序号", "No."),
        "col.field": ("领域", "Field"),
        "col.task": ("改革任务", "Reform task"),
        "col.measure": ("具体举措", "Measure"),
        "col.lead": ("牵头单位", "Lead unit"),
        "col.participants": ("参与单位", "Participating units"),
        "col.leader": ("责任领导", "Responsible leader"),
        "col.person": ("责任人", "Responsible person"),
        "col.handler": ("经办人", "Handler"),
        "col.deadline": ("完成时限", "Deadline"),
        "col.expected": ("预期成效", "Expected results"),
        "col.policies": ("拟出台政策文件", "Policy documents to issue"),
        "col.progress": ("进展", "Progress"),
        "col.status": ("状态", "Status"),
        "col.remarks": ("备注", "Remarks"),
        "col.light": ("进度灯", "Light"),
        "item.own": ("本级填报", "Own"),
        "item.derived": ("下级汇总", "Rolled up"),
        "item.originalDeadline": ("原定时限", "Original deadline"),
        "item.currentDeadline": ("现行时限", "Current deadline"),
        "item.delayCount": ("延期次数", "Times postponed"),
        "item.amendments": ("时限调整记录", "Deadline amendments"),
        "item.history": ("修改记录", "Change history"),
        "item.children": ("下级条目", "Items below"),
        "item.noAmendments": ("无调整记录", "No amendments"),
        "item.noHistory": ("暂无修改记录", "No changes yet"),
        "item.breadcrumb": ("所属", "Within"),
        "item.new": ("新建条目", "New item"),
        "item.edit": ("编辑条目", "Edit item"),
        "item.deleteConfirm": ("删除此条目及其全部下级？", "Delete this item and everything below it?"),
        "item.noDeadline": ("长期坚持", "Ongoing"),
        "amend.old": ("原时限", "Old deadline"),
        "amend.new": ("新时限", "New deadline"),
        "amend.reason": ("调整理由", "Reason"),
        "amend.by": ("调整人", "Changed by"),
        "amend.approvedBy": ("批准人", "Approved by"),
        "amend.at": ("调整时间", "When"),
        "history.at": ("时间", "When"),
        "history.actor": ("操作人", "Who"),
        "history.action": ("操作", "Action"),
        "history.changes": ("变化", "Changes"),
        "history.action.create": ("创建", "Created"),
        "history.action.update": ("修改", "Edited"),
        "history.action.amend": ("调整时限", "Deadline changed"),
        "history.action.delete": ("删除", "Deleted"),
        "plan.list": ("改革方案", "Reform plans"),
        "plan.new": ("新建方案", "New plan"),
        "plan.edit": ("编辑方案", "Edit plan"),
        "plan.outline": ("方案结构", "Outline"),
        "plan.wallchart": ("挂图作战", "Wall chart"),
        "plan.ledger": ("本方案台账", "This plan's ledger"),
        "plan.overall": ("总体进度", "Overall progress"),
        "plan.items": ("条目数", "Items"),
        "plan.source": ("数据来源", "Source"),
        "plan.empty": ("暂无方案", "No plans yet"),
        "plan.noItems": ("方案下尚无条目", "This plan has no items yet"),
        "wall.groupBy": ("分组", "Group by"),
        "wall.group.field": ("按领域", "By field"),
        "wall.group.unit": ("按牵头单位", "By lead unit"),
        "wall.zoom": ("时间刻度", "Scale"),
        "wall.zoom.quarter": ("季度", "Quarter"),
        "wall.zoom.month": ("月", "Month"),
        "wall.printHint": ("打印时请选择 A3 横向", "Print on A3 landscape"),
        "wall.downloadSvg": ("下载 SVG", "Download SVG"),
        "jurisdiction.list": ("行政区划", "Jurisdictions"),
        "jurisdiction.new": ("新建行政区划", "New jurisdiction"),
        "jurisdiction.edit": ("编辑行政区划", "Edit jurisdiction"),
        "jurisdiction.units": ("所属单位", "Units"),
        "unit.list": ("责任单位", "Units"),
        "unit.new": ("新建单位", "New unit"),
        "unit.edit": ("编辑单位", "Edit unit"),
        "unit.search": ("按名称或简称搜索", "Search by full or short name"),
        "field.name": ("名称", "Name"),
        "field.level": ("层级", "Level"),
        "field.divisionCode": ("行政区划代码", "Division code"),
        "field.parentId": ("上级", "Parent"),
        "field.jurisdictionId": ("所属行政区", "Jurisdiction"),
        "field.shortNames": ("简称", "Short names"),
        "field.title": ("标题", "Title"),
        "field.docNumber": ("文号", "Document number"),
        "field.issuer": ("发文机关", "Issued by"),
        "field.issueDate": ("印发日期", "Issue date"),
        "field.periodStart": ("实施期起", "Period from"),
        "field.periodEnd": ("实施期止", "Period to"),
        "field.levelNames": ("层级名称", "Level names"),
        "field.rollupRule": ("进度汇总规则", "Roll-up rule"),
        "field.warnDays": ("临期提醒天数", "Warn days before deadline"),
        "field.number": ("序号", "Number"),
        "field.content": ("主要内容", "Content"),
        "field.leadUnitId": ("牵头单位", "Lead unit"),
        "field.participantUnitIds": ("参与单位", "Participating units"),
        "field.responsibleLeader": ("责任领导", "Responsible leader"),
        "field.responsiblePerson": ("责任人", "Responsible person"),
        "field.handler": ("经办人", "Handler"),
        "field.startDate": ("开始日期", "Start date"),
        "field.deadline": ("完成时限", "Deadline"),
        "field.newDeadline": ("新完成时限", "New deadline"),
        "field.expectedResults": ("预期成效", "Expected results"),
        "field.resultForm": ("成果形式", "Result form"),
        "field.policyDocuments": ("拟出台政策文件", "Policy documents to issue"),
        "field.remarks": ("备注", "Remarks"),
        "field.weight": ("权重", "Weight"),
        "field.status": ("推进状态", "Lifecycle status"),
        "field.ownPercent": ("完成进度（%）", "Percent complete"),
        "field.amendmentReason": ("时限调整理由", "Reason for the deadline change"),
        "field.reason": ("调整理由", "Reason"),
        "field.approvedBy": ("批准人", "Approved by"),
        "field.version": ("版本", "Version"),
        "field.parentID": ("上级条目", "Parent item"),
    ]
}
