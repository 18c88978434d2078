package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.lab.server.DatagramHandler;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Dahua's device search on UDP 37810 of the device's own loopback address: a DHIP frame carrying
 * {@code DHDiscover.search} (sample dahua/dhip_discovery_udp37810_search_request.hex.txt) is answered with a DHIP frame
 * carrying {@code client.notifyDevInfo} in the field order and types of sample
 * dahua/dhip_discovery_udp37810_notifyDevInfo_reply.json (addresses are the device's loopback address; MAC and serial
 * come from the device's ids). Vendor and Manufacturer are the brand the firmware prints (magicBox getVendor, sample
 * dahua/magicBox_getVendor.txt); the captured white-label unit says {@code Private}. Anything else gets silence.
 */
final class DahuaDiscoveryResponder implements DatagramHandler {

    private final SimDevice device;
    private final DahuaIds ids;

    DahuaDiscoveryResponder(SimDevice device) {
        this.device = device;
        this.ids = DahuaIds.of(device.spec(), device.ids());
    }

    @Override
    public Optional<byte[]> answer(byte[] datagram, InetSocketAddress from) {
        if (datagram.length < DahuaDhipServer.HEADER) {
            return Optional.empty();
        }
        ByteBuffer header = ByteBuffer.wrap(datagram).order(ByteOrder.LITTLE_ENDIAN);
        int length = header.getInt(16);
        if (header.getInt(0) != DahuaDhipServer.HEADER
                || !Arrays.equals(datagram, 4, 8, DahuaDhipServer.MAGIC, 0, 4)
                || length < 2 || length > datagram.length - DahuaDhipServer.HEADER) {
            return Optional.empty();
        }
        Optional<JsonNode> request = Json.object(Arrays.copyOfRange(datagram, DahuaDhipServer.HEADER,
                DahuaDhipServer.HEADER + length));
        if (request.isEmpty() || !request.get().path("method").asText().equals("DHDiscover.search")) {
            return Optional.empty();
        }
        byte[] body = notifyDevInfo().getBytes(StandardCharsets.UTF_8);
        return Optional.of(ByteBuffer.allocate(DahuaDhipServer.HEADER + body.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(DahuaDhipServer.HEADER).put(DahuaDhipServer.MAGIC).putInt(0).putInt(0).putInt(body.length)
                .putInt(0).putInt(body.length).putInt(0).put(body).array());
    }

    private String notifyDevInfo() {
        var spec = device.spec();
        String vendor = DahuaBrand.of(spec).vendor();
        String mac = ids.mac();
        String host = device.host();
        String cls = spec.deviceClass() == DeviceClass.RECORDER ? "NVR" : "IPC";
        int channels = spec.deviceClass() == DeviceClass.RECORDER ? 0 : 1;
        String firmware = spec.firmware().replaceFirst(",build:.*$", "");
        return "{\"mac\":\"" + mac + "\",\"method\":\"client.notifyDevInfo\",\"params\":{\"deviceInfo\":{"
                + "\"AlarmInputChannels\":0,\"AlarmOutputChannels\":0,\"DeviceClass\":\"" + cls + "\",\"DeviceID\":\"\","
                + "\"DeviceType\":\"" + Json.escape(spec.model()) + "\",\"Find\":\"BC\",\"FindVersion\":1,\"HttpPort\":80,"
                + "\"IPv4Address\":{\"DefaultGateway\":\"" + host + "\",\"DhcpEnable\":false,\"IPAddress\":\"" + host
                + "\",\"SubnetMask\":\"255.0.0.0\"},\"IPv6Address\":{\"DefaultGateway\":null,\"DhcpEnable\":false,"
                + "\"IPAddress\":\"\\/0\",\"LinkLocalAddress\":\"\"},\"Init\":2714,\"MachineName\":\"" + ids.serial()
                + "\",\"Manufacturer\":\"" + vendor + "\",\"Port\":37777,\"RemoteVideoInputChannels\":"
                + (channels == 0 ? 8 : 0) + ",\"SerialNo\":\"" + ids.serial() + "\",\"UnLoginFuncMask\":1,"
                + "\"Vendor\":\"" + vendor + "\",\"Version\":\"" + Json.escape(firmware) + "\","
                + "\"VideoInputChannels\":" + channels + ",\"VideoOutputChannels\":" + (channels == 0 ? 1 : 0) + "}}}";
    }
}
