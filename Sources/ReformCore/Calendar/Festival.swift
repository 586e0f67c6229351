/// The public holidays of the State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知).
public enum Festival: String, Codable, Sendable, CaseIterable {
    case newYear = "new_year"  // 元旦
    case springFestival = "spring_festival"  // 春节
    case qingming  // 清明节
    case labourDay = "labour_day"  // 劳动节
    case dragonBoat = "dragon_boat"  // 端午节
    case midAutumn = "mid_autumn"  // 中秋节
    case nationalDay = "national_day"  // 国庆节
    /// 中秋节、国庆节 in the years the two run together (2020, 2023, 2025).
    case midAutumnNationalDay = "mid_autumn_national_day"
}
