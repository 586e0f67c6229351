import Foundation

/// Runs programs outside Swift (python3 with openpyxl, LibreOffice) to check the writer's files with readers
/// that are not ours.
enum ExternalTool {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The full path of a program on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program to its end; output goes through files so a chatty program cannot fill a pipe and stall.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 180) throws -> Output {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Whether python3 can import openpyxl.
    static let openpyxlAvailable: Bool = {
        guard let python = find("python3"), let output = try? run(python, ["-c", "import openpyxl"], timeout: 60) else { return false }
        return output.status == 0
    }()

    static let libreOffice: String? = find("soffice") ?? find("libreoffice")

    /// CI sets these so a missing tool fails the run instead of skipping the check.
    static var openpyxlRequired: Bool { ProcessInfo.processInfo.environment["REFORM_REQUIRE_OPENPYXL"] == "1" }
    static var libreOfficeRequired: Bool { ProcessInfo.processInfo.environment["REFORM_REQUIRE_LIBREOFFICE"] == "1" }
}
