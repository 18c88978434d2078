package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.server.HoldOpenServer;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.OneShotHttpServer;
import dev.blindspot.lab.server.PasswordLogin;
import dev.blindspot.lab.server.RtspHandler;
import dev.blindspot.lab.server.RtspServer;
import dev.blindspot.lab.server.TelnetLoginServer;
import dev.blindspot.lab.server.TlsServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Services of the second batch of camera vendors (Reolink, Uniview, Hanwha, Foscam, Xiongmai), on their real ports.
 * One handler instance per device serves both HTTP and HTTPS, so state such as Reolink's API tokens is shared.
 */
final class VendorServices2 {

    private static final int MAX_HTTP_REQUESTS = 100;
    private static final int MAX_RTSP_REQUESTS = 64;
    /** Xiongmai's built-in Telnet account (hard-coded in the firmware; one of the Mirai botnet's pairs). */
    static final String XM_TELNET_USER = "root";
    static final String XM_TELNET_PASSWORD = "xc3511";
    private static final String XM_SHELL = "BusyBox v1.16.1 (2013-07-24 19:38:32 CST) built-in shell (ash)\r\n"
            + "Enter 'help' for a list of built-in commands.";

    private VendorServices2() {}

    static List<ServicePlan> plan(SimDevice device, Duration deadline) {
        DeviceSpec spec = device.spec();
        List<ServicePlan> plans = new ArrayList<>();
        switch (spec.kind()) {
            case REOLINK_CAMERA, REOLINK_NVR -> {
                ReolinkWeb web = new ReolinkWeb(device);
                plans.add(http(web, deadline));
                plans.add(https(web, deadline));
                plans.add(rtsp(Live555Rtsp.reolink(device), deadline));
                plans.add(new ServicePlan("reolink-media", 9000, new HoldOpenServer(deadline)));
                if (spec.onvifAuthMode() != OnvifAuthMode.DISABLED) {
                    plans.add(new ServicePlan("onvif", 8000,
                            new HttpServer(new GsoapWeb(device), deadline, MAX_HTTP_REQUESTS)));
                }
            }
            case UNIVIEW_CAMERA -> {
                plans.add(http(new UniviewWeb(device), deadline));
                plans.add(rtsp(new UniviewRtsp(device), deadline));
            }
            case HANWHA_CAMERA -> {
                HanwhaWeb web = new HanwhaWeb(device);
                plans.add(http(web, deadline));
                plans.add(https(web, deadline));
                plans.add(rtsp(new HanwhaRtsp(device), deadline));
            }
            case FOSCAM_CAMERA -> {
                plans.add(http(new FoscamWeb(device), deadline));
                plans.add(rtsp(new FoscamRtsp(device), deadline));
            }
            case XIONGMAI_DVR -> {
                plans.add(new ServicePlan("http", 80, new OneShotHttpServer(new XiongmaiWeb(device), deadline)));
                plans.add(new ServicePlan("dvrip", 34567, new DvripServer(device, deadline)));
                if (spec.telnet()) {
                    plans.add(new ServicePlan("telnet", 23,
                            new TelnetLoginServer("LocalHost", XM_SHELL, xiongmaiTelnet(device), deadline)));
                }
            }
            default -> throw new IllegalArgumentException("not a second-batch vendor: " + spec.kind());
        }
        return List.copyOf(plans);
    }

    /** Telnet takes only the firmware's root account, whatever the web/DVRIP account is; every try is counted. */
    private static PasswordLogin xiongmaiTelnet(SimDevice device) {
        return (client, username, password) -> {
            boolean ok = username.equals(XM_TELNET_USER) && MessageDigest.isEqual(
                    password.getBytes(StandardCharsets.UTF_8), XM_TELNET_PASSWORD.getBytes(StandardCharsets.UTF_8));
            device.ledger().record(LoginProtocol.TELNET, username, ok);
            return ok;
        };
    }

    private static ServicePlan http(HttpHandler handler, Duration deadline) {
        return new ServicePlan("http", 80, new HttpServer(handler, deadline, MAX_HTTP_REQUESTS));
    }

    private static ServicePlan https(HttpHandler handler, Duration deadline) {
        return new ServicePlan("https", 443, new TlsServer(new HttpServer(handler, deadline, MAX_HTTP_REQUESTS),
                deadline));
    }

    private static ServicePlan rtsp(RtspHandler handler, Duration deadline) {
        return new ServicePlan("rtsp", 554, new RtspServer(handler, deadline, MAX_RTSP_REQUESTS));
    }
}
