extension BatchFeature {
    static let strings = StringTable(
        prefixes: ["batch.", "field."],
        entries: [
            ("batch.assignTitle", "批量交办", "Assign in bulk"),
            ("batch.assignField", "批量交办下级任务", "Assign the tasks below in bulk"),
            ("batch.assignPlan", "批量交办", "Assign in bulk"),
            (
                "batch.assignHint", "一次交办下列末级任务：已交办给某单位的不会重复交办，只计入“跳过”；没有牵头单位的任务不能交办。",
                "Assigns every task listed below at once: a unit already assigned a task is skipped, not assigned twice; a task without a lead unit cannot be assigned."
            ),
            (
                "batch.summary", "尚有 {1} 项任务未完全交办：{2} 个牵头单位、{3} 个参与单位待交办。",
                "{1} tasks are not fully assigned: {2} lead units and {3} participating units to assign."
            ),
            (
                "batch.result", "已交办 {1} 个（事项、单位），跳过已交办的 {2} 个；{3} 项任务没有牵头单位。",
                "Assigned {1} (task, unit) pairs; skipped {2} already assigned; {3} tasks have no lead unit."
            ),
            ("batch.reach", "交办给", "Assign to"),
            ("batch.reach.lead", "仅牵头单位", "Lead units only"),
            ("batch.reach.all", "牵头单位和参与单位（各自报送）", "Lead and participating units (each reports its part)"),
            ("batch.assignSubmit", "全部交办", "Assign all"),
            ("batch.units", "责任单位", "Units"),
            ("batch.alreadyAssigned", "已交办", "assigned"),
            ("batch.nothingToAssign", "这里的任务都已交办。", "Every task here is assigned."),
            ("batch.selectAll", "全选", "Select all"),
            ("batch.selectRow", "选择", "Select"),
            ("batch.signSelected", "签收所选", "Sign for the selected"),
            ("batch.signedCount", "已签收 {1} 项任务。", "Signed for {1} tasks."),
            ("batch.amendTitle", "批量调整完成时限", "Amend deadlines in bulk"),
            ("batch.amendPlan", "批量调整时限", "Amend deadlines in bulk"),
            (
                "batch.amendHint", "勾选要调整的任务，填写新的完成时限和调整理由：每项任务各自记一条时限调整记录；任一项不能调整时，全部不调整。",
                "Tick the tasks to amend and give the new deadline and the reason: each task gets its own amendment record; if any one cannot be amended, none is."
            ),
            ("batch.amendSubmit", "调整所选任务的时限", "Amend the selected tasks"),
            ("batch.amendedCount", "已调整 {1} 项任务的完成时限。", "Amended the deadline of {1} tasks."),
            ("batch.itemRefused", "任务“{1}”：{2}", "Task “{1}”: {2}"),
            ("batch.itemChanged", "任务“{1}”已被他人修改，请刷新页面后重新勾选。", "Task “{1}” was changed by someone else; reload the page and tick again."),
            ("batch.noneTicked", "请至少勾选一项任务，且每项只勾选一次。", "Tick at least one task, each once."),
            ("batch.nothingToAmend", "该方案还没有任务。", "This plan has no tasks yet."),
            ("field.unitIds", "交办单位", "Units to assign"),
            ("field.reach", "交办范围", "Assign to"),
            ("field.under", "上级任务", "Field"),
            ("field.assignments", "所选任务", "Selected tasks")
        ])
}
