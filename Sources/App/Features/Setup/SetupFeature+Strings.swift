extension SetupFeature {
    /// The first-run pages' strings.
    static let strings = StringTable(
        prefixes: ["setup.", "field.", "deny."],
        entries: [
            ("setup.title", "首次设置：创建管理员", "First run: create the administrator"),
            (
                "setup.intro", "系统中还没有任何用户。请输入服务器启动日志中显示的设置码，创建第一个管理员账户（全国范围）。",
                "There is no user yet. Enter the setup code from the server's start-up log to create the first administrator (nationwide)."
            ),
            (
                "setup.codeHint", "设置码形如 ABCD-EFGH，见服务器日志中 “no user yet” 一行；创建后即失效。",
                "The code looks like ABCD-EFGH; it is on the “no user yet” line of the server's log and stops working once used."
            ),
            ("setup.displayNameHint", "如：市委改革办 张三", "e.g. Reform office, Zhang San"),
            ("setup.submit", "创建管理员", "Create the administrator"),
            ("setup.startTitle", "开始使用", "Getting started"),
            (
                "setup.startIntro", "按以下顺序完成设置后，即可导入改革方案、交办任务、收集进展。",
                "Set these up in this order; then import a reform plan, assign its tasks and collect progress."
            ),
            ("setup.step.jurisdictions", "建立行政区划", "Add the jurisdictions"),
            (
                "setup.step.jurisdictionsHint", "省、市、区（县）的层级，附行政区划代码；下级改革办只看到本级及以下。",
                "Province, city and district levels with their division codes; each office sees its own level and below."
            ),
            ("setup.step.units", "录入责任单位", "Add the responsible units"),
            (
                "setup.step.unitsHint", "各级的牵头和责任单位，可填简称（如“区发改局”），导入时据此识别。",
                "Lead and participating units at each level, with short names (e.g. 区发改局) that imports recognise."
            ),
            ("setup.step.users", "添加用户", "Add the users"),
            (
                "setup.step.usersHint", "改革办、各单位联络员和负责人、督查和只读用户，各自绑定区划或单位。",
                "Reform offices, unit liaisons and heads, inspectors and viewers, each bound to a jurisdiction or unit."
            ),
            ("setup.step.import", "导入改革方案", "Import a reform plan"),
            (
                "setup.step.importHint", "上传方案文件（.docx）或台账（.xlsx、.csv），预览确认后生成台账。",
                "Upload the plan (.docx) or a ledger (.xlsx, .csv), check the preview, and the ledger is made."
            ),
            ("setup.go", "前往", "Go"),
            ("setup.done", "已完成", "done"),
            ("setup.allDone", "设置已完成。", "Setup is complete."),
            ("field.setupCode", "设置码", "Setup code"),
            ("deny.start", "只有管理员和改革办可以查看开始使用清单", "Only administrators and reform offices see the getting-started list")
        ])
}
