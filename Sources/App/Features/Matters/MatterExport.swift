import Foundation
import Hummingbird
import Logging
import NIOCore
import ReformCore
import ReformSpreadsheet
import SQLKit

/// The matters ledger's view, every row of it, as XLSX or CSV: the ledger's writers (`XLSXWriter`, `CSVRowEncoder`)
/// and its cell rules (`LedgerExportColumns`), rows read in keyset batches so memory stays flat.
struct MatterExport: Sendable {
    let db: any SQLDatabase
    let filter: MatterFilter
    let principal: Principal?
    let format: LedgerExportFormat
    let language: Language
    let today: LocalDate

    static let keys = [
        "seq", "subject", "level", "source", "lead", "co", "leader", "opened", "originalDeadline", "deadline", "delays", "state", "light",
        "judgement", "result", "closed"
    ]
    private static let widths: [Double] = [7, 36, 11, 12, 20, 26, 10, 13, 13, 13, 9, 12, 8, 8, 36, 13]
    private static let wraps: Set<String> = ["subject", "lead", "co", "result"]

    func columns() -> [ColumnSpec] {
        zip(Self.keys, Self.widths).map { key, width in
            ColumnSpec(L10n.t("matter.col." + key, language), width: width, wrapsText: Self.wraps.contains(key))
        }
    }

    /// One matter's cells; dates are date cells in XLSX and `YYYY-MM-DD` text in CSV.
    func cells(_ m: MatterRecord, seq: Int, units: [MatterUnitRecord], judgement: JudgementRating?) -> [CellValue] {
        let l = language
        func date(_ iso: String?) -> CellValue {
            guard let iso else { return .empty }
            if format == .xlsx, let d = LedgerExportColumns.isoDate(iso) { return .date(d) }
            return .text(iso)
        }
        let light = m.light(today: today)
        return [
            .integer(seq), .text(m.subject), .text(L10n.t("matterLevel." + m.level, l)), .text(L10n.t("matterSource." + m.sourceKind, l)),
            .text(units.first(where: \.isLead)?.name ?? ""), .text(units.filter { !$0.isLead }.map(\.name).joined(separator: "、")),
            .text(m.responsibleLeader), date(m.openedOn), date(m.originalDeadline), date(m.deadline), .integer(m.delayCount),
            .text(L10n.t("matterState." + m.state, l)), .text(L10n.light(light, l)),
            .text(judgement.map { L10n.t("judgement." + $0.rawValue, l) } ?? ""), .text(m.requiredResult), date(m.closedOn)
        ]
    }

    /// Feeds every row of the view to `row`, in the ledger's order.
    func forEachRow(_ row: ([CellValue]) async throws -> Void) async throws {
        var seq = 0
        try await MatterQueries.forEachBatch(filter, principal: principal, today: today, on: db) { batch, units, judgements in
            for m in batch {
                seq += 1
                try await row(cells(m, seq: seq, units: units[m.id] ?? [], judgement: judgements[m.id]))
            }
        }
    }

    /// The download: CSV streamed in chunks as it is written; XLSX written to a temporary file (unlinked once open), then streamed.
    func response(logger: Logger) async throws -> Response {
        // An unknown jurisdiction fails here, before any byte is sent.
        _ = try await MatterQueries.conditions(filter, principal: principal, today: today, on: db)
        let name = L10n.t("matter.title", language) + "_" + today.iso + "." + format.rawValue
        var headers: HTTPFields = [
            .contentType: format.contentType,
            .contentDisposition: ContentDisposition.attachment(filename: name, asciiFallback: "matters-\(today.iso).\(format.rawValue)"),
            .cacheControl: "no-store"
        ]
        switch format {
        case .csv:
            let export = self
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    let encoder = CSVRowEncoder(neutralizesFormulas: true)
                    var buffer = CSVRowEncoder.byteOrderMark
                    encoder.append(export.columns().map(\.title), to: &buffer)
                    do {
                        try await export.forEachRow { cells in
                            encoder.append(cells.map(LedgerExportColumns.csvText), to: &buffer)
                            if buffer.count >= 64 * 1024 {
                                try await writer.write(ByteBuffer(bytes: buffer))
                                buffer.removeAll(keepingCapacity: true)
                            }
                        }
                        if !buffer.isEmpty { try await writer.write(ByteBuffer(bytes: buffer)) }
                        try await writer.finish(nil)
                    } catch {
                        logger.error("matters export failed while streaming", metadata: ["error": "\(error)"])
                        throw error
                    }
                })
        case .xlsx:
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-matters-\(UUID().uuidString).xlsx")
            let handle: FileHandle
            do {
                let writer = try XLSXWriter(destination: url, title: L10n.t("matter.title", language))
                try writer.addSheet(name: L10n.t("matter.title", language), columns: columns())
                try await forEachRow { try writer.appendRow($0) }
                try writer.finish()
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
}
