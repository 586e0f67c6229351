extension NoticesFeature {
    /// The notices' strings, with the per-kind templates a new notice starts from (`NoticeTemplate`).
    static let strings = StringTable(
        prefixes: [
            "notice.", "nav.notices", "noticeKind.", "deny.issue_notice", "deny.sign_notice", "error.code.no_notice_sequence",
            "error.code.notice_needs_no_receipt", "entity.notice", "history.action.issue", "history.action.receipt", "field.body",
            "field.documentNumber", "field.kinds",
            "field.prefix", "field.receipt", "field.recipientIds", "field.signature", "field.suffix"
        ],
        entries: [
            ("nav.notices", "督办文书", "Notices"),
            ("noticeKind.supervision_notice", "督办通知", "Supervision notice"),
            ("noticeKind.reminder", "催办单", "Reminder"),
            ("noticeKind.commendation", "通报表扬", "Commendation"),
            ("noticeKind.criticism", "通报批评", "Criticism"),
            ("deny.issue_notice", "只有改革办和系统管理员可以拟制、签发督办文书", "Only a reform office or an administrator may draft and issue notices"),
            ("deny.sign_notice", "只有主送单位的联络员或负责人可以签收", "Only a liaison or head of a recipient unit may sign for a notice"),
            (
                "error.code.no_notice_sequence", "尚未为此类文书设置发文字号，请先在“发文字号设置”中配置",
                "No numbering sequence numbers this kind of notice here: configure one under Numbering sequences first"
            ),
            ("error.code.notice_needs_no_receipt", "通报表扬无需签收", "A commendation is read, not signed for"),
            ("entity.notice", "督办文书", "notice"),
            ("entity.notice_sequence", "发文字号", "numbering sequence"),
            ("history.action.issue", "签发", "Issued"),
            ("history.action.receipt", "签收", "Signed for"),
            ("field.body", "正文", "Text"),
            ("field.documentNumber", "发文字号", "Document number"),
            ("field.kinds", "适用文书类型", "Kinds numbered"),
            ("field.prefix", "发文机关代字", "Issuer's code"),
            ("field.receipt", "签收回执（单位）", "Receipt (unit)"),
            ("field.recipientIds", "主送单位", "Recipients"),
            ("field.signature", "落款", "Signature"),
            ("field.suffix", "编号形式", "Number form"),
            ("notice.title", "督办文书", "Notices"),
            ("notice.unsigned", "未签收文书", "Unsigned notices"),
            (
                "notice.unsignedHint", "已签发、仍有主送单位未签收回执的督办通知、催办单和通报批评（通报表扬无需签收）。",
                "Issued supervision notices, reminders and criticisms that a recipient unit has not yet signed for (commendations need no receipt)."
            ),
            ("notice.noneUnsigned", "没有未签收的文书。", "No notice is waiting for a receipt."),
            ("notice.inbox", "待签收的督办文书", "Notices to sign for"),
            ("notice.signedCount", "已签收 {1}/{2}", "{1} of {2} signed"),
            ("notice.state.draft", "草稿", "Draft"),
            ("notice.state.issued", "已签发", "Issued"),
            ("notice.new", "拟制文书", "New notice"),
            ("notice.edit", "修改草稿", "Edit the draft"),
            ("notice.delete", "删除草稿", "Delete the draft"),
            ("notice.deleteConfirm", "删除这份草稿？草稿未编号、未发出，删除后不可恢复。", "Delete this draft? It has no number and was not sent; it cannot be restored."),
            ("notice.from", "来源：{1}", "Made from {1}"),
            ("notice.fromPractice", "从先进典型通报表扬", "Commend good practice"),
            ("notice.none", "还没有督办文书。", "No notices yet."),
            ("notice.noNumber", "草稿（签发时编号）", "Draft (numbered when issued)"),
            ("notice.print", "打印（红头）", "Print (red header)"),
            ("notice.draftMark", "草 稿", "DRAFT"),
            ("notice.signed", "已签收", "Signed"),
            ("notice.notSigned", "未签收", "Not signed"),
            ("notice.sign", "签收", "Sign for it"),
            ("notice.signHint", "确认本单位已收到此文书（签收回执）。", "Confirms your unit has received this notice (receipt)."),
            ("notice.issue", "签发", "Issue"),
            (
                "notice.issueHint", "签发后取得发文字号，文书送达主送单位，不能再修改。",
                "Issuing takes the next document number and delivers the notice to its recipients; it cannot be changed afterwards."
            ),
            ("notice.recordCommendations", "同时为各主送单位登记一条通报表扬记录", "Also record a commendation for each recipient unit"),
            ("notice.hint.body", "已按文书类型模板填入来源事项的信息，可直接修改。", "Filled from the kind's template with the source's facts; edit as needed."),
            ("notice.hint.issuer", "红头上的发文机关名称。", "The issuing office as printed in red."),
            (
                "notice.hint.source", "例如 matter:12（督办事项）、rectification:5（整改）、inspection:3（督查）、finding:7（督查发现）。",
                "E.g. matter:12, rectification:5, inspection:3 or finding:7."
            ),
            ("notice.sourceType.matter", "督办事项", "Matter"),
            ("notice.sourceType.rectification", "整改", "Rectification"),
            ("notice.sourceType.inspection", "督查", "Inspection"),
            ("notice.sourceType.finding", "督查发现", "Finding"),
            ("notice.field.kind", "文书类型", "Kind"),
            ("notice.field.source", "来源", "Source"),
            ("notice.field.title", "标题", "Title"),
            ("notice.field.body", "正文", "Text"),
            ("notice.field.recipientIds", "主送单位", "Recipients"),
            ("notice.field.issuer", "发文机关", "Issuing office"),
            ("notice.field.signature", "落款", "Signature"),
            ("notice.field.jurisdictionId", "所属地区", "Jurisdiction"),
            ("notice.field.name", "名称", "Name"),
            ("notice.field.prefix", "发文机关代字", "Issuer's code"),
            ("notice.field.suffix", "编号形式", "Number form"),
            ("notice.field.kinds", "适用文书类型", "Kinds numbered"),
            ("notice.col.number", "发文字号", "Document number"),
            ("notice.col.state", "状态", "State"),
            ("notice.col.issuedOn", "签发日期", "Issued on"),
            ("notice.col.receipts", "签收情况", "Receipts"),
            ("notice.col.pattern", "编号示例", "Example"),
            ("notice.sequences", "发文字号设置", "Numbering sequences"),
            ("notice.templates", "文书模板", "Notice templates"),
            (
                "notice.templatesHint",
                "每类文书的标题和正文模板。本级未设置时沿用上级改革办的模板，上级也没有时用系统默认模板。可用占位符：{subject}（事项名称）、{units}（主送单位）、{deadline}（办理时限）、{result}（办理要求）。拟制文书时自动填入，签发前仍可修改。",
                "The title and text each kind of notice starts from. Without one of its own, a jurisdiction uses the nearest office's above, else the app's. Placeholders: {subject}, {units}, {deadline}, {result}; filled in when a notice is drafted, and still editable before it is issued."
            ),
            ("notice.templates.own", "本级模板", "This office's own"),
            ("notice.templates.inherited", "沿用{1}的模板", "Inherited from {1}"),
            ("notice.templates.standard", "系统默认模板", "The app's default"),
            ("notice.templates.save", "保存为本级模板", "Save as this office's template"),
            ("notice.templates.revert", "删除本级模板（恢复沿用）", "Delete this office's template (inherit again)"),
            ("notice.templates.revertConfirm", "删除本级模板后，将沿用上级或系统默认模板。继续？", "Delete this office's template and inherit again?"),
            (
                "notice.sequencesHint", "每个地区为各类文书配置发文字号；每年从 1 号起连续编号，签发时取号，不重号、不跳号。",
                "Each jurisdiction configures how its notices are numbered; numbers start at 1 each year and are taken when a notice is issued, never reused or skipped."
            ),
            ("notice.noSequences", "尚未设置发文字号。", "No numbering sequence yet."),
            ("notice.newSequence", "新增发文字号", "Add a sequence"),
            ("notice.namePlaceholder", "督办文书", "Supervision documents"),
            ("notice.hint.prefix", "如“龙华改办督”，不含括号、年份和“号”。", "E.g. 龙华改办督, without brackets, year or 号."),
            ("notice.suffix.number", "〔年份〕N号", "〔year〕N号 (number)"),
            ("notice.suffix.issue", "〔年份〕第N期", "〔year〕第N期 (issue)"),
            ("notice.template.issuer", "{1}全面深化改革委员会办公室", "Office of the Comprehensive Reform Commission, {1}"),
            ("notice.template.noDeadline", "规定时限", "the set time"),
            ("notice.template.supervision_notice.title", "关于督办“{subject}”的通知", "Supervision notice: {subject}"),
            (
                "notice.template.supervision_notice.body",
                "{units}：\n根据工作安排，现将“{subject}”列为督办事项。请你单位高度重视，明确责任领导和具体责任人，认真抓好落实，于{deadline}前办结，并将办理情况书面反馈。\n办理要求：{result}",
                "To: {units}\nThe matter \"{subject}\" is placed under supervision. Please name the leader and the person responsible, carry it out, finish by {deadline} and report back in writing.\nResult required: {result}"
            ),
            ("notice.template.reminder.title", "关于“{subject}”的催办单", "Reminder: {subject}"),
            (
                "notice.template.reminder.body", "{units}：\n“{subject}”办理时限为{deadline}，目前尚未按要求办结。请你单位抓紧推进，于收到本催办单后5个工作日内书面反馈进展情况。\n办理要求：{result}",
                "To: {units}\n\"{subject}\" is due by {deadline} and is not yet done. Please press on and report progress in writing within 5 working days of this reminder.\nResult required: {result}"
            ),
            ("notice.template.commendation.title", "关于对{units}予以通报表扬的通报", "Commendation of {units}"),
            (
                "notice.template.commendation.body", "{units}：\n在{subject}中，你单位改革举措扎实有效，形成了可复制可推广的经验：{result}\n经研究，决定予以通报表扬。希望再接再厉，发挥示范带动作用。",
                "To: {units}\nIn {subject}, your unit's reform work stood out and gave an example others can follow: {result}\nYou are hereby commended. Keep it up and lead by example."
            ),
            ("notice.template.criticism.title", "关于对{units}予以通报批评的通报", "Criticism of {units}"),
            (
                "notice.template.criticism.body", "{units}：\n在{subject}中发现你单位存在以下问题：{result}\n经研究，决定予以通报批评。请于{deadline}前完成整改，并将整改情况书面报告。",
                "To: {units}\nIn {subject}, the following problem was found in your unit: {result}\nYou are hereby criticised. Please put it right by {deadline} and report in writing."
            )
        ])
}
