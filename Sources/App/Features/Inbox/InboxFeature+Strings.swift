extension InboxFeature {
    static let inboxStrings = StringTable(
        prefixes: ["inboxPage."],
        entries: [
            ("inboxPage.title", "我的待办", "My inbox"),
            ("inboxPage.empty", "暂无待办事项。", "Nothing to do here."),
            ("inboxPage.task", "事项", "Task"),
            ("inboxPage.detail", "说明", "Details"),
            ("inboxPage.due", "期限", "Due"),
            ("inboxPage.late", "已逾期", "late")
        ])
}
