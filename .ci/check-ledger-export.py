#!/usr/bin/env python3
"""Checks ledger exports written by `reform export` with openpyxl, a reader that is not ours.

Usage: check-ledger-export.py LEDGER.xlsx BY_FIELD.xlsx ENGLISH.xlsx LEDGER.csv
LEDGER.xlsx is the whole view on one sheet, BY_FIELD.xlsx the same view with one sheet per field (领域),
ENGLISH.xlsx the view with --lang en, LEDGER.csv the view as CSV. Exits non-zero with a message on the first
failed check.
"""
import csv
import datetime
import io
import re
import sys

import openpyxl

CHINESE = ["序号", "领域", "改革任务", "具体举措", "牵头单位", "参与单位", "责任领导", "责任人", "经办人", "完成时限",
           "预期成效", "拟出台政策文件", "进展", "状态", "备注"]
ENGLISH = ["No.", "Field", "Reform task", "Measure", "Lead unit", "Participating units", "Responsible leader",
           "Responsible person", "Handler", "Deadline", "Expected results", "Policy documents to issue", "Progress",
           "Status", "Remarks"]
STATUSES = {"未启动", "推进中", "阶段性完成", "已完成", "中止"}


def fail(message):
    print("ledger export check failed: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def rows(sheet):
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def check_sheet(path, sheet, header):
    data = rows(sheet)
    check(data and list(data[0])[:15] == header, f"{path} [{sheet.title}]: header {data[0] if data else None}")
    check(sheet.freeze_panes == "A2", f"{path} [{sheet.title}]: frozen pane {sheet.freeze_panes!r}, expected A2")
    check(sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:O"), f"{path} [{sheet.title}]: no filter on the header")
    check(sheet["A1"].font.b, f"{path} [{sheet.title}]: header not bold")
    check(sheet.column_dimensions["D"].width >= 30, f"{path} [{sheet.title}]: 具体举措 column width {sheet.column_dimensions['D'].width}")
    if len(data) > 1:
        check(sheet["D2"].alignment.wrap_text, f"{path} [{sheet.title}]: 具体举措 does not wrap")
    for number, row in enumerate(data[1:], start=2):
        check(row[2] or row[3] or row[1], f"{path} [{sheet.title}] row {number}: no title")
        check(row[4], f"{path} [{sheet.title}] row {number}: no lead unit")
        deadline = row[9]
        check(deadline == "" or isinstance(deadline, datetime.datetime) or isinstance(deadline, str),
              f"{path} [{sheet.title}] row {number}: deadline {deadline!r}")
    return data


def main():
    if len(sys.argv) != 5:
        fail(__doc__)
    ledger_path, by_field_path, english_path, csv_path = sys.argv[1:]

    ledger = openpyxl.load_workbook(ledger_path)
    check(ledger.sheetnames == ["台账"], f"{ledger_path}: sheets {ledger.sheetnames}")
    whole = check_sheet(ledger_path, ledger["台账"], CHINESE)
    check(len(whole) > 100, f"{ledger_path}: only {len(whole) - 1} rows")
    check(any(isinstance(r[9], datetime.datetime) for r in whole[1:]), f"{ledger_path}: no deadline is a date cell")
    check(all(r[13] in STATUSES for r in whole[1:]), f"{ledger_path}: a status is not one of {STATUSES}")
    check(any("改革" in str(r[2]) for r in whole[1:]), f"{ledger_path}: no Chinese task title read back")

    by_field = openpyxl.load_workbook(by_field_path)
    # One sheet per field item, in outline order: the sheets' rows, read one after another, are the one sheet's rows.
    # Two fields may carry one title (a plan carried into the next year keeps its fields' names), so a sheet is
    # matched to the rows it holds, not to a count of distinct titles.
    check(len(by_field.sheetnames) > 1, f"{by_field_path}: only {len(by_field.sheetnames)} sheet(s)")
    at = 1
    for name in by_field.sheetnames:
        data = check_sheet(by_field_path, by_field[name], CHINESE)
        check(len(data) > 1, f"{by_field_path} [{name}]: an empty field sheet")
        field = data[1][1]
        check(all(r[1] == field for r in data[1:]), f"{by_field_path} [{name}]: rows of another field")
        # Sheet names are cut to Excel's 31 characters and made unique with " (2)".
        base = re.sub(r" \(\d+\)$", "", name)
        check(str(field).startswith(base[:25]), f"{by_field_path}: sheet {name!r} for field {field!r}")
        expected = [list(r) for r in whole[at:at + len(data) - 1]]
        check([list(r) for r in data[1:]] == expected,
              f"{by_field_path} [{name}]: its rows are not rows {at}-{at + len(data) - 2} of the one-sheet export")
        at += len(data) - 1
    check(at == len(whole), f"{by_field_path}: {at - 1} rows over its sheets, {len(whole) - 1} on one sheet")

    english = openpyxl.load_workbook(english_path)
    check(english.sheetnames == ["Ledger"], f"{english_path}: sheets {english.sheetnames}")
    english_rows = check_sheet(english_path, english["Ledger"], ENGLISH)
    check(len(english_rows) == len(whole), f"{english_path}: {len(english_rows) - 1} rows, {len(whole) - 1} in Chinese")

    raw = open(csv_path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{csv_path}: no UTF-8 byte order mark")
    check(raw.count(b"\r\n") >= len(whole), f"{csv_path}: rows do not end with CRLF")
    records = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    check(records[0] == CHINESE, f"{csv_path}: header {records[0]}")
    check(len(records) == len(whole), f"{csv_path}: {len(records) - 1} rows, {len(whole) - 1} in the workbook")
    check([r[3] for r in records[1:]] == [str(r[3]) for r in whole[1:]], f"{csv_path}: measures differ from the workbook")
    print(f"ledger export: {len(whole) - 1} rows; {len(by_field.sheetnames)} field sheets; English and CSV agree (openpyxl {openpyxl.__version__})")


main()
