#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small Medicinpriser takst in takst/ (system.txt, lms01.txt, lms02.txt) to the published
fixed-width layout (docs/interop.md): 1-based positions, DOS code page 850, CRLF line ends. Run it again
after changing the rows below; the tests read the files, not this script."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "takst")


def record(length, fields):
    """fields: (first position, width, text, right-aligned?)"""
    line = [" "] * length
    for first, width, text, right in fields:
        text = str(text)
        assert len(text) <= width, (text, width)
        text = text.rjust(width) if right else text.ljust(width)
        line[first - 1:first - 1 + width] = list(text)
    assert len(line) == length
    return "".join(line)


def drug(drug_id, name, form_text, form_code, strength_text, strength, unit, atc, route, deregistered=""):
    return record(180, [
        (1, 11, drug_id, False), (12, 2, "SP", False), (14, 2, "LM", False), (16, 9, name[:6].upper() + "001", False),
        (25, 5, "00100", False), (30, 30, name, False), (60, 20, form_text, False), (80, 7, form_code, False),
        (94, 20, strength_text, False), (114, 10, "%010d" % round(strength * 1000), False), (124, 3, unit, False),
        (127, 6, "061800", False), (133, 6, "061800", False), (139, 8, atc, False), (147, 8, route, False),
        (155, 1, "J", False), (164, 1, "D", False), (165, 8, deregistered, False)])


def package(drug_id, varenummer, text, size, unit, created="20100101", expired=""):
    return record(137, [
        (1, 11, drug_id, False), (12, 6, varenummer, False), (18, 3, "010", False), (30, 30, text, False),
        (60, 8, "%08d" % round(size * 100), False), (68, 2, unit, False), (74, 5, "A", False),
        (104, 8, created, False), (112, 8, created, False), (120, 8, expired, False), (132, 6, "061800", False)])


DRUGS = [
    drug("28101080181", "Contalgin", "depottabletter", "DEPTAB", "10 mg", 10, "MG", "N02AA01", "OR"),
    drug("28101542193", "Contalgin", "depottabletter", "DEPTAB", "5 mg", 5, "MG", "N02AA01", "OR", "20190401"),
    drug("28101376489", 'Morfin "DAK"', "tabletter", "TAB", "10 mg", 10, "MG", "N02AA01", "OR"),
    drug("28103960406", 'Oxycodonhydrochl. "ratiopharm"', "depottabletter", "DEPTAB", "20 mg", 20, "MG",
         "N02AA05", "OR"),
    drug("28104515409", "Palexia Depot", "depottabletter", "DEPTAB", "50 mg", 50, "MG", "N02AX06", "OR"),
    drug("28106000001", "Tapentadol Medical Valley", "depottabletter", "DEPTAB", "50 mg", 50, "MG", "N02AX06",
         "OR"),
    drug("28106000002", "Tapentadol Krka", "depottabletter", "DEPTAB", "50 mg", 50, "MG", "N02AX06", "OR"),
    drug("28101545193", "Durogesic", "depotplastre", "DEPPLA", "25 mikg/time", 25, "RGT", "N02AB03", "TD"),
    drug("28103115799", "Oxynorm", "oral opløsning", "ORALOPL", "1 mg/ml", 1, "MGM", "N02AA05", "OR"),
    drug("28100009555", "Kemadrin", "tabletter", "TAB", "5 mg", 5, "MG", "N04AA04", "OR"),
]
PACKAGES = [
    package("28101080181", "466086", "25 stk.", 25, "ST"),
    package("28101080181", "466094", "100 stk.", 100, "ST"),
    package("28101080181", "466110", "50 stk.", 50, "ST", expired="20200101"),
    package("28101542193", "563502", "100 stk. (blister)", 100, "ST"),
    package("28101376489", "100420", "100 stk.", 100, "ST"),
    package("28103960406", "379204", "28 stk. (blister)", 28, "ST"),
    package("28103960406", "379212", "98 stk. (blister)", 98, "ST"),
    package("28104515409", "103421", "30 stk. (blister)", 30, "ST"),
    package("28106000001", "103511", "60 stk. (blister)", 60, "ST"),
    package("28106000002", "103611", "30 stk. (blister)", 30, "ST"),
    package("28101545193", "027004", "5 stk.", 5, "ST"),
    package("28103115799", "010255", "250 ml", 250, "ML"),
    package("28100009555", "123456", "100 stk.", 100, "ST"),
]
SYSTEM = ["0012.0 LMS-TAKST".ljust(47) + "20260105".ljust(24) + "0131LMS.ZIP     202601",
          "10Grunddata l\u00e6gemiddel          LMS01.txt   01%05d" % len(DRUGS),
          "10Grunddata pakning             LMS02.txt   01%05d" % len(PACKAGES)]

for name, rows in (("system.txt", SYSTEM), ("lms01.txt", DRUGS), ("lms02.txt", PACKAGES)):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write("".join(r + "\r\n" for r in rows).encode("cp850"))
