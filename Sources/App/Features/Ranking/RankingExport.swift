import Foundation
import Hummingbird
import NIOCore
import ReformCore
import ReformSpreadsheet

/// The ranking for the assessment file (绩效考核): XLSX through the ledger's `XLSXWriter`, or CSV. Three header rows
/// (what, as of which day; the formula; the weights' source), then one row per unit: rank, tie, unit, each component's
/// raw value and points, total.
struct RankingExport {
    let request: RankingRequest
    let result: RankingResult
    let format: LedgerExportFormat
    let language: Language

    var text: RankingText { RankingText(result: result, jurisdiction: request.jurisdiction, plan: request.plan, language: language) }

    /// The rows above the table.
    func preamble() -> [String] {
        [
            L10n.t("rank.title", language) + " · " + text.heading(isoDate: true), L10n.t("rank.formulaLabel", language) + text.formula,
            L10n.t("rank.weights.label", language) + text.weightsSource
        ]
    }

    func columns() -> [String] {
        var titles = [L10n.t("rank.col.rank", language), L10n.t("rank.col.tied", language), L10n.t("rank.col.unit", language)]
        for c in RankingComponent.allCases {
            let name = RankingText.componentName(c, language)
            titles.append(L10n.fill("rank.col.raw", language, name))
            titles.append(L10n.fill("rank.col.points", language, name))
        }
        titles.append(L10n.t("rank.col.total", language))
        titles.append(L10n.t("rank.col.asOf", language))
        return titles
    }

    func rows() -> [[CellValue]] {
        result.units.map { u in
            var cells: [CellValue] = [.integer(u.rank), .text(u.tied ? L10n.t("rank.tied", language) : ""), .text(u.unitName)]
            for c in RankingComponent.allCases {
                let line = u.component(c)
                cells.append(.number(line?.raw ?? 0))
                cells.append(.number(line?.points ?? 0))
            }
            cells.append(.number(u.score))
            cells.append(.text(result.asOf.iso))
            return cells
        }
    }

    /// Negative points must stay numbers, so only the text cells are guarded against formulas (a unit named "=…").
    func csv() -> [UInt8] {
        let encoder = CSVRowEncoder()
        var buffer = CSVRowEncoder.byteOrderMark
        for line in preamble() { encoder.append([Self.guarded(line)], to: &buffer) }
        encoder.append(columns().map(Self.guarded), to: &buffer)
        for row in rows() {
            encoder.append(
                row.map { cell in
                    switch cell {
                    case .number(let x): RankingText.number(x)
                    case .integer(let n): String(n)
                    case .text(let t): Self.guarded(t)
                    default: LedgerExportColumns.csvText(cell)
                    }
                }, to: &buffer)
        }
        return buffer
    }

    static func guarded(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    func xlsx() throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-ranking-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let title = L10n.t("rank.title", language)
        let writer = try XLSXWriter(destination: url, title: title)
        try writer.addSheet(name: title, columns: [], freezeHeader: false, autoFilter: false)
        for line in preamble() { try writer.appendRow([.text(line)]) }
        try writer.appendRow(columns().map { .text($0) })
        for row in rows() { try writer.appendRow(row) }
        try writer.finish()
        return try Data(contentsOf: url)
    }

    func response() throws -> Response {
        let name = L10n.t("rank.title", language) + "_" + request.jurisdiction.name + "_" + result.asOf.iso + "." + format.rawValue
        let bytes: [UInt8] = format == .csv ? csv() : [UInt8](try xlsx())
        return Response(
            status: .ok,
            headers: [
                .contentType: format.contentType,
                .contentDisposition: ContentDisposition.attachment(filename: name, asciiFallback: "ranking-\(result.asOf.iso).\(format.rawValue)"),
                .cacheControl: "no-store", .contentLength: String(bytes.count)
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
