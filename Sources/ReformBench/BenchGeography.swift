import ReformCore

/// The benchmark's government tree: 中央 → the 31 provinces (real names and codes) → 330 cities → 2,638
/// districts and counties, 3,000 jurisdictions with 6-digit division codes (PPCCDD). City and district
/// names are made up from place-name halves. Ids are assigned in tree order from 1.
struct BenchGeography: Sendable {
    struct Place: Sendable {
        var id: Int
        var parentId: Int?
        var name: String
        var shortName: String
        var level: JurisdictionLevel
        var code: String
        var path: String
        var depth: Int
    }

    static let provinces: [(code: String, name: String, short: String)] = [
        ("11", "北京市", "京"), ("12", "天津市", "津"), ("13", "河北省", "冀"), ("14", "山西省", "晋"), ("15", "内蒙古自治区", "蒙"),
        ("21", "辽宁省", "辽"), ("22", "吉林省", "吉"), ("23", "黑龙江省", "黑"), ("31", "上海市", "沪"), ("32", "江苏省", "苏"),
        ("33", "浙江省", "浙"), ("34", "安徽省", "皖"), ("35", "福建省", "闽"), ("36", "江西省", "赣"), ("37", "山东省", "鲁"),
        ("41", "河南省", "豫"), ("42", "湖北省", "鄂"), ("43", "湖南省", "湘"), ("44", "广东省", "粤"), ("45", "广西壮族自治区", "桂"),
        ("46", "海南省", "琼"), ("50", "重庆市", "渝"), ("51", "四川省", "川"), ("52", "贵州省", "贵"), ("53", "云南省", "云"),
        ("54", "西藏自治区", "藏"), ("61", "陕西省", "陕"), ("62", "甘肃省", "甘"), ("63", "青海省", "青"), ("64", "宁夏回族自治区", "宁"),
        ("65", "新疆维吾尔自治区", "新")
    ]
    static let cityCount = 330
    static let districtCount = 2638

    var places: [Place] = []

    init(random: inout BenchRandom) {
        var nextId = 1
        func add(_ parent: Place?, name: String, short: String, level: JurisdictionLevel, code: String) -> Place {
            let id = nextId
            nextId += 1
            let place = Place(
                id: id, parentId: parent?.id, name: name, shortName: short, level: level, code: code,
                path: (parent?.path ?? "/") + "\(id)/", depth: (parent?.depth ?? -1) + 1)
            places.append(place)
            return place
        }
        let central = add(nil, name: "国务院", short: "国", level: .central, code: "100000")
        // 330 cities over 31 provinces (the first 20 get 11, the rest 10); 8 districts a city, the last two get 7.
        var citiesLeft = Self.cityCount, districtsLeft = Self.districtCount
        for (pi, p) in Self.provinces.enumerated() {
            let province = add(central, name: p.name, short: p.short, level: .province, code: p.code + "0000")
            let cities = pi < Self.cityCount - 10 * Self.provinces.count ? 11 : 10
            var names = Self.placeNames(random: &random)
            for c in 1...cities {
                let cityName = names.removeLast()
                let city = add(province, name: cityName + "市", short: cityName, level: .city, code: p.code + Self.twoDigits(c) + "00")
                citiesLeft -= 1
                let districts = min(districtsLeft - citiesLeft * 7, 8)
                var districtNames = Self.placeNames(random: &random)
                for d in 1...districts {
                    let n = districtNames.removeLast()
                    _ = add(
                        city, name: n + (random.chance(0.45) ? "县" : "区"), short: n, level: .district,
                        code: p.code + Self.twoDigits(c) + Self.twoDigits(d))
                }
                districtsLeft -= districts
            }
        }
    }

    /// Distinct two-character place names in random order.
    private static func placeNames(random: inout BenchRandom) -> [String] {
        var names: [String] = []
        for a in BenchVocabulary.placeFirst { for b in BenchVocabulary.placeSecond where a != b { names.append(a + b) } }
        names.shuffle(using: &random)
        return Array(names.prefix(40))
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
