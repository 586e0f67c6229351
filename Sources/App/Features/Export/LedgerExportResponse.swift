import Foundation
import Hummingbird
import Logging
import NIOCore
import ReformCore
import SQLKit

/// The HTTP response of a ledger export, shared by the page routes and the API.
///
/// CSV streams as it is written: batches of rows go into the response body under the client's
/// back-pressure. XLSX is a zip whose directory comes last, so the workbook is written to a temporary
/// file by the streaming writer first (a failure is still an error response), then the file is
/// streamed out; it is unlinked as soon as it is open, so nothing is left behind whatever happens to
/// the connection.
enum LedgerExportResponse {
    static func make(_ export: LedgerExport, on sql: any SQLDatabase, logger: Logger) async throws -> Response {
        try await export.validate()
        let names = try await fileNames(export, on: sql)
        var headers: HTTPFields = [
            .contentType: export.options.format.contentType,
            .contentDisposition: ContentDisposition.attachment(filename: names.display, asciiFallback: names.ascii),
            .cacheControl: "no-store"
        ]
        switch export.options.format {
        case .csv:
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    do {
                        try await export.streamCSV { bytes in try await writer.write(ByteBuffer(bytes: bytes)) }
                        try await writer.finish(nil)
                    } catch {
                        // The status line is gone: all that is left is to end the connection without the final
                        // chunk, so the client sees a truncated download rather than a complete-looking file.
                        logger.error("ledger export failed while streaming", metadata: ["error": "\(error)"])
                        throw error
                    }
                })
        case .xlsx:
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-export-\(UUID().uuidString).xlsx")
            let handle: FileHandle
            do {
                try await export.write(to: url)
                handle = try FileHandle(forReadingFrom: url)
                try? FileManager.default.removeItem(at: url)
            } catch {
                try? FileManager.default.removeItem(at: url)
                throw error
            }
            let size = Int(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
            headers[.contentLength] = String(size)
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody(contentLength: size) { writer in
                    defer { try? handle.close() }
                    while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
                        try await writer.write(ByteBuffer(data: chunk))
                    }
                    try await writer.finish(nil)
                })
        }
    }

    /// "龙华区委…工作要点_台账_2026-11-21.xlsx" (the plan's title, else the jurisdiction's name), and an
    /// ASCII name such as "ledger-plan-3-2026-11-21.xlsx" for clients that cannot read the other.
    static func fileNames(_ export: LedgerExport, on sql: any SQLDatabase) async throws -> (display: String, ascii: String) {
        let l = export.options.language
        var parts: [String] = []
        var ascii = ["ledger"]
        if let planId = export.filter.planId, let plan = try await PlanQueries.find(planId, on: sql) {
            parts.append(String(plan.title.prefix(60)))
            ascii.append("plan-\(planId)")
        } else if let jid = export.filter.jurisdictionId, let j = try await JurisdictionQueries.find(jid, on: sql) {
            parts.append(String(j.name.prefix(60)))
            ascii.append("jurisdiction-\(jid)")
        }
        parts.append(L10n.t("export.sheet", l))
        if export.options.perField && export.options.format == .xlsx {
            parts.append(L10n.t("export.byField", l))
            ascii.append("by-field")
        }
        parts.append(export.today.iso)
        ascii.append(export.today.iso)
        let ext = "." + export.options.format.rawValue
        return (parts.joined(separator: "_") + ext, ascii.joined(separator: "-") + ext)
    }
}
