import ArgumentParser
import Foundation
import ReformBench
import ReformCore

struct ParseBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-bench",
        abstract: "Time the plan-document parser: a 1,000-item plan, the same in traditional characters, a 5 MB document, and a PDF if given.",
        discussion: """
            No database. Measure a release build: swift run -c release reform parse-bench --pdf /tmp/plan-200.pdf \
            (Tests/AppTests/Fixtures/make_pdf.py --pages 200 /tmp/plan-200.pdf writes a 200-page plan).
            """)

    @Option(help: "Timed runs per document") var runs = 5
    @Option(help: "Size of the large document, in MB") var megabytes = 5
    @Option(help: "A PDF to extract with pdftotext -layout and parse") var pdf: String?

    func run() async throws {
        func report(_ t: ParseBenchmark.Timing) {
            print(
                String(
                    format: "%@: %.1f MB, %d items, best %.3f s, median %.3f s (CPU best %.3f s, median %.3f s)", t.name,
                    Double(t.bytes) / 1_048_576, t.items, t.best, t.median, t.cpuBest, t.cpuMedian))
        }
        let plan = ParseBenchmark.document(fields: 10, tasks: 9, measures: 10)
        report(ParseBenchmark.time("1,000-item plan", plan, runs: runs))
        let traditional = ChineseScript.traditional(plan)
        report(ParseBenchmark.time("1,000-item plan in traditional characters", traditional, runs: runs))
        report(ParseBenchmark.time("\(megabytes) MB document", ParseBenchmark.large(bytes: megabytes * 1_048_576), runs: runs))
        if let pdf {
            guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
                throw ValidationError("pdftotext not found (Debian: apt-get install poppler-utils)")
            }
            let (extract, pages, timing) = try ParseBenchmark.pdf(URL(fileURLWithPath: pdf), pdftotext: tool, runs: runs)
            print(String(format: "pdftotext -layout: %d pages in %.3f s", pages, extract))
            report(timing)
        }
    }
}
