extension PublicationFeature {
    /// The office's publication pages' strings, and the audit's words for publication changes.
    static let strings = StringTable(
        prefixes: [
            "publication.", "nav.publication", "entity.public_", "deny.publication_", "history.action.publication", "history.action.public_",
            "field.isPublished", "field.publicNames", "field.publicStatusWords", "field.publicHoldReason", "field.publicUpdate", "field.writtenOn"
        ],
        entries: [
            ("nav.publication", "公开", "Publication"),
            ("entity.public_plan", "方案公开设置", "Plan publication"),
            ("entity.public_update", "公开进展动态", "Public update"),
            ("deny.publication_edit", "只有本级或上级改革办可以决定公开内容", "Only the office of the jurisdiction or one above it decides what is public"),
            ("history.action.publication", "修改公开设置", "Publication changed"),
            ("history.action.public_hold", "暂不公开", "Held back from the public pages"),
            ("history.action.public_release", "恢复公开", "Released to the public pages"),
            ("history.action.public_update", "发布进展动态", "Public update written"),
            ("history.action.public_update_delete", "删除进展动态", "Public update deleted"),
            ("history.action.public_update_edit", "修改进展动态", "Public update edited"),
            ("field.isPublished", "是否公开", "Published"),
            ("field.publicNames", "公开姓名的最低层级", "Names shown down to"),
            ("field.publicStatusWords", "进展用语", "Words for each status"),
            ("field.publicHoldReason", "暂不公开的理由", "Why held back"),
            ("field.publicUpdate", "进展动态", "Public update"),
            ("field.writtenOn", "日期", "Date"),
            ("publication.title", "改革进展公开", "Publication"),
            (
                "publication.lead", "选择向社会公开的方案和授权事项清单；公开页面直接读取台账，不另存副本。",
                "Choose which plans and authorization lists the public sees; the public pages read the ledger itself, never a copy."
            ),
            ("publication.viewPublic", "查看公开页面", "See the public pages"),
            ("publication.plans", "方案", "Plans"),
            ("publication.plan", "方案", "Plan"),
            ("publication.jurisdiction", "地区", "Jurisdiction"),
            ("publication.noPlans", "没有可公开的方案。", "No plan to publish."),
            ("publication.batches", "授权事项清单", "Authorization lists"),
            ("publication.batch", "批次", "Batch"),
            ("publication.noBatches", "没有授权事项清单。", "No authorization list."),
            ("publication.state", "公开状态", "Public"),
            ("publication.published", "已公开", "Published"),
            ("publication.unpublished", "未公开", "Not published"),
            ("publication.publish", "公开", "Publish"),
            ("publication.withdraw", "撤回", "Withdraw"),
            ("publication.names", "公开姓名", "Names shown"),
            ("publication.names.none", "不公开姓名", "No names"),
            ("publication.names.leader", "公开到责任领导", "Responsible leaders"),
            ("publication.names.person", "公开到责任人", "Leaders and responsible persons"),
            ("publication.names.handler", "公开到经办人", "Leaders, responsible persons and handlers"),
            (
                "publication.namesHint", "低于所选层级的人员姓名不会出现在公开页面、开放数据和接口中。",
                "Names below the rank chosen never appear on the public pages, in the open data or in the API."
            ),
            ("publication.words", "各状态的公开用语", "Public words for each status"),
            ("publication.settings", "公开设置", "Settings"),
            ("publication.save", "保存", "Save"),
            ("publication.updates", "进展动态", "Public updates"),
            ("publication.noUpdates", "尚未发布进展动态。", "No public update yet."),
            ("publication.updateItem", "事项", "Item"),
            ("publication.writtenOn", "日期", "Date"),
            ("publication.updateBody", "内容（将原样公开）", "Text (published as written)"),
            ("publication.addUpdate", "发布", "Publish update"),
            ("publication.deleteUpdate", "删除", "Delete"),
            ("publication.items", "事项", "Items"),
            ("publication.item", "事项", "Item"),
            (
                "publication.holdHint", "暂不公开的事项及其下级事项不会出现在公开页面；理由仅改革办可见。",
                "An item held back, and everything below it, is left off the public pages; the reason stays in the office."
            ),
            ("publication.held", "暂不公开", "Held back"),
            ("publication.heldAbove", "随上级暂不公开", "Held back with the item above"),
            ("publication.hold", "暂不公开", "Hold back"),
            ("publication.release", "恢复公开", "Release"),
            ("publication.holdReason", "理由", "Reason")
        ])
}
