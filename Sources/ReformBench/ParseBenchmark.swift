import Foundation
import ReformCore

/// `reform parse-bench`: times the plan-document parser (`PlanDocumentParser`) on generated documents shaped like
/// real ones (a covering notice, then 领域 → 任务 → 举措 with assignments and deadlines), on a 5 MB document, on the
/// same plan in traditional characters, and on a PDF's text when one is given (pdftotext -layout, then the parse).
public enum ParseBenchmark {
    public struct Timing: Sendable {
        public var name: String
        public var bytes: Int
        public var items: Int
        /// Fastest and median of the runs, seconds.
        public var best: Double
        public var median: Double
        /// The same runs' CPU time (this process's user and system seconds), which other sessions' builds on the same
        /// cores do not inflate as they do the wall clock.
        public var cpuBest: Double = 0
        public var cpuMedian: Double = 0
    }

    /// A plan of `fields` 领域 × `tasks` 任务 × `measures` 举措 after a covering notice; 10 × 9 × 10 gives 1,000 items.
    public static func document(fields: Int, tasks: Int, measures: Int) -> String {
        var lines = [
            "广州市人民政府办公厅关于印发基准市重点工作分工方案的通知",
            "穗府办〔2021〕5号",
            "各区人民政府，市政府各部门、各直属机构：",
            "现将《基准市重点工作分工方案》印发给你们，请认真组织实施。现就有关事项通知如下：",
            "一、高度重视。各单位要把重点工作摆在突出位置。",
            "二、按时报送。请各牵头单位于4月10日、7月10日、10月10日前报送工作进展情况。",
            "广州市人民政府办公厅",
            "2021年3月5日",
            "基准市重点工作分工方案"
        ]
        var measure = 0
        for field in 1...fields {
            lines.append(OutlineNumber.label(depth: 0, index: field) + "深化第\(field)领域改革")
            for task in 1...tasks {
                lines.append(OutlineNumber.label(depth: 1, index: (field - 1) * tasks + task) + "王伟中同志牵头负责的第\(task)项任务")
                for _ in 1...measures {
                    measure += 1
                    lines.append(
                        "\(measure)．推进第\(measure)项改革举措，2021年\(measure % 12 + 1)月底前形成制度成果；年底前全面推开。"
                            + "（牵头单位：市发展改革委；配合单位：市财政局、司法局、黄埔区、南沙区政府、市直有关部门、单位）")
                }
            }
        }
        lines += ["广州市人民政府办公厅", "2021年3月5日", "抄送：省政府办公厅。"]
        return lines.joined(separator: "\n")
    }

    /// The 1,000-item plan's body repeated to `bytes` (UTF-8) between its notice and its signature, numbered on.
    public static func large(bytes: Int) -> String {
        let lines = document(fields: 10, tasks: 9, measures: 10).split(separator: "\n")
        let head = lines.prefix(9).joined(separator: "\n"), tail = lines.suffix(3).joined(separator: "\n")
        let body = lines.dropFirst(9).dropLast(3).joined(separator: "\n")
        var text = head
        while text.utf8.count + tail.utf8.count < bytes { text += "\n" + body }
        return text + "\n" + tail
    }

    /// Times `parse` on `text` over `runs` runs.
    public static func time(_ name: String, _ text: String, runs: Int) -> Timing {
        var seconds: [Double] = [], cpu: [Double] = []
        var items = 0
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let cpuStarted = BenchProcessMemory.cpuSeconds()
            items = PlanDocumentParser.parse(text, planYear: 2021).allItems.count
            cpu.append(BenchProcessMemory.cpuSeconds() - cpuStarted)
            seconds.append(Self.seconds(ContinuousClock.now - started))
        }
        seconds.sort()
        cpu.sort()
        return Timing(
            name: name, bytes: text.utf8.count, items: items, best: seconds[0], median: seconds[seconds.count / 2], cpuBest: cpu[0],
            cpuMedian: cpu[cpu.count / 2])
    }

    /// pdftotext on `pdf` (seconds), then the layout rebuilt and parsed (timed as `time`).
    public static func pdf(_ pdf: URL, pdftotext: String, runs: Int) throws -> (extract: Double, pages: Int, timing: Timing) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("reform-parse-bench-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-layout", "-enc", "UTF-8", pdf.path, output.path]
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let extract = seconds(ContinuousClock.now - started)
        let layout = try String(contentsOf: output, encoding: .utf8)
        let pages = layout.filter { $0 == "\u{0C}" }.count
        var timing = time("PDF text (layout rebuilt, then parsed)", LayoutText.lines(of: layout), runs: runs)
        var rebuild: [Double] = [], rebuildCPU: [Double] = []
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let cpuStarted = BenchProcessMemory.cpuSeconds()
            _ = LayoutText.lines(of: layout)
            rebuildCPU.append(BenchProcessMemory.cpuSeconds() - cpuStarted)
            rebuild.append(seconds(ContinuousClock.now - started))
        }
        rebuild.sort()
        rebuildCPU.sort()
        timing.best += rebuild[0]
        timing.median += rebuild[rebuild.count / 2]
        timing.cpuBest += rebuildCPU[0]
        timing.cpuMedian += rebuildCPU[rebuildCPU.count / 2]
        timing.bytes = layout.utf8.count
        return (extract, pages, timing)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
