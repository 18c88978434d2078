package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.protocol.http.Samples;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OnvifSoapTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static OnvifReply answered(ProbeOutcome<OnvifReply> outcome) {
        assertThat(outcome).isInstanceOf(ProbeOutcome.Answered.class);
        return outcome.answer().orElseThrow();
    }

    @Test
    void envelopeIsSoap12WithTheOperationInItsNamespace() throws Exception {
        Document doc = SafeXml.parse(OnvifSoap.envelope(OnvifOperation.GET_DEVICE_INFORMATION));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Envelope");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2003/05/soap-envelope");
        Element body = SafeXml.childElements(root).getFirst();
        assertThat(body.getLocalName()).isEqualTo("Body");
        assertThat(SafeXml.childElements(root)).hasSize(1);
        Element op = SafeXml.childElements(body).getFirst();
        assertThat(op.getLocalName()).isEqualTo("GetDeviceInformation");
        assertThat(op.getNamespaceURI()).isEqualTo("http://www.onvif.org/ver10/device/wsdl");
        assertThat(op.hasChildNodes()).isFalse();
    }

    @Test
    void operationsWithArgumentsAreOneLiners() throws Exception {
        OnvifOperation caps = OnvifOperation.device("GetCapabilities", "<Category>All</Category>");
        Element op = SafeXml.childElements(SafeXml.childElements(
                SafeXml.parse(OnvifSoap.envelope(caps)).getDocumentElement()).getFirst()).getFirst();
        Element category = SafeXml.childElements(op).getFirst();
        assertThat(category.getNamespaceURI()).isEqualTo(OnvifOperation.DEVICE_NS);
        assertThat(category.getTextContent()).isEqualTo("All");
        assertThat(OnvifOperation.media("GetProfiles").action()).isEqualTo("http://www.onvif.org/ver10/media/wsdl/GetProfiles");
    }

    @Test
    void contentTypeCarriesTheAction() {
        assertThat(OnvifSoap.contentType(OnvifOperation.GET_SYSTEM_DATE_AND_TIME)).isEqualTo(
                "application/soap+xml; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime\"");
    }

    @Test
    void deviceInformationFieldsFromTheAgshSample() {
        OnvifReply reply = answered(OnvifSoap.parse(200, Samples.bytes("onvif/agsh_mockup_GetDeviceInformation.xml")));
        assertThat(reply.succeeded()).isTrue();
        assertThat(reply.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Manufacturer", "Mockup Manufacturer", "Model", "Mockup Model", "FirmwareVersion", "Mockup_15_14_13",
                "SerialNumber", "00000000", "HardwareId", "MOCKUP"));
    }

    @Test
    void systemDateAndTimeFieldsAreScopedByClock() {
        OnvifReply reply = answered(OnvifSoap.parse(200, Samples.bytes("onvif/agsh_mockup_GetSystemDateAndTime.xml")));
        assertThat(reply.fields()).containsAllEntriesOf(Map.of(
                "DateTimeType", "Manual", "DaylightSavings", "true", "TZ", "MoroccoStandardTime0",
                "UTCDateTime.Hour", "19", "UTCDateTime.Minute", "14", "UTCDateTime.Second", "37",
                "UTCDateTime.Year", "2014", "UTCDateTime.Month", "12", "UTCDateTime.Day", "24"));
        assertThat(reply.fields()).hasSize(9).doesNotContainKey("Hour");
    }

    @Test
    void localClockDoesNotOverwriteUtc() {
        String xml = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:tt=\"t\"><s:Body>"
                + "<R><tt:LocalDateTime><tt:Time><tt:Hour>21</tt:Hour></tt:Time></tt:LocalDateTime>"
                + "<tt:UTCDateTime><tt:Time><tt:Hour>19</tt:Hour></tt:Time></tt:UTCDateTime></R></s:Body></s:Envelope>";
        assertThat(answered(OnvifSoap.parse(200, utf8(xml))).fields())
                .isEqualTo(Map.of("LocalDateTime.Hour", "21", "UTCDateTime.Hour", "19"));
    }

    @Test
    void notAuthorizedFaultsFromRealDevices() {
        OnvifReply vivotek = answered(OnvifSoap.parse(400, Samples.bytes("onvif/fault_NotAuthorized_vivotek.xml")));
        assertThat(vivotek.fault()).contains("ter:NotAuthorized");
        assertThat(vivotek.fields()).isEmpty();
        assertThat(vivotek.succeeded()).isFalse();
        OnvifReply attempts = answered(OnvifSoap.parse(200, Samples.bytes("onvif/fault_NotAuthorized_attempts_left.xml")));
        assertThat(attempts.fault()).contains("ter:NotAuthorized");
        assertThat(attempts.succeeded()).isFalse();
    }

    @Test
    void faultPrefixIsNormalisedByNamespaceAndUnknownPrefixesKept() {
        String custom = "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:err=\"http://www.onvif.org/ver10/error\">"
                + "<e:Body><e:Fault><e:Code><e:Value>e:Sender</e:Value><e:Subcode><e:Value>err:NotAuthorized</e:Value>"
                + "</e:Subcode></e:Code></e:Fault></e:Body></e:Envelope>";
        assertThat(answered(OnvifSoap.parse(500, utf8(custom))).fault()).contains("ter:NotAuthorized");

        String noSub = "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body><e:Fault><e:Code>"
                + "<e:Value>e:Receiver</e:Value></e:Code></e:Fault></e:Body></e:Envelope>";
        assertThat(answered(OnvifSoap.parse(500, utf8(noSub))).fault()).contains("env:Receiver");

        String soap11 = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v=\"urn:vendor\"><S:Body>"
                + "<S:Fault><faultcode>v:Locked</faultcode><faultstring>x</faultstring></S:Fault></S:Body></S:Envelope>";
        assertThat(answered(OnvifSoap.parse(500, utf8(soap11))).fault()).contains("v:Locked");
    }

    @Test
    void nonSoapAnswers() {
        assertThat(answered(OnvifSoap.parse(401, new byte[0])))
                .isEqualTo(new OnvifReply(401, java.util.Optional.empty(), Map.of()));
        assertThat(answered(OnvifSoap.parse(404, utf8("<html><title>404</title></html"))).httpStatus()).isEqualTo(404);
        assertThat(OnvifSoap.parse(200, utf8("<html><body>Web UI</body></html>")))
                .isInstanceOf(ProbeOutcome.ProtocolError.class);
        assertThat(OnvifSoap.parse(200, utf8("not xml at all"))).isInstanceOf(ProbeOutcome.ProtocolError.class);
        assertThat(OnvifSoap.parse(200, new byte[0])).isInstanceOf(ProbeOutcome.ProtocolError.class);
    }

    @Test
    void fieldsAreBounded() {
        StringBuilder xml = new StringBuilder("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><R>");
        for (int i = 0; i < 500; i++) {
            xml.append("<F").append(i).append('>').append("v".repeat(1000)).append("</F").append(i).append('>');
        }
        xml.append("</R></s:Body></s:Envelope>");
        OnvifReply reply = answered(OnvifSoap.parse(200, utf8(xml.toString())));
        assertThat(reply.fields()).hasSize(OnvifSoap.MAX_FIELDS);
        assertThat(reply.fields().values()).allSatisfy(v -> assertThat(v).hasSize(OnvifSoap.MAX_FIELD_LENGTH));
    }
}
