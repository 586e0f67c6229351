import ReformCore

// 行政区划与单位。区划代码为国家标准6位代码（GB/T 2260）；单位全称、简称按各地机构改革后的通行写法。
// 单位键：<区划键>.<单位>，如 "lh.fgj"（龙华区发展和改革局）、"gz.fgw"（广州市发展和改革委员会）。

extension DemoDataset {
    static let jurisdictionList: [DemoJurisdiction] = [
        jurisdiction("cn", "中华人民共和国", .central, "100000", parent: nil),
        jurisdiction("guangdong", "广东省", .province, "440000", parent: "cn"),
        jurisdiction("shenzhen", "深圳市", .city, "440300", parent: "guangdong"),
        jurisdiction("longhua", "龙华区", .district, "440309", parent: "shenzhen"),
        jurisdiction("guangzhou", "广州市", .city, "440100", parent: "guangdong"),
        jurisdiction("liwan", "荔湾区", .district, "440103", parent: "guangzhou"),
        jurisdiction("yuexiu", "越秀区", .district, "440104", parent: "guangzhou"),
        jurisdiction("haizhu", "海珠区", .district, "440105", parent: "guangzhou"),
        jurisdiction("tianhe", "天河区", .district, "440106", parent: "guangzhou"),
        jurisdiction("baiyun", "白云区", .district, "440111", parent: "guangzhou"),
        jurisdiction("huangpu", "黄埔区", .district, "440112", parent: "guangzhou"),
        jurisdiction("panyu", "番禺区", .district, "440113", parent: "guangzhou"),
        jurisdiction("huadu", "花都区", .district, "440114", parent: "guangzhou"),
        jurisdiction("nansha", "南沙区", .district, "440115", parent: "guangzhou"),
        jurisdiction("conghua", "从化区", .district, "440117", parent: "guangzhou"),
        jurisdiction("zengcheng", "增城区", .district, "440118", parent: "guangzhou")
    ]

    // MARK: 中央、省

    static let centralUnits: [DemoUnit] = [
        unit("cn.ndrc", "cn", "中华人民共和国国家发展和改革委员会", "国家发展改革委", "国家发改委")
    ]

    static let guangdongUnits: [DemoUnit] = [
        unit("gd.reform", "guangdong", "中共广东省委全面深化改革委员会办公室", "省委改革办", "广东省委改革办"),
        unit("gd.fgw", "guangdong", "广东省发展和改革委员会", "省发展改革委", "省发改委"),
        unit("gd.sft", "guangdong", "广东省司法厅", "省司法厅"),
        unit("gd.zrzy", "guangdong", "广东省自然资源厅", "省自然资源厅"),
        unit("gd.sthj", "guangdong", "广东省生态环境厅", "省生态环境厅")
    ]

    // MARK: 深圳市

    static let shenzhenUnits: [DemoUnit] = [
        unit("sz.reform", "shenzhen", "中共深圳市委全面深化改革委员会办公室", "市委改革办", "深圳市委改革办"),
        unit("sz.fgw", "shenzhen", "深圳市发展和改革委员会", "市发展改革委", "市发改委"),
        unit("sz.sfj", "shenzhen", "深圳市司法局", "市司法局"),
        unit("sz.scjg", "shenzhen", "深圳市市场监督管理局", "市市场监管局", "市市场监督管理局"),
        unit("sz.kcw", "shenzhen", "深圳市科技创新委员会", "市科技创新委", "市科创委"),
        unit("sz.ghzy", "shenzhen", "深圳市规划和自然资源局", "市规划和自然资源局", "市规划资源局"),
        unit("sz.swj", "shenzhen", "深圳市商务局", "市商务局"),
        unit("sz.zsj", "shenzhen", "深圳市政务服务数据管理局", "市政务服务数据管理局", "市政数局"),
        unit("sz.sthj", "shenzhen", "深圳市生态环境局", "市生态环境局"),
        unit("sz.rsj", "shenzhen", "深圳市人力资源和社会保障局", "市人力资源保障局", "市人社局"),
        unit("sz.jrj", "shenzhen", "深圳市地方金融监督管理局", "市地方金融监管局", "市金融局"),
        unit("sz.wjw", "shenzhen", "深圳市卫生健康委员会", "市卫生健康委", "市卫健委"),
        unit("sz.jyj", "shenzhen", "深圳市教育局", "市教育局"),
        unit("sz.tjj", "shenzhen", "深圳市统计局", "市统计局"),
        unit("sz.czj", "shenzhen", "深圳市财政局", "市财政局"),
        unit("sz.gxj", "shenzhen", "深圳市工业和信息化局", "市工业和信息化局", "市工信局"),
        unit("sz.zjj", "shenzhen", "深圳市住房和建设局", "市住房建设局", "市住建局"),
        unit("sz.jtj", "shenzhen", "深圳市交通运输局", "市交通运输局"),
        unit("sz.mzj", "shenzhen", "深圳市民政局", "市民政局"),
        unit("sz.gzw", "shenzhen", "深圳市人民政府国有资产监督管理委员会", "市国资委"),
        unit("sz.ybj", "shenzhen", "深圳市医疗保障局", "市医保局", "市医疗保障局"),
        unit("sz.gaj", "shenzhen", "深圳市公安局", "市公安局"),
        unit("sz.wb", "shenzhen", "深圳市人民政府外事办公室", "市外办"),
        unit("sz.qianhai", "shenzhen", "深圳市前海深港现代服务业合作区管理局", "前海管理局"),
        unit("sz.court", "shenzhen", "深圳市中级人民法院", "深圳中院", "市中级法院"),
        unit("sz.cgj", "shenzhen", "深圳市城市管理和综合执法局", "市城管和综合执法局", "市城管局")
    ]

    // MARK: 龙华区

    static let longhuaUnits: [DemoUnit] = [
        unit("lh.reform", "longhua", "中共深圳市龙华区委全面深化改革委员会办公室", "区委改革办", "龙华区委改革办"),
        unit("lh.qwb", "longhua", "中共深圳市龙华区委办公室", "区委办", "区委办公室"),
        unit("lh.zfb", "longhua", "深圳市龙华区人民政府办公室", "区政府办", "区政府办公室"),
        unit("lh.zzb", "longhua", "中共深圳市龙华区委组织部", "区委组织部"),
        unit("lh.xcb", "longhua", "中共深圳市龙华区委宣传部", "区委宣传部"),
        unit("lh.zfw", "longhua", "中共深圳市龙华区委政法委员会", "区委政法委"),
        unit("lh.bb", "longhua", "中共深圳市龙华区委机构编制委员会办公室", "区委编办"),
        unit("lh.jw", "longhua", "中共深圳市龙华区纪律检查委员会　深圳市龙华区监察委员会", "区纪委监委"),
        unit("lh.rd", "longhua", "深圳市龙华区人大常委会办公室", "区人大常委会办公室", "区人大办"),
        unit("lh.zx", "longhua", "政协深圳市龙华区委员会办公室", "区政协办公室", "区政协办"),
        unit("lh.fgj", "longhua", "深圳市龙华区发展和改革局", "区发展改革局", "区发改局", "区发展和改革局"),
        unit("lh.kcj", "longhua", "深圳市龙华区科技创新局", "区科技创新局", "区科创局"),
        unit("lh.gxj", "longhua", "深圳市龙华区工业和信息化局", "区工业和信息化局", "区工信局"),
        unit("lh.czj", "longhua", "深圳市龙华区财政局", "区财政局"),
        unit("lh.sfj", "longhua", "深圳市龙华区司法局", "区司法局"),
        unit("lh.zsj", "longhua", "深圳市龙华区政务服务数据管理局", "区政务服务数据管理局", "区政数局"),
        unit("lh.wjj", "longhua", "深圳市龙华区卫生健康局", "区卫生健康局", "区卫健局"),
        unit("lh.cdc", "longhua", "深圳市龙华区疾病预防控制中心", "区疾控中心"),
        unit("lh.jyj", "longhua", "深圳市龙华区教育局", "区教育局"),
        unit("lh.mzj", "longhua", "深圳市龙华区民政局", "区民政局"),
        unit("lh.rlzy", "longhua", "深圳市龙华区人力资源局", "区人力资源局"),
        unit("lh.gxzb", "longhua", "深圳市龙华区城市更新和土地整备局", "区城市更新和土地整备局", "区城市更新局"),
        unit("lh.swj", "longhua", "深圳市龙华区水务局", "区水务局"),
        unit("lh.sthj", "longhua", "深圳市生态环境局龙华管理局", "龙华生态环境局", "区生态环境局"),
        unit("lh.zjj", "longhua", "深圳市龙华区住房和建设局", "区住房和建设局", "区住建局"),
        unit("lh.gws", "longhua", "深圳市龙华区建筑工务署", "区建筑工务署", "区工务署"),
        unit("lh.gzj", "longhua", "深圳市龙华区国有资产监督管理局", "区国资局"),
        unit("lh.tjj", "longhua", "深圳市龙华区统计局", "区统计局"),
        unit("lh.wgly", "longhua", "深圳市龙华区文化广电旅游体育局", "区文化广电旅游体育局", "区文广旅体局"),
        unit("lh.scjg", "longhua", "深圳市市场监督管理局龙华监管局", "龙华市场监管局", "区市场监管局"),
        unit("lh.cgj", "longhua", "深圳市龙华区城市管理和综合执法局", "区城市管理和综合执法局", "区城管局"),
        unit("lh.yjj", "longhua", "深圳市龙华区应急管理局", "区应急管理局", "区应急局"),
        unit("lh.ghzy", "longhua", "深圳市规划和自然资源局龙华管理局", "龙华规划和自然资源局", "区规划和自然资源局"),
        unit("lh.gaj", "longhua", "深圳市公安局龙华分局", "龙华公安分局", "区公安分局"),
        unit("lh.jtj", "longhua", "深圳市交通运输局龙华管理局", "龙华交通运输局", "区交通运输局"),
        unit("lh.court", "longhua", "深圳市龙华区人民法院", "区法院", "龙华法院"),
        unit("lh.jcy", "longhua", "深圳市龙华区人民检察院", "区检察院", "龙华检察院"),
        unit("lh.guanhu", "longhua", "深圳市龙华区观湖街道办事处", "观湖街道", "观湖街道办"),
        unit("lh.minzhi", "longhua", "深圳市龙华区民治街道办事处", "民治街道", "民治街道办"),
        unit("lh.longhuajd", "longhua", "深圳市龙华区龙华街道办事处", "龙华街道", "龙华街道办"),
        unit("lh.dalang", "longhua", "深圳市龙华区大浪街道办事处", "大浪街道", "大浪街道办"),
        unit("lh.fucheng", "longhua", "深圳市龙华区福城街道办事处", "福城街道", "福城街道办"),
        unit("lh.guanlan", "longhua", "深圳市龙华区观澜街道办事处", "观澜街道", "观澜街道办")
    ]

    /// 龙华区6个街道办事处（“各街道”）。
    static let longhuaStreets = ["lh.guanhu", "lh.minzhi", "lh.longhuajd", "lh.dalang", "lh.fucheng", "lh.guanlan"]

    // MARK: 广州市

    static let guangzhouUnits: [DemoUnit] = [
        unit("gz.reform", "guangzhou", "中共广州市委全面深化改革委员会办公室", "市委改革办", "广州市委改革办"),
        unit("gz.bb", "guangzhou", "中共广州市委机构编制委员会办公室", "市委编办"),
        unit("gz.zzb", "guangzhou", "中共广州市委组织部", "市委组织部"),
        unit("gz.xcb", "guangzhou", "中共广州市委宣传部", "市委宣传部"),
        unit("gz.zfw", "guangzhou", "中共广州市委政法委员会", "市委政法委"),
        unit("gz.jw", "guangzhou", "中共广州市纪律检查委员会　广州市监察委员会", "市纪委监委"),
        unit("gz.fgw", "guangzhou", "广州市发展和改革委员会", "市发展改革委", "市发改委"),
        unit("gz.zsj", "guangzhou", "广州市政务服务数据管理局", "市政务服务数据管理局", "市政数局"),
        unit("gz.ghzy", "guangzhou", "广州市规划和自然资源局", "市规划和自然资源局", "市规划资源局"),
        unit("gz.zjj", "guangzhou", "广州市住房和城乡建设局", "市住房城乡建设局", "市住建局"),
        unit("gz.cgj", "guangzhou", "广州市城市管理和综合执法局", "市城市管理综合执法局", "市城管局"),
        unit("gz.nync", "guangzhou", "广州市农业农村局", "市农业农村局"),
        unit("gz.sfj", "guangzhou", "广州市司法局", "市司法局"),
        unit("gz.mzj", "guangzhou", "广州市民政局", "市民政局"),
        unit("gz.wjw", "guangzhou", "广州市卫生健康委员会", "市卫生健康委", "市卫健委"),
        unit("gz.sthj", "guangzhou", "广州市生态环境局", "市生态环境局"),
        unit("gz.swj", "guangzhou", "广州市商务局", "市商务局"),
        unit("gz.gxj", "guangzhou", "广州市工业和信息化局", "市工业和信息化局", "市工信局"),
        unit("gz.kjj", "guangzhou", "广州市科学技术局", "市科技局"),
        unit("gz.jyj", "guangzhou", "广州市教育局", "市教育局"),
        unit("gz.lyyl", "guangzhou", "广州市林业和园林局", "市林业园林局", "市林业和园林局"),
        unit("gz.scjg", "guangzhou", "广州市市场监督管理局", "市市场监管局", "市市场监督管理局"),
        unit("gz.rsj", "guangzhou", "广州市人力资源和社会保障局", "市人力资源社会保障局", "市人社局"),
        unit("gz.czj", "guangzhou", "广州市财政局", "市财政局"),
        unit("gz.wb", "guangzhou", "广州市人民政府外事办公室", "市外办"),
        unit("gz.wglj", "guangzhou", "广州市文化广电旅游局", "市文化广电旅游局", "市文广旅局"),
        unit("gz.rd", "guangzhou", "广州市人大常委会办公厅", "市人大常委会办公厅")
    ]

    /// 广州11区的区委改革办和区人民政府，键为 "<区>.reform" / "<区>.gov"（区顺序同种子文档001）。
    static let guangzhouDistrictUnits: [DemoUnit] = guangzhouDistrictNames.flatMap { key, name in
        [
            unit(key + ".reform", key, "中共广州市" + name + "委全面深化改革委员会办公室", name + "委改革办"),
            unit(key + ".gov", key, "广州市" + name + "人民政府", name + "政府", name + "人民政府")
        ]
    }

    /// 区键与区名，按种子文档001基层改革创新项目清单的顺序。
    static let guangzhouDistrictNames: [(key: String, name: String)] = [
        ("yuexiu", "越秀区"), ("haizhu", "海珠区"), ("liwan", "荔湾区"), ("tianhe", "天河区"),
        ("baiyun", "白云区"), ("huangpu", "黄埔区"), ("huadu", "花都区"), ("panyu", "番禺区"),
        ("nansha", "南沙区"), ("conghua", "从化区"), ("zengcheng", "增城区")
    ]
}
