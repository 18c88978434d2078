package dev.blindspot.protocol.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The KEV vendors' identity reads: when they are asked, and what is kept of hostile or foreign answers. */
class KevVendorApiTest {

    private static ProbeOutcome<VendorApiReply> parse(VendorApi api, String body) {
        return VendorApiParser.parse(api, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dlinkInfoKeepsModelVersionAndHardwareOnly() {
        var reply = parse(VendorApi.DLINK_INFO, "model=DCS-930L\nversion=2.01\nhw_version=A\nname=DCS-930L\n"
                + "macaddr=B0:C5:54:00:00:01\n").answer().orElseThrow();
        assertThat(reply.fields()).isEqualTo(Map.of("model", "DCS-930L", "version", "2.01", "hw_version", "A"));
    }

    @Test
    void qnapXmlWithADoctypeIsRefusedAndAForeignRootIgnored() {
        assertThat(parse(VendorApi.QNAP_AUTHLOGIN, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                + "<QDocRoot><version>&a;</version></QDocRoot>")).isInstanceOf(ProbeOutcome.ProtocolError.class);
        assertThat(parse(VendorApi.QNAP_AUTHLOGIN, "<html><version>1.0</version></html>").answer().orElseThrow()
                .fields()).isEmpty();
        assertThat(parse(VendorApi.QNAP_AUTHLOGIN, "<QDocRoot version=\"1.0\"><model><internalModelName><![CDATA["
                + "VS-2108L]]></internalModelName></model><firmware><version><![CDATA[4.1.3]]></version></firmware>"
                + "</QDocRoot>").answer().orElseThrow().fields())
                .containsEntry("internalModelName", "VS-2108L").containsEntry("version", "4.1.3");
    }

    @Test
    void askedOnlyWhereTheFirstAnswerPointsAtTheVendor() {
        HttpReply dlink = reply(401, Optional.empty(), new Header("WWW-Authenticate", "Basic realm=\"DCS-2530L\""));
        HttpReply nuuo = reply(200, Optional.of("Network Video Recorder Login"));
        HttpReply viostor = reply(200, Optional.of("VioStor"));
        HttpReply other = reply(200, Optional.of("Login"));
        assertThat(VendorApiProbe.candidates(80, dlink)).containsExactly(VendorApi.DLINK_INFO);
        assertThat(VendorApiProbe.candidates(80, nuuo)).containsExactly(VendorApi.NUUO_CURRENTINFO);
        assertThat(VendorApiProbe.candidates(80, viostor)).containsExactly(VendorApi.QNAP_AUTHLOGIN);
        assertThat(VendorApiProbe.candidates(80, other)).isEmpty();
    }

    private static HttpReply reply(int status, Optional<String> title, Header... headers) {
        return new HttpReply(status, "X", new Headers(List.of(headers)), "", title, Optional.empty(), Optional.empty());
    }
}
