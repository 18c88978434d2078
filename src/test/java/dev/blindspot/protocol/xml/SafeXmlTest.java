package dev.blindspot.protocol.xml;

import dev.blindspot.protocol.http.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class SafeXmlTest {

    private static final String SECRET = "TOP-SECRET-4f9a1c";

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path secretFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret;
    }

    @Test
    void externalEntityIsRefusedAndTheSecretNeverAppears() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secretFile().toUri()
                + "\">]><r><leaf>&xxe;</leaf></r>";
        Throwable t = catchThrowable(() -> SafeXml.parse(utf8(xml)));
        assertThat(t).isInstanceOf(XmlRejectedException.class).hasMessageContaining("DOCTYPE");
        assertThat(t.getMessage()).doesNotContain(SECRET);
        assertThat(t.getCause()).isNull();
    }

    @Test
    void parameterEntityAndExternalDtdAreRefused() throws Exception {
        String xml = "<!DOCTYPE r SYSTEM \"" + secretFile().toUri() + "\"><r/>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(xml))).isInstanceOf(XmlRejectedException.class);
        String pe = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + secretFile().toUri() + "\"> %p;]><r/>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(pe))).isInstanceOf(XmlRejectedException.class);
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        String xml = "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secretFile().toUri()
                + "\" parse=\"text\"/></r>";
        Document doc = SafeXml.parse(utf8(xml));
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain(SECRET);
        assertThat(SafeXml.childElements(doc.getDocumentElement())).singleElement()
                .extracting(SafeXml::localName).isEqualTo("include");
    }

    @Test
    void billionLaughsFailsFast() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = dtd + "]><lolz>&lol9;</lolz>";
        long start = System.nanoTime();
        assertThatThrownBy(() -> SafeXml.parse(utf8(xml))).isInstanceOf(XmlRejectedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void oversizeInputIsRefusedBeforeParsing() {
        byte[] big = new byte[SafeXml.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '<';
        assertThatThrownBy(() -> SafeXml.parse(big)).isInstanceOf(XmlRejectedException.class)
                .hasMessageContaining("larger than 1048576 bytes");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(5000) + "</a>".repeat(5000);
        assertThatThrownBy(() -> SafeXml.parse(utf8(xml))).isInstanceOf(XmlRejectedException.class);
    }

    @Test
    void malformedInputIsRefused() {
        assertThatThrownBy(() -> SafeXml.parse(utf8("<html><body>not closed"))).isInstanceOf(XmlRejectedException.class);
        assertThatThrownBy(() -> SafeXml.parse(new byte[0])).isInstanceOf(XmlRejectedException.class);
        assertThatThrownBy(() -> SafeXml.parse(utf8("<p:r/>"))).isInstanceOf(XmlRejectedException.class);
    }

    @Test
    void onvifEnvelopeParsesNamespaceAwareAndLeavesAreCollected() throws Exception {
        Document doc = SafeXml.parse(Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml"));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("Envelope");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2003/05/soap-envelope");

        List<XmlLeaf> leaves = SafeXml.leaves(doc.getDocumentElement(), 100, 100);
        assertThat(leaves).extracting(XmlLeaf::localName)
                .containsExactly("DateTimeType", "DaylightSavings", "TZ", "Hour", "Minute", "Second", "Year",
                        "Month", "Day");
        assertThat(leaves.get(3).path()).containsExactly("Body", "GetSystemDateAndTimeResponse",
                "SystemDateAndTime", "UTCDateTime", "Time", "Hour");
        assertThat(SafeXml.leafTextByLocalName(doc.getDocumentElement(), 100, 100))
                .containsEntry("TZ", "MoroccoStandardTime0").containsEntry("Year", "2014").hasSize(9);
    }

    @Test
    void leafCollectionIsBounded() throws Exception {
        Document doc = SafeXml.parse(utf8("<r><a>" + "x".repeat(500) + "</a><b>2</b><c>3</c><a>dup</a><d> </d></r>"));
        assertThat(SafeXml.leafTextByLocalName(doc.getDocumentElement(), 2, 10))
                .containsExactly(java.util.Map.entry("a", "x".repeat(10)), java.util.Map.entry("b", "2"));
        assertThat(SafeXml.leafTextByLocalName(doc.getDocumentElement(), 10, 10))
                .containsEntry("a", "x".repeat(10)).doesNotContainKey("d").hasSize(3);
    }
}
