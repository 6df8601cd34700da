package org.casefile.packet.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes the packet PDF/A-2b and reproducible: the sRGB output intent, XMP metadata that matches the document
 * information, and dates and the trailer /ID taken from the snapshot rather than the clock.
 */
public final class PdfA {
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final int PLATFORM_AT = 40; // an ICC profile header's primary-platform signature

    private PdfA() {
    }

    public static void apply(PDDocument document, String title, String subject, ZonedDateTime when,
                             String documentId) throws IOException {
        GregorianCalendar calendar = GregorianCalendar.from(when.withNano(0));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Casefile");
        info.setProducer("Casefile (Apache PDFBox)");
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);

        PDMetadata metadata = new PDMetadata(document);
        try (ByteArrayInputStream xmp = new ByteArrayInputStream(xmp(title, subject,
                XMP_DATE.format(when.withNano(0)), documentId).getBytes(StandardCharsets.UTF_8))) {
            metadata.importXMPMetadata(xmp.readAllBytes());
        }
        document.getDocumentCatalog().setMetadata(metadata);

        byte[] icc = sameOnEveryRuntime(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);

        byte[] id = HexFormat.of().parseHex(documentId);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /**
     * The runtime's sRGB profile with Java 17's primary-platform signature ("APPL", bytes 40-43 of the header): Java
     * 25's profile says "MSFT" there and is otherwise the same, and that one informational field would make the
     * installer's packets (Java 25 runtime) differ in bytes from the jar's for the same snapshot.
     */
    static byte[] sameOnEveryRuntime(byte[] profile) {
        byte[] copy = profile.clone();
        System.arraycopy("APPL".getBytes(StandardCharsets.US_ASCII), 0, copy, PLATFORM_AT, 4);
        return copy;
    }

    private static String xmp(String title, String subject, String date, String documentId) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n<xmp:CreatorTool>Casefile</xmp:CreatorTool>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>Casefile (Apache PDFBox)</pdf:Producer>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
                + "<xmpMM:DocumentID>uuid:" + uuid(documentId) + "</xmpMM:DocumentID>\n</rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String uuid(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
