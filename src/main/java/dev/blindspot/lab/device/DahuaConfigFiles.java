package dev.blindspot.lab.device;

import dev.blindspot.lab.LabVulnerabilities;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Optional;

/**
 * The {@code /current_config/} files that Dahua firmware of before the 2017 fixes served without login: the
 * account file {@code passwd} (CVE-2017-7925, ICSA-17-124-02) and, on Amcrest units up to V2.420.AC00.16.R
 * 2016-09-09, {@code Sha1Account1} (CVE-2017-8229). Only on firmware inside those ranges
 * ({@link LabVulnerabilities}); otherwise empty, and the web server answers its usual 404. Bodies are modelled on
 * the words the public nuclei templates match (passwd: "ugm" and "id:name:passwd"; Sha1Account1: DevInformation,
 * SerialID, application/octet-stream), with the unit's own account and an 8-character hash of its password.
 */
final class DahuaConfigFiles {

    static final String PASSWD = "/current_config/passwd";
    static final String SHA1_ACCOUNT = "/current_config/Sha1Account1";

    private final SimDevice device;
    private final DahuaIds ids;

    DahuaConfigFiles(SimDevice device, DahuaIds ids) {
        this.device = device;
        this.ids = ids;
    }

    /** The answer to {@code request} when it asks for a file this firmware discloses; empty otherwise. */
    Optional<Response> answer(Request request) {
        if (!request.method().equals("GET") || !request.path().startsWith("/current_config/")) {
            return Optional.empty();
        }
        device.countVulnerabilityProbe();
        String user = device.spec().username();
        if (request.path().equals(PASSWD) && LabVulnerabilities.has(device.spec(), LabVulnerabilities.DAHUA_7925)) {
            return Optional.of(file("#UGM Version 1\n#id:name:passwd:groupid:reserved:sharable:memo:authorities\n"
                    + "1:" + user + ":" + SofiaHash.of(device.spec().password()) + ":1:1:1:" + user
                    + " 's account:AUTH_USER_MAG,AUTH_SYS_CFG,AUTH_MONITOR,AUTH_REPLAY\n"
                    + "2:default:tlJwpbo6:2:0:1:Default account:AUTH_MONITOR\n"));
        }
        if (request.path().equals(SHA1_ACCOUNT)
                && LabVulnerabilities.has(device.spec(), LabVulnerabilities.AMCREST_8229)) {
            return Optional.of(file("{ \"DevInformation\" : { \"SerialID\" : \"" + ids.serial() + "\" },\n"
                    + "  \"Users\" : [ { \"Name\" : \"" + Json.escape(user) + "\", \"Password\" : \""
                    + SofiaHash.of(device.spec().password()) + "\", \"Group\" : \"admin\" } ] }\n"));
        }
        return Optional.empty();
    }

    private static Response file(String body) {
        return Response.builder("HTTP/1.1 200 OK").header("Connection", "close").contentLength()
                .header("Content-Type", "application/octet-stream").body(body);
    }
}
