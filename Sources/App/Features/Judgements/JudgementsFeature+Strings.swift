extension JudgementsFeature {
    /// 研判's strings, the four ratings (`SupervisionVocabulary`'s "judgement" namespace) among them.
    static let strings = StringTable(
        prefixes: ["judgement.", "deny.judge_item", "history.action.judgement", "field.judgement"],
        entries: [
            ("judgement.green", "绿", "Green"),
            ("judgement.amber_green", "黄绿", "Amber-green"),
            ("judgement.amber_red", "黄红", "Amber-red"),
            ("judgement.red", "红", "Red"),
            ("judgement.title", "研判", "Judgement"),
            ("judgement.current", "当前研判", "Current judgement"),
            ("judgement.none", "尚未研判", "Not judged yet"),
            ("judgement.history", "研判记录", "Judgements made"),
            ("judgement.record", "记录研判", "Record a judgement"),
            (
                "judgement.hint", "按报送期次研判推进前景：绿（正常）、黄绿（有问题可控）、黄红（问题严重需关注）、红（不干预难以完成）",
                "Judge the likelihood of delivery per reporting period: green (on track), amber-green (manageable), amber-red (needs attention now), red (unlikely without intervention)"
            ),
            ("judgement.raise", "研判为红，督办立项", "Judged red: raise a matter"),
            ("judgement.trend.better", "较上期好转", "Better than the period before"),
            ("judgement.trend.same", "与上期持平", "As the period before"),
            ("judgement.trend.worse", "较上期变差", "Worse than the period before"),
            ("judgement.field.period", "研判期次", "Period"),
            ("judgement.field.rating", "研判结果", "Rating"),
            ("judgement.field.reason", "研判理由（一句话）", "Reason (one line)"),
            ("deny.judge_item", "只有该辖区的改革办可以研判", "Only the reform office of the item's jurisdiction may judge it"),
            ("history.action.judgement", "研判", "Judged"),
            ("field.judgement", "研判", "Judgement")
        ])
}
