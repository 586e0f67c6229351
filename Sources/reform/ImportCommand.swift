import App
import ArgumentParser
import Foundation
import Logging

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a plan document or ledger (.docx .doc .wps .pdf .txt .xlsx .csv) as a new plan: a dry run with its problem report.",
        discussion: """
            Prints the same problem report as the import page (/imports/{id}) and leaves the draft there for corrections. \
            With --commit, a report without errors is committed in one transaction. Exits with 1 when the report has errors.
            """)

    @Argument(help: "The file to import") var file: String
    @Option(help: "The jurisdiction the plan belongs to: its id, 6-digit division code or name") var jurisdiction: String
    @Option(help: "The plan's title (default: the title found in the file)") var title: String?
    @Flag(help: "Commit the import when the report has no errors") var commit = false
    @Option(help: "Language of the report: zh or en") var lang = "zh"
    @Option(help: "Recorded as the import's actor") var actor = "reform import"
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang takes zh or en, got \(lang)") }
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw ValidationError("\(file): no such file, or it cannot be read") }
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let services = try await buildServices(AppConfig(database: try database.location(), loadDemoIfEmpty: false), logger: logger)
        let outcome: ImportFromFile.Outcome
        do {
            try await services.database.migrate()
            outcome = try await ImportFromFile.run(
                file: url, jurisdiction: jurisdiction, title: title, commit: commit, actor: actor, language: language, services: services)
        } catch {
            await services.database.shutdown()
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        await services.database.shutdown()
        for line in outcome.lines { print(line) }
        let zh = language == .zh
        print(
            zh
                ? "读出 \(outcome.itemCount) 个条目，\(outcome.errorCount) 个错误；草稿 /imports/\(outcome.batchId)"
                : "\(outcome.itemCount) items read, \(outcome.errorCount) errors; draft /imports/\(outcome.batchId)")
        if let plan = outcome.committedPlanId {
            print(zh ? "已提交：方案 /plans/\(plan)" : "Committed: plan /plans/\(plan)")
        } else if commit, outcome.errorCount == 0 {
            print(zh ? "已提交" : "Committed")
        }
        if outcome.errorCount > 0 { throw ExitCode(1) }
    }
}
