import Foundation
import Hummingbird
import ReformCore

extension PageHandlers {
    /// The 409 page: what changed since the form was opened, and a way back to the latest version.
    func conflictPage(
        changes: [ConflictChange], currentVersion: Int, reloadURL: String, request: Request,
        context: AppRequestContext
    ) async throws -> Response {
        let l = context.language
        let text = try await ChangeText.load(
            changes.map { [$0.field: [$0.yours, $0.current]] }, language: l,
            timeZone: services.clock.timeZone, on: sql)
        let view = ConflictPageView(
            changes: changes.map {
                .init(
                    field: text.label($0.field), yours: text.value($0.field, $0.yours), current: text.value($0.field, $0.current),
                    by: $0.changedBy ?? "", at: displayTime($0.changedAt, l))
            },
            reloadURL: reloadURL, currentVersion: currentVersion)
        return renderer.page(
            "conflict", title: L10n.t("conflict.title", l), view: view, context: context, request: request, status: .conflict)
    }

    /// A stored timestamp as people read it: in the server's time zone, in the reader's date style.
    func displayTime(_ timestamp: String?, _ l: Language) -> String {
        L10n.time(timestamp, l, in: services.clock.timeZone)
    }
}
