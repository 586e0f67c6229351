import ReformCore

extension ReportDraft {
    /// The draft that reproduces a stored report, for its edit form. `DraftConversionTests` fails when a draft field is
    /// added and not carried here.
    init(record r: ReportRecord, indicatorValues: [Int: String]) {
        self.init(
            period: r.period, status: r.status, percent: ItemService.Values.format(r.percent), narrative: r.narrative,
            problems: r.problems, nextSteps: r.nextSteps, requestedDeadline: r.requestedDeadline ?? "",
            deadlineReason: r.deadlineReason, indicatorValues: indicatorValues)
    }
}
