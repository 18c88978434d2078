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
import dev.blindspot.lab.server.BannerServer;
import dev.blindspot.lab.server.TlsServer;
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

    /** NETGEAR's miniupnpd serves description and control here (sample upnp/http_rootDesc_netgear_R7500v2.http). */
    static final int UPNP_PORT = 5555;
    private static final String SSH_BANNER = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n";

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
                plans.add(rtsp(Live555Rtsp.whiteLabel(device), deadline));
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
            // --- vmsnet: VMS applications and non-surveillance hosts
            case FRIGATE -> {
                if (spec.app().internalPortOpen()) {
                    plans.add(new ServicePlan("http", 5000, web(FrigateWeb.internal(device), deadline)));
                }
                plans.add(new ServicePlan("https", 8971, new TlsServer(
                        device.context().certificates().context("frigate"),
                        web(FrigateWeb.authenticated(device), deadline), deadline)));
            }
            case ZONEMINDER -> plans.add(http(new ZoneMinderWeb(device), deadline));
            case SHINOBI -> plans.add(new ServicePlan("http", 8080, web(new ShinobiWeb(device), deadline)));
            case MOTIONEYE -> plans.add(new ServicePlan("http", 8765, web(new MotionEyeWeb(device), deadline)));
            case BLUE_IRIS -> plans.add(new ServicePlan("http", 81, web(new BlueIrisWeb(device), deadline)));
            case MILESTONE -> {
                plans.add(new ServicePlan("http", 8081, web(new MilestoneWeb(device), deadline)));
                plans.add(new ServicePlan("https", 8082, new TlsServer(
                        device.context().certificates().context("milestone"),
                        web(new MilestoneWeb(device), deadline), deadline)));
            }
            case UPNP_ROUTER -> plans.add(new ServicePlan("http", UPNP_PORT, web(new UpnpIgd(device), deadline)));
            case WORKSTATION -> {
                plans.add(new ServicePlan("ssh", 22, new BannerServer(SSH_BANNER, deadline)));
                plans.add(http(new ApacheWeb(device), deadline));
            }
            case PRINTER -> {
                plans.add(http(PrinterWeb.web(device), deadline));
                plans.add(new ServicePlan("ipp", 631, web(PrinterWeb.ipp(device), deadline)));
                plans.add(new ServicePlan("jetdirect", 9100, new HoldOpenServer(deadline)));
            }
            // --- camera vendors part 1 ---
            case HIKVISION_NVR -> {
                plans.add(http(new HikvisionWeb(device), deadline));
                plans.add(rtsp(new HikvisionRtsp(device), deadline));
                plans.add(new ServicePlan("hik-sdk", 8000, new HoldOpenServer(deadline)));
            }
            case DAHUA_CAMERA, DAHUA_NVR -> {
                plans.add(http(new DahuaModernWeb(device), deadline));
                plans.add(rtsp(new DahuaRtsp(device), deadline));
                plans.add(new ServicePlan("dahua-sdk", 37777, new DahuaDhipServer(device, deadline)));
            }
            case AXIS_CAMERA -> {
                plans.add(http(new AxisWeb(device), deadline));
                plans.add(rtsp(new AxisRtsp(device), deadline));
            }
            case REOLINK_CAMERA, REOLINK_NVR, UNIVIEW_CAMERA, HANWHA_CAMERA, FOSCAM_CAMERA, XIONGMAI_DVR ->
                    plans.addAll(VendorServices2.plan(device, deadline));
            case HOSTILE_SLOWLORIS, HOSTILE_ENDLESS_BODY, HOSTILE_HUGE_HEADER, HOSTILE_XML_BOMB, HOSTILE_GZIP_BOMB,
                 HOSTILE_RTSP_GARBAGE, HOSTILE_INJECTION -> plans.addAll(HostileDevices.plan(device));
            case AGENT_DVR, NX_WITNESS, SYNOLOGY_SURVEILLANCE, UNIFI_PROTECT -> plans.addAll(VmsServices.plan(device, deadline));
            // --- KEV lab vendors (issue 6, kevlab): one small web server each (KevWeb)
            case GEOVISION_DEVICE, TVT_NVMS1000, TBK_DVR, NUUO_NVR, DLINK_CAMERA, DLINK_NVR, EDIMAX_CAMERA,
                 PTZOPTICS_CAMERA, QNAP_VIOSTOR -> plans.add(http(new KevWeb(device), deadline));
            // issue 7: nginx on 80 proxying Frigate's port 5000
            case NGINX_REVERSE_PROXY -> plans.add(http(new NginxReverseProxy(device, FrigateWeb.internal(device)), deadline));
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

    /**
     * UDP services: the UPnP router's SSDP responder on 1900 (its description port is {@value #UPNP_PORT}); discovery
     * (issue 4): WS-Discovery on 3702 for cameras whose ONVIF service is on, Dahua's DHIP search on 37810.
     */
    public static List<DatagramPlan> datagramPlans(SimDevice device) {
        if (device.spec().kind() == DeviceKind.UPNP_ROUTER) {
            return List.of(new DatagramPlan("ssdp", 1900, new Ssdp(device, new UpnpIgd(device), UPNP_PORT)));
        }
        return DiscoveryPlans.of(device);
    }

    private static HttpServer web(HttpHandler handler, Duration deadline) {
        return new HttpServer(handler, deadline, MAX_HTTP_REQUESTS);
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
        return spec.kind() == DeviceKind.HARDENED_CAMERA || spec.kind() == DeviceKind.AXIS_CAMERA
                ? "AXIS " + spec.model() + " Network Camera " + spec.firmware() + " ready."
                : "Operation successful";
    }

    static PasswordLogin login(SimDevice device, LoginProtocol protocol) {
        return (client, username, password) -> device.login(protocol, client, username,
                expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8))).accepted();
    }
}
