"""The XMP metadata of a document, made from the same values as its document information.

An archive reads a file's title, author, subject, dates and producer from its XMP packet; the
packet here repeats what reportlab writes in the document information dictionary (the same
strings, the same time stamp), so the two never disagree.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream, format


class _PlainStream(PDFStream):
    """A stream written without a filter (metadata must stay readable as text)."""

    def format(self, document):
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        return (
            format(dictionary, document)
            + b"\nstream\n"
            + format(content, document)
            + b"endstream\n"
        )


def _date(stamp) -> str:
    """reportlab's time stamp in ISO 8601, with the offset its PDF date shows."""
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "+" if stamp.dhh >= 0 else "-"
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )


def packet(info, stamp, lang: str) -> str:
    """The XMP packet of a document with reportlab's ``info`` and time ``stamp``."""

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    when = _date(stamp)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title>{alt(info.title)}</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:description>{alt(info.subject)}</dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>"
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>"
        f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def metadata_stream(document, lang: str) -> PDFStream:
    """The /Metadata stream of the catalog of reportlab's ``document``."""
    data = packet(document.info, document._timeStamp, lang).encode("utf-8")
    return _PlainStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), data
    )
