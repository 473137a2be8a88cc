"""Runs a compiled Schematron (XSLT) over an XML file with Saxon; prints every failed
assert and every report as `ID (flag): text`; exits 1 when there is one."""
import sys
import xml.etree.ElementTree as ET

from saxonche import PySaxonProcessor

xslt, xml = sys.argv[1], sys.argv[2]
with PySaxonProcessor(license=False) as proc:
    xslt30 = proc.new_xslt30_processor()
    executable = xslt30.compile_stylesheet(stylesheet_file=xslt)
    svrl = executable.transform_to_string(source_file=xml)
ns = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
root = ET.fromstring(svrl)
problems = root.findall(".//svrl:failed-assert", ns) + root.findall(".//svrl:successful-report", ns)
for p in problems:
    text = " ".join("".join(p.find("svrl:text", ns).itertext()).split())
    print(f"{p.get('id')} ({p.get('flag') or 'error'}) at {p.get('location')}: {text}")
sys.exit(1 if problems else 0)
