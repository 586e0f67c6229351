"""Generates the .docx fixtures of the import tests with python-docx (`pip install python-docx`).

    python3 Tests/AppTests/Fixtures/make_docx.py

longhua-2020-work-points.docx: a 龙华-style 工作要点 as an office's Word file: a covering notice, the title,
a preamble, chapters (一、) and tasks (（一）) written out, one task numbered by Word's automatic numbering
(a "List Number" paragraph, whose number is not in the text), a soft line break inside a paragraph, and the
copy-to line. Task names follow seed 002; contents, units and dates are illustrative.

longhua-2020-table.docx: the same plan's 一览表 as a Word table (序号 / 领域 / 改革任务 / 牵头单位 / 参与单位 /
完成时限), with a cell that lists its participants on separate lines.

longhua-2020-work-points.doc: the first file saved as Word 97 by LibreOffice (not made by this script):

    soffice --headless --convert-to doc --outdir Tests/AppTests/Fixtures Tests/AppTests/Fixtures/longhua-2020-work-points.docx
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def work_points():
    d = Document()
    d.add_paragraph("各街道党工委、办事处，区直各单位：")
    d.add_paragraph("现将《龙华区2020年全面深化改革工作要点》印发给你们，请结合实际认真贯彻落实。")
    d.add_paragraph("中共深圳市龙华区委全面深化改革委员会")
    d.add_paragraph("2020年5月8日")
    d.add_paragraph("龙华区2020年全面深化改革工作要点")
    d.add_paragraph("　　2020年是全面建成小康社会和“十三五”规划收官之年，为推动我区改革走深走实，制定本要点。")
    d.add_paragraph("一、战役战略性改革")
    d.add_paragraph("（一）推动实施综合授权改革试点。梳理综合授权改革试点重点领域和授权清单，2020年12月底前形成首批授权事项清单。（牵头单位：区发展和改革局；责任单位：区委改革办、区司法局）")
    p = d.add_paragraph("（二）构建先行示范区改革推进机制。建立改革专项小组向区委深改委述职制度。")
    p.add_run().add_break()
    p.add_run("（牵头单位：区委改革办；责任单位：区委组织部）2020年6月底前出台。")
    d.add_paragraph("二、经济领域改革")
    d.add_paragraph("（一）深化政府采购制度改革。推进政府采购全流程电子化，2020年第三季度完成。（牵头单位：区财政局；责任单位：区政务服务数据管理局、各街道）")
    d.add_paragraph("探索夜间经济发展模式。出台夜间经济发展措施，年底前完成。（牵头单位：区文化广电旅游体育局；责任单位：区商务局）", style="List Number")
    d.add_paragraph("三、生态领域改革")
    d.add_paragraph("（一）创新流域统筹系统治水模式改革。完善河长制工作机制，长期坚持。（牵头单位：区水务局；责任单位：各街道）")
    d.add_paragraph("抄送：市委改革办。")
    d.save(os.path.join(HERE, "longhua-2020-work-points.docx"))


def table():
    d = Document()
    d.add_paragraph("龙华区2020年改革工作要点一览表")
    rows = [
        ["序号", "领域", "改革任务", "牵头单位", "参与单位", "完成时限"],
        ["1", "战役战略性改革", "推动实施综合授权改革试点", "区发展和改革局", "区委改革办\n区司法局", "2020年12月"],
        ["2", "战役战略性改革", "构建先行示范区改革推进机制", "区委改革办", "区委组织部", "2020年6月底前"],
        ["3", "经济领域", "深化政府采购制度改革", "区财政局", "区政务服务数据管理局、各街道", "2020年第三季度"],
        ["4", "生态领域", "创新流域统筹系统治水模式改革", "区水务局", "各街道", "长期坚持"],
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    d.save(os.path.join(HERE, "longhua-2020-table.docx"))


if __name__ == "__main__":
    work_points()
    table()
