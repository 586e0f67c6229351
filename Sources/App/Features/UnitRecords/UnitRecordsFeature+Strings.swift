extension UnitRecordsFeature {
    /// The records' strings and the names of their kinds (`SupervisionVocabulary`'s unitRecord).
    static let strings = StringTable(
        prefixes: ["unitRecord.", "unitRecords.", "deny.record_unit", "entity.unit_record", "field.grounds"],
        entries: [
            ("unitRecord.commendation", "通报表扬", "Commendation"),
            ("unitRecord.accountability", "问责", "Accountability"),
            ("unitRecord.fault_tolerance", "容错纠错", "Fault tolerance"),
            ("unitRecords.link", "表扬与问责", "Commendation and accountability"),
            ("unitRecord.title", "{1} · 表扬与问责记录", "{1} · Commendation and accountability"),
            ("unitRecord.none", "暂无记录。", "No records yet."),
            ("unitRecord.new", "登记记录", "Record"),
            ("unitRecord.source.finding", "督查发现", "Finding"),
            ("unitRecord.source.matter", "督办事项", "Matter"),
            ("unitRecord.source.notice", "督办文书", "Notice"),
            ("unitRecord.field.kind", "类别", "Kind"),
            ("unitRecord.field.person", "涉及人员", "Person"),
            ("unitRecord.field.grounds", "事实与依据", "Grounds"),
            ("unitRecord.field.source", "来源", "Source"),
            ("unitRecord.field.sourceType", "来源类型", "Source type"),
            ("unitRecord.field.sourceId", "来源编号", "Source no."),
            ("unitRecord.col.recorded", "登记", "Recorded"),
            ("unitRecord.hint.person", "针对单位本身时留空。", "Leave empty for the unit itself."),
            ("unitRecord.hint.grounds", "问责和容错纠错必须写明事实与依据。", "Required for accountability and fault tolerance."),
            ("deny.record_unit", "只有改革办和系统管理员可以登记表扬和问责记录", "Only a reform office or an administrator may record commendation and accountability"),
            ("entity.unit_record", "表扬与问责记录", "record"),
            ("field.grounds", "事实与依据", "Grounds")
        ])
}
