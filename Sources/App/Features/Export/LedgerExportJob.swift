import Foundation
import Hummingbird
import ReformCore

/// A ledger export written by the job worker rather than in the request: the office asks for it, gets the job's page
/// with a progress bar at once, and downloads the file when it is done — from any instance, as the file is kept in
/// the database (`FileStore`). For exports of a large view (the ledger page offers it past `rowThreshold` rows);
/// the direct downloads stay as they are.
enum LedgerExportJob {
    static let kind = "export.ledger"
    /// The ledger page offers the export as a job when its view holds at least this many rows.
    static let rowThreshold = 10_000

    struct Payload: Codable, Sendable {
        /// The ledger view's URL parameters, with the jurisdiction the reader's view was scoped to when asked.
        var params: [String: [String]]
        var format: String
        var language: String
    }

    /// What the job leaves: the file in the store, and how to hand it out.
    struct Output: Codable, Sendable {
        var fileKey: String
        var filename: String
        var asciiFilename: String
        var contentType: String
        var bytes: Int
        var rows: Int
    }

    static let handler = JobHandler(kind: kind, titleKey: "export.job.title", link: link, run: run)

    static func link(_ job: Job) -> String? { "/ledger/export-jobs/\(job.id)/file" }

    /// The payload of an export of `filter` (already scoped to the reader's view) as `format`.
    static func payload(params: [String: [String]], scoped filter: LedgerFilter, format: LedgerExportFormat, language: Language) -> Payload {
        var params = params
        params["jurisdiction"] = filter.jurisdictionId.map { [String($0)] }
        for key in ["page", "per_page", "format"] { params[key] = nil }
        return Payload(params: params, format: format.rawValue, language: language.rawValue)
    }

    @Sendable static func run(_ context: JobContext) async throws -> String? {
        let payload = try context.decodePayload(Payload.self)
        let services = context.services
        guard let format = LedgerExportFormat(rawValue: payload.format) else { throw PermanentJobFailure("unknown format \(payload.format)") }
        let language = Language(rawValue: payload.language) ?? .zh
        var export: LedgerExport
        do {
            let filter = try LedgerFilter.parse(payload.params)
            let options = try LedgerExportOptions.parse(payload.params, format: format, language: language)
            export = LedgerExport(db: services.database.sql, filter: filter, options: options, today: services.clock.today)
            try await export.validate()
        } catch let error as AppError {
            // The view no longer reads (a plan deleted since): another attempt would fail the same way.
            throw PermanentJobFailure(LedgerExport.describe(error))
        }
        try await context.progress(done: 0, total: 0, note: "")
        export.progress = { rows in try await context.progress(done: Int64(rows), total: 0, note: "") }
        let names = try await LedgerExportResponse.fileNames(export, on: services.database.sql)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-export-job-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: url) }
        let rows = try await export.write(to: url)
        let data = try Data(contentsOf: url)
        let timestamp = services.clock.timestamp
        let key = try await services.database.transaction { sql in try await FileStore.put(data, at: timestamp, on: sql) }
        let output = Output(
            fileKey: key, filename: names.display, asciiFilename: names.ascii, contentType: format.contentType, bytes: data.count,
            rows: rows)
        return String(decoding: try JSONEncoder().encode(output), as: UTF8.self)
    }

    /// The finished job's file, for whoever may see the job (else 404).
    static func download(_ jobId: Int, _ principal: Principal, _ services: AppServices) async throws -> Response {
        let job = try await JobsAccess.visibleJob(jobId, principal, services)
        guard job.kind == kind, job.state == .succeeded, let result = job.result,
            let output = try? JSONDecoder().decode(Output.self, from: Data(result.utf8)),
            let file = try await services.files.file(output.fileKey)
        else { throw AppError.notFound(entity: "export", id: String(jobId)) }
        return Response(
            status: .ok,
            headers: [
                .contentType: output.contentType,
                .contentDisposition: ContentDisposition.attachment(filename: output.filename, asciiFallback: output.asciiFilename),
                .cacheControl: "no-store"
            ],
            body: services.files.body(of: file))
    }
}
