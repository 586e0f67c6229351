import Foundation

/// The small fixed parts of a workbook. Every part Excel, WPS and LibreOffice expect is here, and nothing
/// more: no theme (Excel falls back to its defaults), no shared strings (cells carry inline strings, which
/// keeps the writer's memory flat).
enum XLSXParts {
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        var xml = xmlHeader
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...max(sheetCount, 1) {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        xml += "</Types>"
        return xml
    }

    static let rootRelationships =
        xmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(sheetCount, 1) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(max(sheetCount, 1) + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        xml += "</Relationships>"
        return xml
    }

    static func workbook(sheets: [XLSXWrittenSheet]) -> String {
        var xml = xmlHeader + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml +=
            "<workbookPr/><bookViews><workbookView xWindow=\"0\" yWindow=\"0\" windowWidth=\"28800\" windowHeight=\"12300\" activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(escapeAttribute(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        // The filter range and the print titles (the header repeated on every printed page) are defined names.
        var names = ""
        for (index, sheet) in sheets.enumerated() where sheet.hasHeader && sheet.columnCount > 0 {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let lastColumn = ColumnName.letters(forIndex: sheet.columnCount - 1)
            if sheet.autoFilter {
                names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                names += escapeText("\(quoted)!$A$1:$\(lastColumn)$\(max(sheet.rowCount, 1))") + "</definedName>"
            }
            names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">" + escapeText("\(quoted)!$1:$1") + "</definedName>"
        }
        if !names.isEmpty { xml += "<definedNames>\(names)</definedNames>" }
        xml += "<calcPr calcId=\"191029\"/></workbook>"
        return xml
    }

    /// Fonts: 0 normal, 1 bold. Fills: 0 and 1 are the two Excel requires, 2 the header's light blue-grey.
    /// Borders: 0 none, 1 thin all round. cellXfs follow `XLSXStyleIndex`.
    static let styles: String = {
        let fontName = "等线"
        var xml = xmlHeader + "<styleSheet xmlns=\"\(mainNamespace)\">"
        xml += "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        xml += "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
        xml += "<fonts count=\"2\">"
        xml += "<font><sz val=\"11\"/><name val=\"\(fontName)\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"\(fontName)\"/><family val=\"2\"/><charset val=\"134\"/></font>"
        xml += "</fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        let thin = "style=\"thin\"><color indexed=\"64\"/>"
        xml += "<border><left \(thin)</left><right \(thin)</right><top \(thin)</top><bottom \(thin)</bottom><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"8\">"
        xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        xml +=
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
        xml += "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        xml +=
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
        xml +=
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
        xml +=
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
        xml +=
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        xml +=
            "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        xml +=
            "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return xml
    }()

    static func app(sheetNames: [String]) -> String {
        var xml = xmlHeader
        xml +=
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        xml += "<Application>ReformLedger</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
        xml += "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        xml += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        for name in sheetNames { xml += "<vt:lpstr>\(escapeText(name))</vt:lpstr>" }
        xml += "</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>"
        return xml
    }

    static func core(title: String?, creator: String, created: Date) -> String {
        let timestamp = w3cTimestamp(created)
        var xml = xmlHeader
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        xml += "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        xml += "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title { xml += "<dc:title>\(escapeText(title))</dc:title>" }
        xml += "<dc:creator>\(escapeText(creator))</dc:creator><cp:lastModifiedBy>\(escapeText(creator))</cp:lastModifiedBy>"
        xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:created>"
        xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(timestamp)</dcterms:modified>"
        xml += "</cp:coreProperties>"
        return xml
    }

    static func w3cTimestamp(_ date: Date) -> String {
        let utc = SpreadsheetDate(date, in: TimeZone(secondsFromGMT: 0)!)
        let day = SpreadsheetDate(year: utc.year, month: utc.month, day: utc.day).description
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(pad(utc.hour)):\(pad(utc.minute)):\(pad(utc.second))Z"
    }

    static func escapeText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
