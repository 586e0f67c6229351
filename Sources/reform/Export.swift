import App
import ArgumentParser
import Foundation
import Logging

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a ledger view (every row, no cap) as XLSX or CSV, as the ledger page's export buttons do.",
        discussion: """
            The filters are the ledger page's: --plan and --jurisdiction, or any of its URL parameters in --filter \
            (e.g. --filter 'status=in_progress&light=red&scope=leaves').
            """)

    @Option(help: "xlsx or csv") var format: String
    @Option(help: "Only this plan's items") var plan: Int?
    @Option(help: "Only items of plans filed under this jurisdiction or below") var jurisdiction: Int?
    @Option(help: "More ledger filters as a URL query string") var filter: String?
    @Flag(name: .customLong("per-field"), help: "XLSX: one sheet per field (领域)") var perField = false
    @Option(help: "Language of the header and status words: zh or en") var lang = "zh"
    @Option(help: "The file to write (replaced)") var out: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var params = [String: [String]]()
        for pair in (filter ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            params[parts[0], default: []].append(parts.count > 1 ? parts[1] : "")
        }
        if let plan { params["plan"] = [String(plan)] }
        if let jurisdiction { params["jurisdiction"] = [String(jurisdiction)] }
        params["format"] = [format]
        if perField { params["per_field"] = ["1"] }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang takes zh or en, got \(lang)") }
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let services = try await buildServices(AppConfig(database: try database.location(), loadDemoIfEmpty: false), logger: logger)
        do {
            let started = Date()
            let rows = try await LedgerExport.write(params: params, language: language, to: URL(fileURLWithPath: out), services: services)
            print("\(rows) rows written to \(out) in " + String(format: "%.1f s", Date().timeIntervalSince(started)))
        } catch {
            await services.database.shutdown()
            throw ValidationError(LedgerExport.describe(error))
        }
        await services.database.shutdown()
    }
}
