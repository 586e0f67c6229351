extension UnitDraft {
    /// A unit created from the way a plan writes it. Documents name their own jurisdiction's units by its
    /// level alone — 广州市's plan says 市税务局, 龙华区's says 区发改局 — so the full name puts the jurisdiction
    /// back (广州市税务局) and the written form becomes a short name, which later imports then match.
    public static func fromWrittenName(_ written: String, jurisdictionId: Int, jurisdictionName: String) -> UnitDraft {
        let name = FormValue.trimmed(written)
        guard let levelChar = jurisdictionName.last, name.count > 1, name.first == levelChar,
            !name.hasPrefix(jurisdictionName)
        else {
            return UnitDraft(jurisdictionID: jurisdictionId, name: name)
        }
        return UnitDraft(jurisdictionID: jurisdictionId, name: jurisdictionName + name.dropFirst(), shortNames: name)
    }
}
