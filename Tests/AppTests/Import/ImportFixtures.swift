import Foundation
import ReformCore
import SQLKit

@testable import App

/// The import fixtures (Tests/AppTests/Fixtures) and the units the 广州 work points name.
enum ImportFixtures {
    static func data(_ name: String) throws -> Data {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let url = Bundle.module.url(forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    static func upload(_ name: String) throws -> ImportService.Upload {
        ImportService.Upload(kind: ImportService.kind(forFilename: name)!, filename: name, data: try data(name))
    }
}

/// 广州市 with the departments its 2022 work points name, by their full names and short names, except
/// 人民银行广州分行营管部 and 市委督查室, which the import reports as unknown.
struct GuangzhouUnits {
    var city: JurisdictionRecord
    var units: [String: UnitRecord]

    subscript(_ name: String) -> UnitRecord { units[name]! }

    static func make(_ f: Fixtures) async throws -> GuangzhouUnits {
        let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let city = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: province.id)
        var units: [String: UnitRecord] = [:]
        for (name, short) in [
            ("广州市政务服务数据管理局", "市政务服务数据管理局"), ("广州市市场监督管理局", "市市场监管局"), ("国家税务总局广州市税务局", "市税务局"),
            ("广州市住房和城乡建设局", "市住房城乡建设局"), ("广州市规划和自然资源局", ""), ("广州市发展和改革委员会", "市发展改革委、市发改委"),
            ("广州市工业和信息化局", ""), ("广州市农业农村局", ""), ("广州市地方金融监督管理局", "市地方金融监管局"), ("广州市财政局", ""),
            ("中共广州市委全面深化改革委员会办公室", "市委改革办"), ("中共广州市委组织部", "市委组织部"), ("广州市统计局", "")
        ] {
            units[name] = try await f.unit(name, in: city.id, shortNames: short)
        }
        return GuangzhouUnits(city: city, units: units)
    }
}

extension Fixtures {
    /// Row counts of everything an import writes, besides the batch itself and the audit log.
    func importCounts() async throws -> [String: Int] {
        var result = try await counts()
        result["audit_log"] = nil
        return result
    }

    func deadlineText(_ itemId: Int) async throws -> String? {
        try await sql.scalar(String.self, column: "deadline_text", "SELECT deadline_text FROM plan_items WHERE id = \(bind: itemId)")
    }
}
