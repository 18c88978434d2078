package dev.blindspot.lab.server;

import dev.blindspot.lab.media.H264Clip;
import dev.blindspot.lab.media.JpegStill;
import dev.blindspot.lab.media.MediaStream;
import dev.blindspot.lab.media.MediaTrack;
import dev.blindspot.lab.media.RtpOutput;
import dev.blindspot.lab.media.Sdp;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media side of one RTSP connection, whatever the vendor: remembers the tracks a DESCRIBE announced (after
 * putting the lab clip's parameter sets in the SDP), binds each SETUP to an output (interleaved channel, or a UDP
 * socket on the device address sending to the client's loopback port), and streams from PLAY until PAUSE,
 * TEARDOWN, the end of the connection or {@link #MAX_STREAM}. Vendor handlers only write the answers.
 */
final class RtspMedia implements AutoCloseable {

    /** Longest a single PLAY streams; a client that wants more plays again. */
    static final Duration MAX_STREAM = Duration.ofMinutes(10);
    private static final int MAX_SETUPS = 8;
    private static final Pattern INTERLEAVED = Pattern.compile("interleaved=(\\d{1,3})(?:-(\\d{1,3}))?");
    private static final Pattern CLIENT_PORT = Pattern.compile("client_port=(\\d{1,5})(?:-(\\d{1,5}))?");
    private static final Pattern SERVER_PORT = Pattern.compile("server_port=\\d{1,5}(?:-\\d{1,5})?");
    private static final Pattern SSRC = Pattern.compile("ssrc=([0-9A-Fa-f]{1,8})");
    private static final Pattern SEQ = Pattern.compile("seq=(\\d{1,5})");
    private static final Pattern RTPTIME = Pattern.compile("rtptime=(\\d{1,10})");

    private final InetAddress local;
    private final InetAddress peer;
    private final RtpOutput.FrameWriter writer;
    private final H264Clip clip;
    private List<MediaTrack> tracks = List.of();
    private final Map<MediaTrack, Setup> setups = new LinkedHashMap<>();
    private final List<DatagramSocket> sockets = new ArrayList<>();
    private MediaStream stream;

    private record Setup(RtpOutput output, int ssrc) {}

    RtspMedia(InetAddress local, InetAddress peer, RtpOutput.FrameWriter writer, H264Clip clip) {
        this.local = local;
        this.peer = peer;
        this.writer = writer;
        this.clip = clip;
    }

    /** True while RTP is being sent. */
    boolean playing() {
        return stream != null && !stream.stopped();
    }

    /** Adjusts the vendor's answer where media depends on it; call before writing it. */
    Response beforeWrite(Request request, Response response) throws IOException {
        boolean ok = status(response) == 200;
        switch (request.method()) {
            case "DESCRIBE" -> {
                if (ok && response.header("Content-Type").orElse("").contains("sdp")) {
                    String sdp = Sdp.withParameterSets(response.bodyText(), clip);
                    tracks = Sdp.tracks(sdp);
                    return response.withBody(sdp.getBytes(StandardCharsets.UTF_8));
                }
            }
            case "SETUP" -> {
                if (ok) {
                    return setup(request, response);
                }
            }
            case "PAUSE", "TEARDOWN" -> {
                stopStream();
                if (request.method().equals("TEARDOWN")) {
                    setups.clear();
                }
            }
            default -> { }
        }
        return response;
    }

    /** Starts streaming when a PLAY was answered 200; call after the answer is on the wire. */
    void afterWrite(Request request, Response response) {
        if (!request.method().equals("PLAY") || status(response) != 200 || setups.isEmpty() || playing()) {
            return;
        }
        String rtpInfo = response.header("RTP-Info").orElse("");
        List<MediaStream.Sender> senders = new ArrayList<>();
        setups.forEach((track, setup) -> {
            Optional<String> info = rtpInfoFor(rtpInfo, track);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int seq = info.flatMap(i -> number(SEQ, i)).map(Long::intValue).orElse(random.nextInt(65536));
            long time = info.flatMap(i -> number(RTPTIME, i)).orElse(random.nextLong(1L << 32));
            senders.add(new MediaStream.Sender(track, setup.output(), setup.ssrc(), seq, time));
        });
        MediaStream next = new MediaStream(senders, clip, JpegStill.bundled(), MAX_STREAM);
        if (next.hasMedia()) {
            stream = next;
            Thread.ofVirtual().name("lab-rtp").start(next);
        }
    }

    @Override
    public void close() {
        stopStream();
        sockets.forEach(DatagramSocket::close);
        sockets.clear();
    }

    private Response setup(Request request, Response response) throws IOException {
        Optional<MediaTrack> track = tracks.stream().filter(t -> t.isNamedBy(request.target())).findFirst();
        if (track.isEmpty() && tracks.size() == 1) {
            track = Optional.of(tracks.getFirst());
        }
        if (track.isEmpty() || track.get().kind() == MediaTrack.Kind.NONE || setups.size() >= MAX_SETUPS) {
            return response;
        }
        String transport = response.header("Transport").orElse("");
        int ssrc = number(SSRC, transport, 16).map(Long::intValue).orElse(ThreadLocalRandom.current().nextInt());
        Matcher channel = INTERLEAVED.matcher(transport);
        if (channel.find()) {
            setups.put(track.get(), new Setup(new RtpOutput.Interleaved(Integer.parseInt(channel.group(1)), writer),
                    ssrc));
            return response;
        }
        Matcher client = CLIENT_PORT.matcher(request.header("Transport").orElse(""));
        if (!client.find() || !peer.isLoopbackAddress()) {
            return response;
        }
        int port = Integer.parseInt(client.group(1));
        if (port < 1 || port > 65535) {
            return response;
        }
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(local, 0));
        sockets.add(socket);
        setups.put(track.get(), new Setup(new RtpOutput.Udp(socket, new InetSocketAddress(peer, port)), ssrc));
        int bound = socket.getLocalPort();
        String rewritten = SERVER_PORT.matcher(transport).replaceFirst("server_port=" + bound + "-" + (bound + 1));
        return rewritten.equals(transport) ? response : response.withHeader("Transport", rewritten);
    }

    private void stopStream() {
        if (stream != null) {
            stream.stop();
            stream = null;
        }
    }

    private static Optional<String> rtpInfoFor(String rtpInfo, MediaTrack track) {
        for (String entry : rtpInfo.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.startsWith("url=")) {
                int semicolon = trimmed.indexOf(';');
                String url = trimmed.substring(4, semicolon < 0 ? trimmed.length() : semicolon);
                if (track.isNamedBy(url) || track.isNamedBy(url.replaceAll("\\?.*$", ""))) {
                    return Optional.of(trimmed);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> number(Pattern pattern, String text) {
        return number(pattern, text, 10);
    }

    private static Optional<Long> number(Pattern pattern, String text, int radix) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(Long.parseLong(m.group(1), radix)) : Optional.empty();
    }

    private static int status(Response response) {
        String[] parts = response.statusLine().split(" ", 3);
        try {
            return parts.length >= 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
