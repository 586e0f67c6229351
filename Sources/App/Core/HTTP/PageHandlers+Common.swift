import Foundation
import Hummingbird
import ReformCore

extension PageHandlers {
    /// The 409 page: what changed since the form was opened, and a way back to the latest version.
    func conflictPage(changes: [ConflictChange], currentVersion: Int, reloadURL: String, request: Request, context: AppRequestContext) -> Response {
        let l = context.language
        return renderer.page("conflict", title: L10n.t("conflict.title", l), data: [
            "changes": changes.map { ["field": L10n.field($0.field, l), "yours": $0.yours ?? "", "current": $0.current ?? "",
                                      "by": $0.changedBy ?? "", "at": $0.changedAt ?? ""] },
            "reloadURL": reloadURL, "currentVersion": currentVersion,
        ], context: context, request: request, status: .conflict)
    }

    /// A stored timestamp as people read it.
    static func displayTime(_ iso: String) -> String {
        // 2026-11-21T06:12:00.123Z → 2026-11-21 14:12 (China Standard Time)
        guard iso.count >= 16, let day = LocalDate(iso: String(iso.prefix(10))), let h = Int(iso.dropFirst(11).prefix(2)),
              let m = Int(iso.dropFirst(14).prefix(2)) else { return iso }
        let total = h * 60 + m + 8 * 60
        let date = day.adding(days: total / (24 * 60))
        let minutes = total % (24 * 60)
        return date.iso + " " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
