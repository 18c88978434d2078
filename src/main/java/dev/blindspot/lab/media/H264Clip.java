package dev.blindspot.lab.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A short H.264 elementary stream (Annex B) split into access units, with the SPS and PPS that an SDP announces in
 * {@code sprop-parameter-sets}. The lab ships one clip ({@link #bundled()}, see {@code lab/media/README.md} for how it
 * was encoded) and every simulated camera streams it in a loop. Immutable.
 */
public final class H264Clip {

    static final String RESOURCE = "/lab/media/clip_160x120_25fps.h264";
    static final int BUNDLED_FPS = 25;
    private static final int MAX_BYTES = 1 << 20;
    private static final int NAL_SLICE = 1;
    private static final int NAL_IDR = 5;
    private static final int NAL_SPS = 7;
    private static final int NAL_PPS = 8;

    private final List<List<byte[]>> accessUnits;
    private final byte[] sps;
    private final byte[] pps;
    private final int fps;

    private H264Clip(List<List<byte[]>> accessUnits, byte[] sps, byte[] pps, int fps) {
        this.accessUnits = accessUnits;
        this.sps = sps;
        this.pps = pps;
        this.fps = fps;
    }

    /** The clip in the lab's resources, loaded once. */
    public static H264Clip bundled() {
        return Bundled.CLIP;
    }

    /**
     * Parses an Annex B stream: NAL units between start codes, grouped into access units that end with a slice
     * starting a new picture. Needs an SPS and a PPS.
     */
    public static H264Clip parse(byte[] annexB, int fps) {
        if (fps < 1) {
            throw new IllegalArgumentException("fps must be positive");
        }
        List<List<byte[]>> units = new ArrayList<>();
        List<byte[]> pending = new ArrayList<>();
        byte[] sps = null;
        byte[] pps = null;
        for (byte[] nal : nalUnits(annexB)) {
            int type = nal[0] & 0x1f;
            if (type == NAL_SPS && sps == null) {
                sps = nal;
            } else if (type == NAL_PPS && pps == null) {
                pps = nal;
            }
            boolean vcl = type == NAL_SLICE || type == NAL_IDR;
            boolean firstSliceOfPicture = vcl && nal.length > 1 && (nal[1] & 0x80) != 0; // first_mb_in_slice == 0
            if (firstSliceOfPicture && pending.stream().anyMatch(H264Clip::isVcl)) {
                units.add(List.copyOf(pending));
                pending.clear();
            }
            pending.add(nal);
        }
        if (pending.stream().anyMatch(H264Clip::isVcl)) {
            units.add(List.copyOf(pending));
        }
        if (sps == null || pps == null || units.isEmpty()) {
            throw new IllegalArgumentException("not an H.264 stream with SPS, PPS and pictures");
        }
        return new H264Clip(List.copyOf(units), sps, pps, fps);
    }

    public int fps() {
        return fps;
    }

    public int accessUnits() {
        return accessUnits.size();
    }

    /** The NAL units (without start codes) of one picture, parameter sets included where the stream has them. */
    public List<byte[]> accessUnit(int index) {
        return accessUnits.get(index);
    }

    /** {@code base64(SPS),base64(PPS)} as RFC 6184 puts it in the SDP. */
    public String spropParameterSets() {
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(sps) + "," + b64.encodeToString(pps);
    }

    /** profile_idc, constraint flags and level_idc of the SPS as six hex digits (upper case). */
    public String profileLevelId() {
        return HexFormat.of().withUpperCase().formatHex(Arrays.copyOfRange(sps, 1, 4));
    }

    private static boolean isVcl(byte[] nal) {
        int type = nal[0] & 0x1f;
        return type == NAL_SLICE || type == NAL_IDR;
    }

    /** NAL units between 3- or 4-byte start codes, trailing zero bytes dropped. */
    static List<byte[]> nalUnits(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i + 2 < data.length) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                if (start >= 0) {
                    add(out, data, start, i);
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0) {
            add(out, data, start, data.length);
        }
        return out;
    }

    private static void add(List<byte[]> out, byte[] data, int from, int to) {
        int end = to;
        while (end > from && data[end - 1] == 0) {
            end--;
        }
        if (end > from) {
            out.add(Arrays.copyOfRange(data, from, end));
        }
    }

    /** Lazy holder: the resource is read on first use and shared by every lab in the JVM (it never changes). */
    private static final class Bundled {
        static final H264Clip CLIP = parse(read(), BUNDLED_FPS);

        private static byte[] read() {
            try (InputStream in = H264Clip.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing lab resource " + RESOURCE);
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IllegalStateException(RESOURCE + " is larger than " + MAX_BYTES + " bytes");
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
