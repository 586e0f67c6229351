import ReformCore
import Testing

/// 进展 cells: a percentage (as a ledger export writes it) is read as the own percent; anything else is not.
struct ProgressCellTests {
    @Test(arguments: [
        ("35%", 35.0), ("35.5%", 35.5), (" 100 % ", 100), ("0%", 0), ("35％", 35), ("0%（汇总 37.5%）", 0), ("82%（汇总 81.7%）", 82),
        ("40% (rolled up 75%)", 40), ("40%(汇总75%)", 40)
    ])
    func readsPercentages(cell: String, percent: Double) {
        #expect(ProgressCell.ownPercent(cell) == percent)
    }

    @Test(arguments: ["", "推进中", "已完成方案起草，完成60%", "120%", "-5%", "35", "35%，正在报审", "35%（预计年底完成）", "%", "35% (rolled up soon)"])
    func leavesEverythingElseAsText(cell: String) {
        #expect(ProgressCell.ownPercent(cell) == nil)
    }
}
