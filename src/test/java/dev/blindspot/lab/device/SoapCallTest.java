package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoapCallTest {

    @Test
    void findsTheOperationAndTheUsernameToken() {
        String soap = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<s:Header><wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-"
                + "wssecurity-secext-1.0.xsd\" xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-"
                + "wssecurity-utility-1.0.xsd\"><wsse:UsernameToken><wsse:Username>user</wsse:Username>"
                + "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-"
                + "profile-1.0#PasswordDigest\">tuOSpGlFlIXsozq4HFNeeGeFLEI=</wsse:Password>"
                + "<wsse:Nonce>LKqI6G/AikKCQrN0zqZFlg==</wsse:Nonce><wsu:Created>2010-09-16T07:50:45Z</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security></s:Header><s:Body><tds:GetDeviceInformation "
                + "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"/></s:Body></s:Envelope>";

        SoapCall call = SoapCall.parse(soap.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(call.operation()).isEqualTo("GetDeviceInformation");
        UsernameToken token = call.token().orElseThrow();
        assertThat(token.username()).isEqualTo("user");
        // the ONVIF Application Programmer's Guide example digest
        assertThat(token.matches("userpassword")).isTrue();
        assertThat(token.matches("userPassword")).isFalse();
    }

    @Test
    void plainTextPasswordsAndNoHeaderWork() {
        String text = "<Envelope xmlns=\"http://www.w3.org/2003/05/soap-envelope\"><Header><Security><UsernameToken>"
                + "<Username>admin</Username><Password>secret</Password></UsernameToken></Security></Header>"
                + "<Body><GetScopes xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/></Body></Envelope>";
        String bare = "<Envelope xmlns=\"http://www.w3.org/2003/05/soap-envelope\"><Body><GetHostname/></Body></Envelope>";

        assertThat(SoapCall.parse(text.getBytes(StandardCharsets.UTF_8)).orElseThrow().token().orElseThrow()
                .matches("secret")).isTrue();
        assertThat(SoapCall.parse(bare.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .isEqualTo(new SoapCall("GetHostname", Optional.empty()));
    }

    @Test
    void refusesDtdsEntitiesAndNonSoap() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Envelope><Body><Get>&x;</Get></Body></Envelope>";
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Envelope><Body>&b;</Body></Envelope>";

        assertThat(SoapCall.parse(xxe.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SoapCall.parse(bomb.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SoapCall.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SoapCall.parse("not xml".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SoapCall.parse(new byte[0])).isEmpty();
    }
}
