import Foundation
import ReformCore
import ReformSpreadsheet

/// One libFuzzer entry point for every parser of untrusted input; `FUZZ_TARGET` chooses which one a run feeds
/// (xlsx, docx, csv, plan, multipart). Each must return or throw its own error for any input: a crash, a trap, an
/// address-sanitizer report, a hang past libFuzzer's -timeout or memory past -rss_limit_mb is a finding.
///
/// The upload limits are smaller than the server's so that each input is read in milliseconds; what they check is
/// the same code.
enum FuzzTarget: String {
    case xlsx, docx, csv, plan, multipart

    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set FUZZ_TARGET to one of xlsx, docx, csv, plan, multipart (got \"\(name)\")")
        }
        return target
    }()

    static let limits = UploadLimits(
        maxPartBytes: 4 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024, maxCompressionRatio: 100, ratioGraceBytes: 256 * 1024,
        maxCellsPerSheet: 200_000, maxCharactersPerSheet: 2_000_000, maxDryRunSeconds: 10)

    func run(_ data: Data) {
        switch self {
        case .xlsx:
            _ = try? XLSXReader(data: data, budget: UploadBudget(limits: Self.limits)).visibleTables()
        case .docx:
            _ = try? DocxText.extract(data, budget: UploadBudget(limits: Self.limits))
        case .csv:
            _ = try? CSVReader(data: data).table(name: "fuzz.csv", limits: Self.limits)
        case .plan:
            let text = String(decoding: data, as: UTF8.self)
            _ = PlanDocumentParser.parse(text, planYear: 2026)
            // The same bytes as a PDF's layout text (pdftotext -layout), rebuilt and parsed.
            _ = PlanDocumentParser.parse(LayoutText.lines(of: text), planYear: 2026)
        case .multipart:
            // The first byte picks the chunk size, so the same body is also read split at awkward places.
            guard let first = data.first else { return }
            var parser = MultipartStreamParser(boundary: "fuzzBoundary")
            let body = Array(data.dropFirst())
            let size = Int(first % 64) + 1
            var parts = 0
            do {
                var position = 0
                while position < body.count {
                    let end = min(body.count, position + size)
                    try parser.feed(Array(body[position..<end])) { event in
                        if case .begin = event { parts += 1 }
                    }
                    position = end
                }
                try parser.finish()
            } catch {}
            precondition(parts <= parser.maxParts, "more parts than the limit came through")
        }
    }
}

/// libFuzzer's driver, called from our own `main`: SwiftPM makes the program's `main` the target's entry point
/// (`--defsym main=reform_fuzz_main`), so libFuzzer's own `main`, which comes along from its archive, is not the one run.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = runFuzzerDriver(&argc, &argv) { bytes, count in
            FuzzTarget.chosen.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        }
        exit(status)
    }
}

/// What libFuzzer's own `main` would call; it is linked in with the driver, so the symbol must exist.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzTarget.chosen.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
