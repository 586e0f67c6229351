extension ItemsFeature {
    /// The items feature's strings.
    static let strings = StringTable(
        prefixes: ["amend.", "item."],
        entries: [
            ("item.own", "本级填报", "Own"),
            ("item.derived", "下级汇总", "Rolled up"),
            ("item.originalDeadline", "原定时限", "Original deadline"),
            ("item.currentDeadline", "现行时限", "Current deadline"),
            ("item.delayCount", "延期次数", "Times postponed"),
            ("item.amendments", "时限调整记录", "Deadline amendments"),
            ("item.history", "修改记录", "Change history"),
            ("item.children", "下级条目", "Items below"),
            ("item.noAmendments", "无调整记录", "No amendments"),
            ("item.noHistory", "暂无修改记录", "No changes yet"),
            ("item.breadcrumb", "所属", "Within"),
            ("item.new", "新建条目", "New item"),
            ("item.edit", "编辑条目", "Edit item"),
            ("item.deleteConfirm", "删除此条目及其全部下级？", "Delete this item and everything below it?"),
            ("item.noDeadline", "长期坚持", "Ongoing"),
            ("amend.old", "原时限", "Old deadline"),
            ("amend.new", "新时限", "New deadline"),
            ("amend.reason", "调整理由", "Reason"),
            ("amend.by", "调整人", "Changed by"),
            ("amend.approvedBy", "批准人", "Approved by"),
            ("amend.at", "调整时间", "When")
        ])
}
