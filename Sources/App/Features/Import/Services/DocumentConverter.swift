import Foundation
import ReformCore

/// The programs that turn other document formats into something the plan parser reads: poppler's `pdftotext`
/// (Debian: poppler-utils) for a PDF with a text layer, LibreOffice headless for old Word (.doc) and WPS files.
/// Both run as child processes with a time limit; a missing program is a clear message naming what to install.
struct ExternalTools: Sendable {
    var pdftotext: String?
    var soffice: String?
    /// How long one conversion may take.
    var timeoutSeconds: Double = 120

    /// The programs found on PATH (LibreOffice also as `libreoffice`).
    static var onPath: ExternalTools {
        ExternalTools(pdftotext: find(["pdftotext"]), soffice: find(["soffice", "libreoffice"]))
    }

    static func find(_ names: [String]) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in names {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }
}

struct DocumentConverter {
    var tools: ExternalTools

    static let pdfToolMissing = ImportFailure.unreadable(
        zh: "读取 PDF 需要 poppler 的 pdftotext，服务器上没有安装（Debian/Ubuntu：apt-get install poppler-utils）",
        en: "reading a PDF needs poppler's pdftotext, which is not installed on the server (Debian/Ubuntu: apt-get install poppler-utils)")
    static let noTextLayer = ImportFailure.unreadable(
        zh: "这份 PDF 没有文字层（多为扫描件），无法读取文字；请上传方案的 Word 文件或带文字的 PDF（本系统不做文字识别）",
        en:
            "this PDF has no text layer (it is probably a scan), so there is no text to read; upload the plan as a Word file or a PDF with text (no OCR here)"
    )
    static let officeMissing = ImportFailure.unreadable(
        zh: "读取 .doc 和 .wps 文件需要 LibreOffice，服务器上没有安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui）；也可以另存为 .docx 后上传",
        en:
            "reading .doc and .wps files needs LibreOffice, which is not installed on the server (Debian/Ubuntu: apt-get install libreoffice-writer-nogui); or save the file as .docx and upload that"
    )

    /// The PDF's text laid out as on the page (`pdftotext -layout`), rebuilt into lines the parser reads.
    func pdfText(_ upload: ImportService.Upload) throws -> String {
        guard let pdftotext = tools.pdftotext else { throw Self.pdfToolMissing }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.file(of: upload, in: folder, named: "upload.pdf")
        let output = folder.appendingPathComponent("text.txt")
        let (status, errors) = try run(pdftotext, ["-layout", "-enc", "UTF-8", input.path, output.path], in: folder)
        guard status == 0 else {
            throw ImportFailure.unreadable(
                zh: "pdftotext 无法读取这份 PDF（退出码 \(status)）：\(errors)", en: "pdftotext could not read this PDF (exit \(status)): \(errors)")
        }
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard text.contains(where: { !$0.isWhitespace }) else { throw Self.noTextLayer }
        return LayoutText.lines(of: text)
    }

    /// A .doc or .wps converted to .docx by LibreOffice headless, in a temporary folder the caller removes.
    func docx(from upload: ImportService.Upload) throws -> URL {
        guard let soffice = tools.soffice else { throw Self.officeMissing }
        let folder = try Self.temporaryFolder()
        let input = try Self.file(of: upload, in: folder, named: "upload." + upload.kind.rawValue)
        // Its own profile folder: a LibreOffice already running for the same user would otherwise take the job.
        let profile = "file://" + folder.appendingPathComponent("profile").path
        let (status, errors) = try run(
            soffice, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "docx", "--outdir", folder.path, input.path], in: folder)
        let converted = folder.appendingPathComponent("upload.docx")
        guard status == 0, FileManager.default.fileExists(atPath: converted.path) else {
            try? FileManager.default.removeItem(at: folder)
            throw ImportFailure.unreadable(
                zh: "LibreOffice 无法转换这个文件（退出码 \(status)）：\(errors)", en: "LibreOffice could not convert this file (exit \(status)): \(errors)")
        }
        return converted
    }

    /// Runs a program to its end or the time limit, with standard output and error in files (a pipe could fill and
    /// stall the child); the exit status and the first lines of its errors.
    private func run(_ program: String, _ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errorsFile = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorsFile)
        defer { try? errors.close() }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + tools.timeoutSeconds) == .timedOut {
            process.terminate()
            done.wait()
            let name = (program as NSString).lastPathComponent
            throw ImportFailure.unreadable(
                zh: "\(name) 在 \(Int(tools.timeoutSeconds)) 秒内没有完成转换", en: "\(name) did not finish within \(Int(tools.timeoutSeconds)) seconds")
        }
        let text = (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)))
    }

    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The upload as a file in `folder` (a copy, so the name and extension are the converter's to choose).
    private static func file(of upload: ImportService.Upload, in folder: URL, named name: String) throws -> URL {
        let target = folder.appendingPathComponent(name)
        switch upload.content {
        case .data(let data): try data.write(to: target)
        case .file(let url): try FileManager.default.copyItem(at: url, to: target)
        }
        return target
    }
}
