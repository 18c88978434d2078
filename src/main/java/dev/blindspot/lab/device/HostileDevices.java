package dev.blindspot.lab.device;

import dev.blindspot.lab.HostileStrings;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.FtpLoginServer;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.RequestReader;
import dev.blindspot.lab.server.RtspServer;
import dev.blindspot.lab.server.TelnetLoginServer;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The services of the hostile device kinds (see {@code DeviceKind}): what misbehaves on which port. Each keeps its
 * own cost bounded (bytes dripped, bytes and time streamed, one shared block per kind) whatever the client does.
 */
final class HostileDevices {

    private static final int MAX_HTTP_REQUESTS = 16;
    private static final int MAX_RTSP_REQUESTS = 64;

    private HostileDevices() {}

    static List<ServicePlan> plan(SimDevice device) {
        Duration deadline = device.context().readDeadline();
        return switch (device.spec().kind()) {
            case HOSTILE_SLOWLORIS -> List.of(
                    new ServicePlan("http", 80, new HostileDrip("HTTP/1.1 200 OK\r\nX-Drip: " + ".".repeat(512),
                            Optional.of(RequestReader.http()), deadline)),
                    new ServicePlan("rtsp", 554, new HostileDrip("RTSP/1.0 200 OK\r\nCSeq: 1\r\nX-Drip: "
                            + ".".repeat(512), Optional.of(RequestReader.rtsp()), deadline)),
                    new ServicePlan("ftp", 21, new HostileDrip("220-" + ".".repeat(512), Optional.empty(), deadline)));
            case HOSTILE_ENDLESS_BODY -> List.of(new ServicePlan("http", 80, HostileEndless.http(deadline)),
                    new ServicePlan("rtsp", 554, HostileEndless.rtsp(deadline)));
            case HOSTILE_HUGE_HEADER -> List.of(new ServicePlan("http", 80, HostileHugeHeader.http(deadline)),
                    new ServicePlan("rtsp", 554, HostileHugeHeader.rtsp(deadline)));
            case HOSTILE_XML_BOMB -> List.of(new ServicePlan("http", 80,
                    new HttpServer(new HostileXmlBombWeb(device), deadline, MAX_HTTP_REQUESTS)));
            case HOSTILE_GZIP_BOMB -> List.of(new ServicePlan("http", 80,
                    new HttpServer(new HostileGzipWeb(device), deadline, MAX_HTTP_REQUESTS)));
            case HOSTILE_RTSP_GARBAGE -> List.of(new ServicePlan("rtsp", 554, new HostileRtspGarbage(
                    ByteBuffer.wrap(device.address().getAddress()).get(3), deadline)));
            case HOSTILE_INJECTION -> injection(device, deadline);
            default -> throw new IllegalArgumentException("not a hostile kind: " + device.spec().kind());
        };
    }

    /** Web and RTSP always; Telnet and FTP when the spec runs them (it does by default). */
    private static List<ServicePlan> injection(SimDevice device, Duration deadline) {
        List<ServicePlan> plans = new ArrayList<>(List.of(
                new ServicePlan("http", 80, new HttpServer(new HostileInjectionWeb(device), deadline,
                        MAX_HTTP_REQUESTS)),
                new ServicePlan("rtsp", 554, new RtspServer(new HostileInjectionRtsp(device), deadline,
                        MAX_RTSP_REQUESTS))));
        if (device.spec().telnet()) {
            plans.add(new ServicePlan("telnet", 23, new TelnetLoginServer(HostileStrings.TELNET_BANNER + "\r\n(none)",
                    "BusyBox v1.18.4 built-in shell (ash)", DeviceServices.login(device, LoginProtocol.TELNET),
                    deadline)));
        }
        if (device.spec().ftp()) {
            plans.add(new ServicePlan("ftp", 21, new FtpLoginServer(HostileStrings.FTP_GREETING,
                    DeviceServices.login(device, LoginProtocol.FTP), deadline)));
        }
        return List.copyOf(plans);
    }
}
