package dev.blindspot.lab.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A baseline 4:2:0 JPEG reduced to what RFC 2435 (RTP/JPEG) carries: size, quantisation tables and the entropy-coded
 * scan. The receiver rebuilds the headers with the standard Huffman tables, so the image must be encoded with them.
 * The lab ships one still ({@link #bundled()}, see {@code lab/media/README.md}); cameras whose SDP announces JPEG
 * video send it at the clip's frame rate. Immutable.
 */
public final class JpegStill {

    static final String RESOURCE = "/lab/media/still_160x120.jpg";
    private static final int MAX_BYTES = 256 * 1024;

    private final int width;
    private final int height;
    private final byte[] quantTables;
    private final byte[] scan;

    private JpegStill(int width, int height, byte[] quantTables, byte[] scan) {
        this.width = width;
        this.height = height;
        this.quantTables = quantTables;
        this.scan = scan;
    }

    public static JpegStill bundled() {
        return Bundled.STILL;
    }

    /** The bundled still as the JFIF file it is (a copy), for cameras that serve it as a snapshot over HTTP. */
    public static byte[] bundledFile() {
        return Bundled.FILE.clone();
    }

    /**
     * Reads SOF0, DQT and SOS of a JFIF file. Refuses anything RFC 2435 type 1 cannot describe: not baseline,
     * not three components sampled 2x2/1x1/1x1, 16-bit tables, restart intervals, sizes above 2040 pixels.
     */
    public static JpegStill parse(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            throw new IllegalArgumentException("not a JPEG file");
        }
        byte[][] tables = new byte[2][];
        int width = -1;
        int height = -1;
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xff) != 0xff) {
                throw new IllegalArgumentException("marker expected at " + i);
            }
            int marker = jpeg[i + 1] & 0xff;
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            int body = i + 4;
            int end = i + 2 + length;
            if (length < 2 || end > jpeg.length) {
                throw new IllegalArgumentException("truncated segment at " + i);
            }
            switch (marker) {
                case 0xdb -> readTables(jpeg, body, end, tables);
                case 0xc0 -> {
                    if (end - body < 15) {
                        throw new IllegalArgumentException("short SOF0 segment");
                    }
                    height = ((jpeg[body + 1] & 0xff) << 8) | (jpeg[body + 2] & 0xff);
                    width = ((jpeg[body + 3] & 0xff) << 8) | (jpeg[body + 4] & 0xff);
                    checkSampling(jpeg, body);
                }
                case 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf ->
                        throw new IllegalArgumentException("only baseline JPEG fits RTP/JPEG");
                case 0xdd -> throw new IllegalArgumentException("restart intervals are not supported");
                case 0xda -> {
                    int eoi = lastEoi(jpeg);
                    if (width < 1 || height < 1 || width > 2040 || height > 2040 || tables[0] == null || eoi < end) {
                        throw new IllegalArgumentException("JPEG lacks a usable SOF0/DQT or EOI");
                    }
                    byte[] q = new byte[128];
                    System.arraycopy(tables[0], 0, q, 0, 64);
                    System.arraycopy(tables[1] == null ? tables[0] : tables[1], 0, q, 64, 64);
                    return new JpegStill(width, height, q, Arrays.copyOfRange(jpeg, end, eoi));
                }
                default -> { }
            }
            i = end;
        }
        throw new IllegalArgumentException("no scan in JPEG");
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Luma then chroma table, 64 bytes each, zig-zag order as in DQT. */
    byte[] quantTables() {
        return quantTables.clone();
    }

    int scanLength() {
        return scan.length;
    }

    void copyScan(int offset, byte[] into, int at, int length) {
        System.arraycopy(scan, offset, into, at, length);
    }

    private static void readTables(byte[] jpeg, int from, int end, byte[][] tables) {
        int i = from;
        while (i < end) {
            int pq = (jpeg[i] & 0xf0) >> 4;
            int tq = jpeg[i] & 0x0f;
            if (pq != 0 || tq > 1 || i + 65 > end) {
                throw new IllegalArgumentException("only 8-bit quantisation tables 0 and 1 are supported");
            }
            tables[tq] = Arrays.copyOfRange(jpeg, i + 1, i + 65);
            i += 65;
        }
    }

    private static void checkSampling(byte[] jpeg, int sof) {
        int components = jpeg[sof + 5] & 0xff;
        if ((jpeg[sof] & 0xff) != 8 || components != 3 || (jpeg[sof + 7] & 0xff) != 0x22
                || (jpeg[sof + 10] & 0xff) != 0x11 || (jpeg[sof + 13] & 0xff) != 0x11) {
            throw new IllegalArgumentException("RTP/JPEG type 1 needs 8-bit YCbCr 4:2:0");
        }
    }

    private static int lastEoi(byte[] jpeg) {
        for (int i = jpeg.length - 2; i >= 0; i--) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xd9) {
                return i;
            }
        }
        return -1;
    }

    private static final class Bundled {
        static final byte[] FILE = read();
        static final JpegStill STILL = parse(FILE);

        private static byte[] read() {
            try (InputStream in = JpegStill.class.getResourceAsStream(RESOURCE)) {
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
