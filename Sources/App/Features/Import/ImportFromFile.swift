import Foundation
import ReformCore

/// `reform import FILE --jurisdiction …`: the page's dry run (and commit) for operators loading many plans, with
/// the problem report as the page words it.
package enum ImportFromFile {
    package struct Outcome: Sendable {
        /// The report, one line per problem: severity, where, what.
        package var lines: [String]
        package var errorCount: Int
        package var itemCount: Int
        package var batchId: Int
        /// The plan the commit created or filled, when `commit` was asked and the report had no error.
        package var committedPlanId: Int?
    }

    /// Reads `file` into a draft for a new plan under `jurisdiction` (an id, a 6-digit division code or a name), and
    /// commits it when asked and the report has no error.
    package static func run(
        file: URL, jurisdiction: String, title: String?, commit: Bool, actor: String, language: Language, services: AppServices
    ) async throws -> Outcome {
        let sql = services.database.sql
        guard let kind = ImportService.kind(forFilename: file.lastPathComponent) else {
            throw ImportFromFileError(L10n.t("import.unknownKind", language))
        }
        let all = try await JurisdictionQueries.all(on: sql)
        let matching = all.filter { String($0.id) == jurisdiction || $0.divisionCode == jurisdiction || $0.name == jurisdiction }
        guard matching.count == 1, let target = matching.first else {
            throw ImportFromFileError(
                language == .zh
                    ? (matching.isEmpty ? "找不到辖区“\(jurisdiction)”（可填编号、行政区划代码或名称）" : "“\(jurisdiction)”对应多个辖区，请用编号")
                    : (matching.isEmpty
                        ? "No jurisdiction “\(jurisdiction)” (give its id, division code or name)"
                        : "“\(jurisdiction)” names several jurisdictions; give its id"))
        }
        let upload = ImportService.Upload(kind: kind, filename: file.lastPathComponent, file: file, keeping: nil)
        let batch: ImportService.Batch
        do {
            batch = try await services.imports.createDraft(
                upload, target: ImportTarget(mode: .newPlan, jurisdictionId: target.id, title: title ?? ""), actor: actor)
        } catch let failure as ImportFailure {
            throw ImportFromFileError(file.path + ": " + failure.message(language))
        }
        var outcome = Outcome(
            lines: report(batch.problems, language), errorCount: batch.errorCount, itemCount: batch.payload.items.count,
            batchId: batch.record.id)
        if commit, batch.errorCount == 0 {
            let committed = try await services.imports.commit(batch.record.id, actor: actor)
            outcome.committedPlanId = committed.record.planId
        }
        return outcome
    }

    /// The problem report as the import page lists it: "错误 · 第12行 · 未知单位“市委督查室”…".
    static func report(_ problems: [ImportProblem], _ l: Language) -> [String] {
        problems.map { p in
            [L10n.t("import.severity." + p.severity.rawValue, l), ImportPages.location(p, l), p.message(l)]
                .filter { !$0.isEmpty }.joined(separator: " · ")
        }
    }
}

package struct ImportFromFileError: Error, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
