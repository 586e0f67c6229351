import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

extension PageHandlers {
    func planSummary(_ p: PlanRecord, _ l: Language) -> [String: Any] {
        var d: [String: Any] = [
            "id": p.id, "title": p.title, "percent": L10n.percent(p.derivedPercent), "percentValue": p.derivedPercent ?? 0,
            "isDemo": p.isDemo, "rule": L10n.rule(p.rollupRule, l),
        ]
        // Empty strings are truthy in Mustache sections: a fact the plan does not have is left out.
        if !p.docNumber.isEmpty { d["docNumber"] = p.docNumber }
        if !p.issuer.isEmpty { d["issuer"] = p.issuer }
        if let date = p.issueDate { d["issueDate"] = L10n.date(date, l) }
        return d
    }
}
