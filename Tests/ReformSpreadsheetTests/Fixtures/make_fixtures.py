#!/usr/bin/env python3
"""Builds the xlsx fixtures of ReformSpreadsheetTests.

Run from anywhere: python3 make_fixtures.py (needs openpyxl: pip install openpyxl).
The files are committed, so tests do not need Python; rerun this only to change them.

- openpyxl-ledger.xlsx: a reform ledger as an office keeps it in Excel: 领域 merged down over its tasks,
  shared strings, real dates, numbers, a percentage, a boolean, line breaks, leading spaces, a rich text
  cell, a hidden lookup sheet and a second visible sheet.
  (openpyxl 3.1 writes every string inline, t="inlineStr".)
- libreoffice-ledger.xlsx: openpyxl-ledger.xlsx saved again by LibreOffice Calc (headless), which writes a
  shared string table, its own number formats and merged ranges, as Excel does. Made only when soffice is
  installed (Debian: libreoffice-calc-nogui).
- wps-like.xlsx: hand-written parts in the shape WPS 表格 saves: custom 年月日 date format (numFmtId 176),
  the East Asian built-in date id 31, rich text runs with phonetic runs, _x000D_ escapes, formulas with
  cached values (number, string, error, boolean), cells without r attributes, an absolute relationship target,
  prefixed elements (x:), and a merged range.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))


def make_openpyxl_ledger(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "改革台账"
    header = ["序号", "领域", "改革任务", "具体举措", "牵头单位", "完成时限", "进展", "状态", "备注"]
    ws.append(header)
    rows = [
        [1, "经济体制改革", "深化国资国企改革", "推进混合所有制改革\n分类推进", "市国资委",
         datetime.date(2025, 6, 30), 0.35, True, "  前导空格"],
        [2, None, "优化营商环境", "“一网通办” & <跨省通办>", "市政务服务数据管理局",
         datetime.datetime(2025, 12, 31, 17, 30), 1, False, None],
        [3, None, "完善要素市场", '含"引号"的文本', "市发展改革委",
         datetime.date(2026, 3, 31), 0.5, None, "第一行\n第二行\n第三行"],
        [4, "民主法制领域改革", "推进基层治理", "建设智慧社区", "市民政局",
         datetime.date(2025, 9, 30), 0, None, None],
        [5, None, "深化司法体制改革", "完善审判权力运行机制", "市中级人民法院",
         datetime.date(2025, 11, 15), 0.8, None, None],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("B2:B4")
    ws.merge_cells("B5:B6")
    for row in range(2, 7):
        ws.cell(row=row, column=6).number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=7).number_format = "0%"
        ws.cell(row=row, column=4).alignment = Alignment(wrap_text=True)
    ws.cell(row=3, column=6).number_format = "yyyy-mm-dd hh:mm"
    ws["J1"] = "富文本"
    ws["J2"] = CellRichText([TextBlock(InlineFont(b=True), "加粗"), "普通", TextBlock(InlineFont(i=True), "斜体")])
    # A shared string used twice, so the shared string table is really shared.
    ws["J3"] = "经济体制改革"

    lookup = wb.create_sheet("下拉选项")
    lookup.sheet_state = "hidden"
    for value in ["未启动", "推进中", "已完成"]:
        lookup.append([value])

    second = wb.create_sheet("政策文件")
    second.append(["文件名称", "文号"])
    second.append(["关于深化改革的意见", "深改发〔2025〕1号"])
    wb.save(path)


WPS_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12360"/></bookViews><sheets><sheet name="领域清单" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" state="veryHidden" r:id="rId2"/></sheets><calcPr calcId="144525"/></workbook>"""

WPS_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>"""

WPS_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

WPS_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

WPS_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS 表格</Application><AppVersion>12.1.0.16929</AppVersion></Properties>"""

WPS_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>改革办</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T08:00:00Z</dcterms:created></cp:coreProperties>"""

# cellXfs: 0 general, 1 custom 年月日 (176), 2 built-in 31 (East Asian date, no code written), 3 percent,
# 4 text wrap, 5 elapsed time [h]:mm (a duration, not a date).
WPS_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="[h]:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""

WPS_SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="8"><si><t>序号</t></si><si><t>领域</t></si><si><t>改革任务</t></si><si><t>完成时限</t></si><si><t>经济体制改革</t></si><si><r><rPr><b/><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t>深化</t></r><r><rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve"> 国资国企 </t></r><r><t>改革</t></r><rPh sb="0" eb="2"><t>しんか</t></rPh></si><si><t>第一行_x000D_
第二行</t></si><si><t xml:space="preserve">  保留空格  </t></si></sst>"""

WPS_SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:dimension ref="A1:G5"/><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews><x:sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><x:sheetData>
<x:row r="1" spans="1:7"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="2" spans="1:7"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>4</x:v></x:c><x:c r="C2" t="s"><x:v>5</x:v></x:c><x:c r="D2" s="1"><x:v>45838</x:v></x:c><x:c r="E2" s="3"><x:v>0.25</x:v></x:c><x:c r="F2"><x:f>SUM(A2:A3)</x:f><x:v>3</x:v></x:c><x:c r="G2" t="str"><x:f>B2&amp;"-"&amp;A2</x:f><x:v>经济体制改革-1</x:v></x:c></x:row>
<x:row r="3" spans="1:7"><x:c r="A3"><x:v>2</x:v></x:c><x:c r="B3" s="0"/><x:c r="C3" t="s" s="4"><x:v>6</x:v></x:c><x:c r="D3" s="2"><x:v>45900.5</x:v></x:c><x:c r="E3" s="5"><x:v>1.5</x:v></x:c><x:c r="F3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="G3" t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="5"><x:c t="inlineStr"><x:is><x:t>无引用的单元格</x:t></x:is></x:c><x:c t="s"><x:v>7</x:v></x:c><x:c><x:v>-12.75</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells><x:pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></x:worksheet>"""

WPS_SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏说明</t></is></c></row></sheetData></worksheet>"""


def make_wps_like(path):
    parts = [
        ("[Content_Types].xml", WPS_CONTENT_TYPES),
        ("_rels/.rels", WPS_ROOT_RELS),
        ("docProps/app.xml", WPS_APP),
        ("docProps/core.xml", WPS_CORE),
        ("xl/workbook.xml", WPS_WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WPS_WORKBOOK_RELS),
        ("xl/styles.xml", WPS_STYLES),
        ("xl/sharedStrings.xml", WPS_SHARED),
        ("xl/worksheets/sheet1.xml", WPS_SHEET1),
        ("xl/worksheets/sheet2.xml", WPS_SHEET2),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def make_libreoffice_ledger(source, path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: libreoffice-ledger.xlsx left as it is")
        return
    with tempfile.TemporaryDirectory() as work:
        # A copy under another name, so LibreOffice's output does not overwrite the source.
        copy = os.path.join(work, "libreoffice-ledger.xlsx")
        shutil.copy(source, os.path.join(work, "input.xlsx"))
        out = os.path.join(work, "out")
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + os.path.join(work, "profile"),
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out,
                        os.path.join(work, "input.xlsx")], check=True, stdout=subprocess.DEVNULL)
        shutil.move(os.path.join(out, "input.xlsx"), copy)
        shutil.move(copy, path)


if __name__ == "__main__":
    make_openpyxl_ledger(os.path.join(HERE, "openpyxl-ledger.xlsx"))
    make_libreoffice_ledger(os.path.join(HERE, "openpyxl-ledger.xlsx"), os.path.join(HERE, "libreoffice-ledger.xlsx"))
    make_wps_like(os.path.join(HERE, "wps-like.xlsx"))
    print("fixtures written to", HERE)
