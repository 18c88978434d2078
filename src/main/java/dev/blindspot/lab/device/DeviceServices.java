package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.FtpLoginServer;
import dev.blindspot.lab.server.HoldOpenServer;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.PasswordLogin;
import dev.blindspot.lab.server.RtspHandler;
import dev.blindspot.lab.server.RtspServer;
import dev.blindspot.lab.server.TelnetLoginServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Which services each device kind runs, on which real ports, spoken by which vendor classes. */
public final class DeviceServices {

    private static final int MAX_HTTP_REQUESTS = 100;
    private static final int MAX_RTSP_REQUESTS = 64;
    private static final String BUSYBOX_SHELL = "BusyBox v1.18.4 (2014-05-23 16:47:08 CST) built-in shell (ash)\r\n"
            + "Enter 'help' for a list of built-in commands.";

    private DeviceServices() {}

    public static List<ServicePlan> plan(SimDevice device) {
        DeviceSpec spec = device.spec();
        Duration deadline = device.context().readDeadline();
        List<ServicePlan> plans = new ArrayList<>();
        switch (spec.kind()) {
            case HIKVISION_CAMERA -> {
                plans.add(http(new HikvisionWeb(device), deadline));
                plans.add(rtsp(new HikvisionRtsp(device), deadline));
                plans.add(new ServicePlan("hik-sdk", 8000, new HoldOpenServer(deadline)));
            }
            case GENERIC_ONVIF_CAMERA -> {
                plans.add(http(new GsoapWeb(device), deadline));
                plans.add(rtsp(new Live555Rtsp(device), deadline));
            }
            case HARDENED_CAMERA -> {
                plans.add(http(new AxisWeb(device), deadline));
                plans.add(rtsp(new AxisRtsp(device), deadline));
            }
            case DAHUA_OLD_CAMERA -> {
                plans.add(http(new DahuaWeb(device), deadline));
                plans.add(rtsp(new DahuaRtsp(device), deadline));
                plans.add(new ServicePlan("dahua-sdk", 37777, new HoldOpenServer(deadline)));
            }
            case HOSTILE_SLOWLORIS, HOSTILE_ENDLESS_BODY, HOSTILE_HUGE_HEADER, HOSTILE_XML_BOMB, HOSTILE_GZIP_BOMB,
                 HOSTILE_RTSP_GARBAGE, HOSTILE_INJECTION -> plans.addAll(HostileDevices.plan(device));
        }
        if (spec.telnet() && !planned(plans, "telnet")) {
            plans.add(new ServicePlan("telnet", 23, new TelnetLoginServer("(none)", BUSYBOX_SHELL,
                    login(device, LoginProtocol.TELNET), deadline)));
        }
        if (spec.ftp() && !planned(plans, "ftp")) {
            plans.add(new ServicePlan("ftp", 21, new FtpLoginServer(ftpGreeting(spec),
                    login(device, LoginProtocol.FTP), deadline)));
        }
        return List.copyOf(plans);
    }

    private static boolean planned(List<ServicePlan> plans, String service) {
        return plans.stream().anyMatch(p -> p.name().equals(service));
    }

    private static ServicePlan http(HttpHandler handler, Duration deadline) {
        return new ServicePlan("http", 80, new HttpServer(handler, deadline, MAX_HTTP_REQUESTS));
    }

    private static ServicePlan rtsp(RtspHandler handler, Duration deadline) {
        return new ServicePlan("rtsp", 554, new RtspServer(handler, deadline, MAX_RTSP_REQUESTS));
    }

    /** Axis prints product and firmware (corpus ftp.banner examples); BusyBox ftpd just says it is ready. */
    private static String ftpGreeting(DeviceSpec spec) {
        return spec.kind() == DeviceKind.HARDENED_CAMERA
                ? "AXIS " + spec.model() + " Network Camera " + spec.firmware() + " ready."
                : "Operation successful";
    }

    static PasswordLogin login(SimDevice device, LoginProtocol protocol) {
        return (client, username, password) -> device.login(protocol, client, username,
                expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8))).accepted();
    }
}
