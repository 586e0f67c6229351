"""Generates the spreadsheet fixtures of the import tests with openpyxl (`pip install openpyxl`).

    python3 Tests/AppTests/Fixtures/make_sheets.py

Shapes follow the ledgers offices keep (DOMAIN.md, seeds 001 and 002); names of tasks follow the seeds,
units, people and dates are illustrative.

- guangzhou-2021-key-work.xlsx: 广州 2021 `序号 | 重点工作 | 市政府分管领导 | 牵头单位 | 配合单位 | 备注` under a merged
  title row; flat numbers; a lead cell naming two units (the first leads), participants split by 、 ， and line breaks.
- longhua-2020-ledger.xlsx: 龙华 `序号 | 领域 | 改革任务 | 具体举措 | 牵头单位 | 参与单位 | 责任领导 | 完成时限`, 领域 and 改革任务
  merged down over their rows, a lead unit merged over two rows, every deadline form (年底前, 上半年, 第三季度,
  2020年10月底前, 长期坚持, a real date cell, an Excel serial number, 2020.10.31), an unknown unit and a bad month.
- decimal-ledger.xlsx: a two-row header (责任单位 merged over 牵头单位 | 配合单位) with 牵头负责领导 and 时间节点, and a
  序号 column numbered 1 / 1.1 / 1.1.1.
- outline-ledger.csv: UTF-8 with BOM, 序号 一、 / （一） / 1. , 主办单位 / 协办单位 / 分管领导 / 办结时限, units split by ;
  ； and a line break inside quotes.
- parent-column-gb18030.csv: GB18030, as Excel on a Chinese Windows saves CSV, with an explicit 上级序号 column.
"""
import datetime
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))


def guangzhou():
    wb = Workbook()
    ws = wb.active
    ws.title = "重点工作"
    ws.append(["广州市2021年全面深化改革重点工作分工一览表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "重点工作", "市政府分管领导", "牵头单位", "配合单位", "备注"])
    ws.append([1, "深化营商环境综合改革，推动营商环境5.0改革落地", "张副市长", "市发展改革委、市政务服务数据管理局", "市市场监管局、市税务局\n各区", ""])
    ws.append([2, "推进要素市场化配置综合改革", "张副市长", "市规划和自然资源局", "市发展改革委，市农业农村局", ""])
    ws.append([3, "深化国资国企改革", "李副市长", "市国资委", "市财政局", "按季度报送进展"])
    wb.save(os.path.join(HERE, "guangzhou-2021-key-work.xlsx"))


def longhua():
    wb = Workbook()
    ws = wb.active
    ws.title = "工作要点"
    ws.append(["龙华区2020年改革工作要点一览表"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "领域", "改革任务", "具体举措", "牵头单位", "参与单位", "责任领导", "完成时限"])
    rows = [
        [1, "战役战略性改革", "推动实施综合授权改革试点", "梳理综合授权改革试点重点领域", "区发展和改革局", "区委改革办、区司法局", "李四", "年底前"],
        [2, None, None, "形成首批授权事项清单", None, "区司法局", "李四", "上半年"],
        [3, None, "构建先行示范区改革推进机制", "建立改革专项小组述职制度", "区委改革办", "区委组织部", "王五", "第三季度"],
        [4, "经济领域", "深化政府采购制度改革", "推进政府采购全流程电子化", "区财政局", "区政务服务数据管理局、各街道", "", "2020年10月底前"],
        [5, None, "探索夜间经济发展模式", "出台夜间经济发展措施", "区文化广电旅游体育局", "区商务局", "", datetime.date(2020, 10, 31)],
        [6, None, None, "打造夜间经济示范街区", "区文化广电旅游体育局", "区城市管理和综合执法局", "", 44135],
        [7, "生态领域", "创新流域统筹系统治水模式改革", "完善河长制工作机制", "区水务局", "各街道", "", "长期坚持"],
        [8, None, None, "建立排水管理进小区长效机制", "区水务局", "区住房和建设局", "", "2020.10.31"],
        [9, None, None, "推进碧道建设管理改革", "区环境保护和水务局", "", "", "2020年13月"],
    ]
    for r in rows:
        ws.append(r)
    # 领域 over its rows, 改革任务 over its measures, a lead unit over two rows.
    for rng in ["B3:B5", "C3:C4", "B6:B8", "C7:C8", "E7:E8", "B9:B11", "C9:C11"]:
        ws.merge_cells(rng)
    wb.save(os.path.join(HERE, "longhua-2020-ledger.xlsx"))


def decimal():
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.append(["序号", "任务", "责任单位", None, "牵头负责领导", "时间节点"])
    ws.append([None, None, "牵头责任单位", "协同责任单位", None, None])
    ws.merge_cells("C1:D1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("E1:E2")
    ws.merge_cells("F1:F2")
    ws.append(["1", "深化商事制度改革", "市市场监管局", None, "张三", "2022年底前"])
    ws.append(["1.1", "推行企业开办一网通办", "市政务服务数据管理局", "市税务局；市人力资源社会保障局", "张三", "2022年10月底前"])
    ws.append(["1.1.1", "上线企业开办一站式平台", "市政务服务数据管理局", None, None, "2022年6月底前"])
    ws.append(["1.2", "推进证照分离改革全覆盖", "市市场监管局", "市司法局", "张三", "第四季度"])
    ws.append(["2", "深化投资审批制度改革", "市发展改革委", None, "李四", "持续推进"])
    ws.append(["2.1", "推行投资项目承诺制", "市发展改革委", "市住房城乡建设局", "李四", "2022年底前"])
    wb.save(os.path.join(HERE, "decimal-ledger.xlsx"))


def outline_csv():
    rows = [
        ["序号", "改革任务", "主办单位", "协办单位", "分管领导", "办结时限"],
        ["一、", "深化行政体制改革", "", "", "", ""],
        ["（一）", "推进机构职能优化协同高效", "区委编办", "区司法局;区财政局", "王五", "2021年底前"],
        ["1.", "开展机构编制评估", "区委编办", "区统计局；区财政局", "王五", "上半年"],
        ["2.", "规范街道权责清单", "区委编办", "区司法局\n各街道", "王五", "2021年9月30日"],
        ["二、", "深化社会体制改革", "", "", "", ""],
        ["（一）", "推进基层治理创新", "区民政局", "各街道", "赵六", "长期坚持"],
    ]
    write_csv(os.path.join(HERE, "outline-ledger.csv"), rows, "utf-8-sig")


def parent_csv():
    rows = [
        ["序号", "上级序号", "改革事项", "牵头部门", "配合部门", "完成时间"],
        ["A", "", "优化营商环境", "区发展和改革局", "", "2021年底前"],
        ["B", "A", "推行一业一证改革", "区政务服务数据管理局", "区市场监督管理局", "2021年6月"],
        ["C", "A", "推进信用监管", "区发展和改革局", "区市场监督管理局", "三季度末"],
        ["D", "X", "开展改革评估", "区委改革办", "", "2021年12月31日"],
    ]
    write_csv(os.path.join(HERE, "parent-column-gb18030.csv"), rows, "gb18030")


def write_csv(path, rows, encoding):
    def quote(v):
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v
    with open(path, "w", encoding=encoding, newline="") as f:
        for r in rows:
            f.write(",".join(quote(v) for v in r) + "\r\n")


if __name__ == "__main__":
    guangzhou()
    longhua()
    decimal()
    outline_csv()
    parent_csv()
