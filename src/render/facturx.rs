//! A Factur-X invoice (SPEC 16): the PDF a browser printed of the HTML invoice, with
//! the EN 16931 CII embedded as `factur-x.xml` (AFRelationship `Data`, listed in the
//! catalog's `/AF` and its embedded files), XMP metadata that identifies the file as
//! PDF/A-3b and carries the Factur-X extension schema (profile `EN 16931`), and an
//! sRGB OutputIntent (a CC0 profile of 736 bytes, `assets/`).

use chrono::NaiveDate;
use lopdf::{Dictionary, Document, Object, Stream, StringFormat, dictionary};

/// The sRGB profile of the OutputIntent (Compact-ICC-Profiles, CC0).
const SRGB: &[u8] = include_bytes!("../../assets/sRGB-v2-magic.icc");

/// The file name Factur-X requires for the embedded XML.
pub const XML_NAME: &str = "factur-x.xml";

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

/// `pdf` with `xml` embedded as a Factur-X EN 16931 invoice titled `title`, dated
/// `date`; or why the PDF could not be read.
pub fn embed(pdf: &[u8], xml: &[u8], title: &str, date: NaiveDate) -> Result<Vec<u8>, String> {
    let mut doc = Document::load_mem(pdf).map_err(|e| format!("the printed PDF: {e}"))?;
    let stamp = format!("D:{}000000Z", date.format("%Y%m%d"));
    let mut file = Stream::new(
        dictionary! {
            "Type" => "EmbeddedFile",
            "Subtype" => Object::Name(b"text/xml".to_vec()),
            "Params" => dictionary! { "Size" => xml.len() as i64, "ModDate" => text(&stamp) },
        },
        xml.to_vec(),
    );
    // Compressed like the rest; a reader inflates it.
    let _ = file.compress();
    let file = doc.add_object(file);
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => text(XML_NAME),
        "UF" => text(XML_NAME),
        "Desc" => text("Factur-X invoice (EN 16931)"),
        "AFRelationship" => "Data",
        "EF" => dictionary! { "F" => file, "UF" => file },
    });
    let mut metadata = Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xmp(title, date).into_bytes(),
    );
    metadata.allows_compression = false;
    let metadata = doc.add_object(metadata);
    let profile = doc.add_object(Stream::new(dictionary! { "N" => 3 }, SRGB.to_vec()));
    let intent = dictionary! {
        "Type" => "OutputIntent",
        "S" => "GTS_PDFA1",
        "OutputConditionIdentifier" => text("sRGB IEC61966-2.1"),
        "Info" => text("sRGB IEC61966-2.1"),
        "DestOutputProfile" => profile,
    };
    let catalog = doc.catalog_mut().map_err(|e| format!("the printed PDF: {e}"))?;
    let mut names = Dictionary::new();
    names.set("EmbeddedFiles", dictionary! { "Names" => vec![text(XML_NAME), spec.into()] });
    catalog.set("Names", names);
    catalog.set("AF", vec![Object::from(spec)]);
    catalog.set("Metadata", metadata);
    catalog.set("OutputIntents", vec![Object::Dictionary(intent)]);
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| format!("writing the PDF: {e}"))?;
    Ok(out)
}

/// The XMP packet: PDF/A-3b identification, the title and dates, and the Factur-X
/// properties with the PDF/A extension schema that describes them.
fn xmp(title: &str, date: NaiveDate) -> String {
    let title = super::html::escape(title);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>{date}T00:00:00Z</xmp:CreateDate>
<xmp:ModifyDate>{date}T00:00:00Z</xmp:ModifyDate>
<xmp:CreatorTool>hourbank</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>hourbank</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
<fx:DocumentType>INVOICE</fx:DocumentType>
<fx:DocumentFileName>{XML_NAME}</fx:DocumentFileName>
<fx:Version>1.0</fx:Version>
<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
{}
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        [
            ("DocumentFileName", "name of the embedded XML invoice file"),
            ("DocumentType", "INVOICE"),
            ("Version", "The actual version of the Factur-X XML schema"),
            ("ConformanceLevel", "The conformance level of the embedded Factur-X data"),
        ]
        .map(|(name, description)| format!("<rdf:li rdf:parseType=\"Resource\">\n<pdfaProperty:name>{name}</pdfaProperty:name>\n<pdfaProperty:valueType>Text</pdfaProperty:valueType>\n<pdfaProperty:category>external</pdfaProperty:category>\n<pdfaProperty:description>{description}</pdfaProperty:description>\n</rdf:li>"))
        .join("\n"),
        bom = '\u{feff}'
    )
}
