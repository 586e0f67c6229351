import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

extension PageHandlers {
    /// The summary as a dictionary, for the pages that add their own keys to it.
    func planSummary(_ p: PlanRecord, _ l: Language) -> [String: Any] {
        let v = PlanSummaryView(p, l)
        var d: [String: Any] = [
            "id": v.id, "title": v.title, "percent": v.percent, "percentValue": v.percentValue, "isDemo": v.isDemo,
            "rule": v.rule
        ]
        if let docNumber = v.docNumber { d["docNumber"] = docNumber }
        if let issuer = v.issuer { d["issuer"] = issuer }
        if let issueDate = v.issueDate { d["issueDate"] = issueDate }
        return d
    }
}
