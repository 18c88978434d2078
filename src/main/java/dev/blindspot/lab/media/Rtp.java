package dev.blindspot.lab.media;

import java.util.ArrayList;
import java.util.List;

/** RTP packets (RFC 3550, no CSRC or extension) and RFC 6184 H.264 payloads: single NAL units and FU-A fragments. */
public final class Rtp {

    /** Payload bytes per packet; keeps every packet under a 1500-byte MTU, as cameras do. */
    public static final int MAX_PAYLOAD = 1400;
    private static final int HEADER = 12;
    private static final int FU_A = 28;

    private Rtp() {}

    /** One payload and whether it ends the access unit (RTP marker bit). */
    public record Payload(byte[] bytes, boolean marker) {}

    /** An RTP packet: version 2, no padding, extension or CSRC. */
    public static byte[] packet(int payloadType, boolean marker, int sequence, long timestamp, int ssrc,
                                byte[] payload) {
        byte[] out = new byte[HEADER + payload.length];
        out[0] = (byte) 0x80;
        out[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f));
        out[2] = (byte) (sequence >>> 8);
        out[3] = (byte) sequence;
        out[4] = (byte) (timestamp >>> 24);
        out[5] = (byte) (timestamp >>> 16);
        out[6] = (byte) (timestamp >>> 8);
        out[7] = (byte) timestamp;
        out[8] = (byte) (ssrc >>> 24);
        out[9] = (byte) (ssrc >>> 16);
        out[10] = (byte) (ssrc >>> 8);
        out[11] = (byte) ssrc;
        System.arraycopy(payload, 0, out, HEADER, payload.length);
        return out;
    }

    /**
     * RFC 2435 payloads of one JPEG frame: type 1 (4:2:0), Q 255 with both quantisation tables in the first
     * packet, the scan split at {@code maxPayload}; the marker is set on the last packet.
     */
    public static List<Payload> jpeg(JpegStill still, int maxPayload) {
        byte[] tables = still.quantTables();
        int firstExtra = 4 + tables.length;
        if (maxPayload <= 8 + firstExtra) {
            throw new IllegalArgumentException("maxPayload too small");
        }
        List<Payload> out = new ArrayList<>();
        int offset = 0;
        int total = still.scanLength();
        while (offset < total) {
            boolean first = offset == 0;
            int room = maxPayload - 8 - (first ? firstExtra : 0);
            int length = Math.min(room, total - offset);
            byte[] p = new byte[8 + (first ? firstExtra : 0) + length];
            p[1] = (byte) (offset >>> 16);
            p[2] = (byte) (offset >>> 8);
            p[3] = (byte) offset;
            p[4] = 1;
            p[5] = (byte) 255;
            p[6] = (byte) (still.width() / 8);
            p[7] = (byte) (still.height() / 8);
            int at = 8;
            if (first) {
                p[at + 2] = (byte) (tables.length >>> 8);
                p[at + 3] = (byte) tables.length;
                System.arraycopy(tables, 0, p, at + 4, tables.length);
                at += firstExtra;
            }
            still.copyScan(offset, p, at, length);
            offset += length;
            out.add(new Payload(p, offset == total));
        }
        return out;
    }

    /**
     * RFC 6184 packetization mode 1 without aggregation: a NAL unit that fits is sent as is, a larger one as FU-A
     * fragments. The marker is set on the last packet of the access unit.
     */
    public static List<Payload> h264(List<byte[]> accessUnit, int maxPayload) {
        if (maxPayload < 3) {
            throw new IllegalArgumentException("maxPayload too small");
        }
        List<Payload> out = new ArrayList<>();
        for (int n = 0; n < accessUnit.size(); n++) {
            byte[] nal = accessUnit.get(n);
            boolean lastNal = n == accessUnit.size() - 1;
            if (nal.length <= maxPayload) {
                out.add(new Payload(nal, lastNal));
                continue;
            }
            int header = nal[0] & 0xff;
            int indicator = (header & 0xe0) | FU_A;
            int type = header & 0x1f;
            int chunk = maxPayload - 2;
            for (int offset = 1; offset < nal.length; offset += chunk) {
                int length = Math.min(chunk, nal.length - offset);
                boolean first = offset == 1;
                boolean last = offset + length == nal.length;
                byte[] fragment = new byte[2 + length];
                fragment[0] = (byte) indicator;
                fragment[1] = (byte) ((first ? 0x80 : 0) | (last ? 0x40 : 0) | type);
                System.arraycopy(nal, offset, fragment, 2, length);
                out.add(new Payload(fragment, lastNal && last));
            }
        }
        return out;
    }
}
