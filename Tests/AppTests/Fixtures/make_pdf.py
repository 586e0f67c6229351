#!/usr/bin/env python3
"""Writes the PDF fixtures of the import tests (issue 15) without any PDF library: a plan with a text layer in the
Adobe-GB1 font STSong-Light (not embedded; poppler maps it to Unicode through poppler-data), and a "scan" with no
text at all. Also writes a long plan for the benchmark: make_pdf.py --pages 200 OUT.pdf.

    python3 make_pdf.py            # plan-text-layer.pdf, plan-text-layer-traditional.pdf and scanned-no-text.pdf here
    python3 make_pdf.py --pages 200 /tmp/plan-200.pdf
"""
import os
import sys

PAGE_W, PAGE_H = 595, 842


def encode(text):
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def page_stream(lines):
    """lines: (x, y, size, text) tuples."""
    parts = []
    for x, y, size, text in lines:
        parts.append("BT /F1 %d Tf 1 0 0 1 %d %d Tm %s Tj ET" % (size, x, y, encode(text)))
    return "\n".join(parts).encode("ascii")


def write_pdf(path, pages, with_font=True):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_id = add(None)
    font_id = cid_id = desc_id = None
    if with_font:
        desc_id = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                      b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        cid_id = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
                      "/Ordering (GB1) /Supplement 4 >> /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % desc_id).encode())
        font_id = add(("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                       "/DescendantFonts [%d 0 R] >>" % cid_id).encode())
    kids = []
    for content in pages:
        stream_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        resources = ("/Resources << /Font << /F1 %d 0 R >> >>" % font_id) if with_font else "/Resources << >>"
        kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] %s /Contents %d 0 R >>"
                         % (pages_id, PAGE_W, PAGE_H, resources, stream_id)).encode()))
    objects[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objects[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(path, "wb") as f:
        f.write(out)


# The same plan as a reprint in traditional characters (written by hand, as a Hong Kong or Taiwan mirror has it).
TRADITIONAL = {
    "广州市人民政府办公厅关于印发广州市2021年重点工作分工方案的通知": "廣州市人民政府辦公廳關於印發廣州市2021年重點工作分工方案的通知",
    "穗府办〔2021〕5号": "穗府辦〔2021〕5號",
    "各区人民政府，市政府各部门、各直属机构：": "各區人民政府，市政府各部門、各直屬機構：",
    "经市人民政府同意，现将《广州市2021年重点工作分工方案》印发给你们，请认真组织": "經市人民政府同意，現將《廣州市2021年重點工作分工方案》印發給你們，請認真組織",
    "实施。请各牵头单位于4月10日、7月10日、10月10日前报送工作进展情况。": "實施。請各牽頭單位於4月10日、7月10日、10月10日前報送工作進展情況。",
    "广州市人民政府办公厅": "廣州市人民政府辦公廳",
    "广州市2021年重点工作分工方案": "廣州市2021年重點工作分工方案",
    "序号": "序號", "重点工作": "重點工作", "分管领导": "分管領導", "牵头单位": "牽頭單位", "配合单位": "配合單位",
    "一、保障和改善民生": "一、保障和改善民生",
    "推进基本公共服务均等化，": "推進基本公共服務均等化，", "王 东": "王 東", "市民政局": "市民政局", "各区政府": "各區政府",
    "实施城市更新行动": "實施城市更新行動", "李 明": "李 明", "市住房城乡建设局": "市住房城鄉建設局",
    "市规划和自然资源局": "市規劃和自然資源局", "2021年9月底前出台实施方案": "2021年9月底前出臺實施方案",
}


def plan_page(script=lambda text: text):
    """The covering notice: its title, number, addressees, a paragraph wrapped over two lines, the signature."""
    lines = [
        (60, 780, 14, "广州市人民政府办公厅关于印发广州市2021年重点工作分工方案的通知"),
        (240, 756, 11, "穗府办〔2021〕5号"),
        (72, 730, 11, "各区人民政府，市政府各部门、各直属机构："),
        (94, 712, 11, "经市人民政府同意，现将《广州市2021年重点工作分工方案》印发给你们，请认真组织"),
        (72, 696, 11, "实施。请各牵头单位于4月10日、7月10日、10月10日前报送工作进展情况。"),
        (380, 660, 11, "广州市人民政府办公厅"),
        (400, 644, 11, "2021年3月5日"),
        (290, 30, 9, "— 1 —"),
    ]
    return page_stream([(x, y, size, script(text)) for x, y, size, text in lines])


def table_page(script=lambda text: text):
    columns = [40, 80, 300, 380, 480]
    header = ["序号", "重点工作", "分管领导", "牵头单位", "配合单位"]
    lines = [(150, 800, 16, "广州市2021年重点工作分工方案")]
    lines += [(x, 770, 10, text) for x, text in zip(columns, header)]
    lines.append((40, 752, 10, "一、保障和改善民生"))
    rows = [
        ["1", "推进基本公共服务均等化，", "王 东", "市民政局", "各区政府"],
        ["2", "实施城市更新行动", "李 明", "市住房城乡建设局", "市规划和自然资源局"],
    ]
    y = 740
    for row in rows:
        lines += [(x, y, 10, text) for x, text in zip(columns, row)]
        y -= 16
        if row[0] == "1":
            # The task's cell goes on below the row's first line.
            lines.append((80, y, 10, "2021年9月底前出台实施方案"))
            y -= 16
    lines.append((290, 30, 9, "— 2 —"))
    return page_stream([(x, y, size, script(text)) for x, y, size, text in lines])


def long_plan(pages):
    """`pages` pages of measures: 40 lines a page, numbered on across pages, in chapters of 5 pages."""
    streams = []
    number = 0
    for page in range(pages):
        lines = []
        y = 800
        if page % 5 == 0:
            lines.append((72, y, 11, "%s、第%d领域改革" % (chinese(page // 5 + 1), page // 5 + 1)))
            y -= 18
        while y > 60:
            number += 1
            lines.append((72, y, 11, "%d．推进第%d项改革，2022年10月底前完成。（牵头单位：市财政局；责任单位：市司法局）" % (number, number)))
            y -= 18
        lines.append((290, 30, 9, "— %d —" % (page + 1)))
        streams.append(page_stream(lines))
    return streams


def chinese(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--pages":
        write_pdf(sys.argv[3], long_plan(int(sys.argv[2])))
    else:
        here = os.path.dirname(os.path.abspath(__file__))
        write_pdf(os.path.join(here, "plan-text-layer.pdf"), [plan_page(), table_page()])
        traditional = lambda text: TRADITIONAL.get(text, text)
        write_pdf(os.path.join(here, "plan-text-layer-traditional.pdf"), [plan_page(traditional), table_page(traditional)])
        # A scan: a grey box where the page's picture would be, and no text.
        write_pdf(os.path.join(here, "scanned-no-text.pdf"), [b"0.8 g 50 50 495 742 re f"], with_font=False)
