"""Make resources/templates/minutes.docx, the reference template of the Word minutes (run it again after a change).

    /tmp/venv/bin/python resources/templates/make_minutes_template.py

Everything typographic lives in the template's styles, never on runs, so that a secretary who edits the exported
file in Word keeps the government look: TH Sarabun New, 16 pt, with the complex-script font and size (w:cs, w:szCs)
and the Thai language tag set in docDefaults, Normal and every style, because Word takes the font and size of Thai
text from those and would otherwise show it in another font at another size. Word cannot fall back from one font to
another by itself; the font table names the bundled Sarabun as the alternative (w:altName) of TH Sarabun New, which
Word and LibreOffice use when TH Sarabun New is not installed. Page: A4 with the margins of government documents
(top 2.5 cm, bottom 2 cm, left 3 cm, right 2 cm).
Bold and italic are set for complex script too (w:bCs, w:iCs) in every style that sets them: Word and LibreOffice
draw Thai text with the complex-script flags, so a style with w:b alone shows its Thai regular.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

FONT = "TH Sarabun New"
FALLBACK_FONT = "Sarabun"
BODY_SIZE = Pt(16)
TITLE_SIZE = Pt(18)
OUT = Path(__file__).with_name("minutes.docx")


def _set_fonts(rpr, size: Pt | None = None) -> None:  # type: ignore[no-untyped-def]
    """Explicit fonts for every script, the sizes of Latin and complex script, the Thai language tag."""
    for tag in ("w:rFonts", "w:color"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    rpr.insert(0, fonts)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
            element = OxmlElement(tag)
            element.set(qn("w:val"), str(int(size.pt * 2)))
            rpr.append(element)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:eastAsia"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)


def _complex_script_emphasis(styles) -> None:  # type: ignore[no-untyped-def]
    """w:bCs and w:iCs beside every w:b and w:i, with the same value, in the schema's order (right after them)."""
    for rpr in styles.element.iter(qn("w:rPr")):
        for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
            flag = rpr.find(qn(latin))
            if flag is None:
                continue
            for old in rpr.findall(qn(complex_script)):
                rpr.remove(old)
            twin = OxmlElement(complex_script)
            if flag.get(qn("w:val")) is not None:
                twin.set(qn("w:val"), flag.get(qn("w:val")))
            flag.addnext(twin)


def _style_rpr(style):  # type: ignore[no-untyped-def]
    return style.element.get_or_add_rPr()


def _paragraph_style(document, name: str, base: str = "Normal"):  # type: ignore[no-untyped-def]
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    _set_fonts(_style_rpr(style))
    return style


def _font_table(document) -> None:  # type: ignore[no-untyped-def]
    """Name Sarabun as the alternative of TH Sarabun New, with the Thai character set (charset DE)."""
    part = next(p for p in document.part.package.iter_parts() if p.partname.endswith("/fontTable.xml"))
    root = etree.fromstring(part.blob)
    for old in root.findall(qn("w:font")):
        if old.get(qn("w:name")) in (FONT, FALLBACK_FONT):
            root.remove(old)
    for name, alternative in ((FONT, FALLBACK_FONT), (FALLBACK_FONT, None)):
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        if alternative:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alternative)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "DE")
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), "swiss")
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _settings(document) -> None:  # type: ignore[no-untyped-def]
    """Thai as the complex-script language of the document's theme fonts."""
    settings = document.settings.element
    for old in settings.findall(qn("w:themeFontLang")):
        settings.remove(old)
    lang = OxmlElement("w:themeFontLang")
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")
    settings.append(lang)


def build() -> None:
    document = Document()
    styles = document.styles

    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, BODY_SIZE)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for old in ppr.findall(qn("w:spacing")):
        ppr.remove(old)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)

    # Every built-in style gets explicit fonts: several carry theme fonts (Calibri, Cambria) that beat docDefaults.
    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_fonts(_style_rpr(style), BODY_SIZE if style.name.startswith("Heading") else None)
    normal = styles["Normal"]
    _set_fonts(_style_rpr(normal), BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)

    for name in ("Heading 1", "Heading 2"):
        heading = styles[name]
        heading.font.bold = True
        heading.font.italic = False
        heading.paragraph_format.space_before = Pt(8)
        heading.paragraph_format.space_after = Pt(0)
        heading.paragraph_format.keep_with_next = True
    styles["Heading 2"].paragraph_format.left_indent = Cm(1.25)

    title = _paragraph_style(document, "Minutes Title")
    title.font.bold = True
    _set_fonts(_style_rpr(title), TITLE_SIZE)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.keep_with_next = True

    centred = _paragraph_style(document, "Minutes Centred")
    centred.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred.paragraph_format.keep_with_next = True

    section = _paragraph_style(document, "Minutes Section")
    section.font.bold = True
    section.paragraph_format.space_before = Pt(8)
    section.paragraph_format.keep_with_next = True

    attendee = _paragraph_style(document, "Minutes Attendee")
    attendee.paragraph_format.keep_together = True

    body = _paragraph_style(document, "Minutes Body")
    body.paragraph_format.first_line_indent = Cm(2.5)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    resolution = _paragraph_style(document, "Minutes Resolution")
    resolution.paragraph_format.first_line_indent = Cm(2.5)
    resolution.paragraph_format.space_before = Pt(4)
    resolution.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    list_label = _paragraph_style(document, "Minutes List Label")
    list_label.font.bold = True
    list_label.paragraph_format.left_indent = Cm(1.25)
    list_label.paragraph_format.space_before = Pt(4)
    list_label.paragraph_format.keep_with_next = True

    action = _paragraph_style(document, "Minutes Action")
    action.paragraph_format.left_indent = Cm(2.5)
    action.paragraph_format.first_line_indent = Cm(-0.75)

    progress = _paragraph_style(document, "Minutes Progress")
    progress.paragraph_format.left_indent = Cm(3.25)

    signature = _paragraph_style(document, "Minutes Signature")
    signature.paragraph_format.left_indent = Cm(6)
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signature.paragraph_format.keep_with_next = True
    signature.paragraph_format.keep_together = True

    for name in ("Header", "Footer"):
        styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The mark of an official secret: red, bold and larger than the body, as the regulation shows it.
    classification = _paragraph_style(document, "Minutes Classification", base="Header")
    classification.font.bold = True
    _set_fonts(_style_rpr(classification), Pt(20))
    classification.font.color.rgb = RGBColor(0xCC, 0x00, 0x00)  # after _set_fonts, which clears colours

    label = styles.add_style("Minutes Label", WD_STYLE_TYPE.CHARACTER)
    label.font.bold = True

    page = document.sections[0]
    page.page_width, page.page_height = Cm(21), Cm(29.7)
    page.top_margin, page.bottom_margin = Cm(2.5), Cm(2)
    page.left_margin, page.right_margin = Cm(3), Cm(2)
    page.header_distance, page.footer_distance = Cm(1.25), Cm(1)

    # Unused table styles carry theme fonts (Cambria, Calibri); the minutes use no styled tables.
    for style in list(styles):
        if style.type == WD_STYLE_TYPE.TABLE and style.style_id != "TableNormal":
            style.element.getparent().remove(style.element)

    # The template carries no content: write_docx fills the body, header and footer.
    for paragraph in list(document.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    _complex_script_emphasis(styles)
    _font_table(document)
    _settings(document)
    document.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
