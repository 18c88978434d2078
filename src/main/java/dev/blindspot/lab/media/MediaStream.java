package dev.blindspot.lab.media;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the clip (H.264 video), the still (JPEG video) and G.711 silence (audio) on the tracks a client set up, paced in real time like a camera,
 * looping the clip, until {@link #stop()}, a send fails (the client left) or {@code limit} has passed. Runs on the
 * caller's (virtual) thread; holds no buffer beyond one access unit.
 */
public final class MediaStream implements Runnable {

    private static final long AUDIO_PACKET_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** One set-up track: what it carries, where it goes, and its RTP numbering. */
    public static final class Sender {
        private final MediaTrack track;
        private final RtpOutput output;
        private final int ssrc;
        private int sequence;
        private long timestamp;

        public Sender(MediaTrack track, RtpOutput output, int ssrc, int firstSequence, long firstTimestamp) {
            this.track = track;
            this.output = output;
            this.ssrc = ssrc;
            this.sequence = firstSequence & 0xffff;
            this.timestamp = firstTimestamp & 0xffffffffL;
        }

        public MediaTrack track() {
            return track;
        }

        void send(byte[] payload, boolean marker) throws IOException {
            output.send(Rtp.packet(track.payloadType(), marker, sequence, timestamp, ssrc, payload));
            sequence = (sequence + 1) & 0xffff;
        }

        void advance(long ticks) {
            timestamp = (timestamp + ticks) & 0xffffffffL;
        }
    }

    private final List<Sender> video;
    private final List<Sender> audio;
    private final H264Clip clip;
    private final JpegStill still;
    private final Duration limit;
    private List<Rtp.Payload> jpegPayloads;
    private volatile boolean stopped;

    public MediaStream(List<Sender> senders, H264Clip clip, JpegStill still, Duration limit) {
        this.video = senders.stream().filter(s -> s.track.kind() == MediaTrack.Kind.H264
                || s.track.kind() == MediaTrack.Kind.JPEG).toList();
        this.audio = senders.stream().filter(s -> s.track.kind() == MediaTrack.Kind.PCMA
                || s.track.kind() == MediaTrack.Kind.PCMU).toList();
        this.clip = clip;
        this.still = still;
        this.limit = limit;
    }

    /** True when at least one track carries something the lab can send. */
    public boolean hasMedia() {
        return !video.isEmpty() || !audio.isEmpty();
    }

    private List<Rtp.Payload> jpeg() {
        if (jpegPayloads == null) {
            jpegPayloads = Rtp.jpeg(still, Rtp.MAX_PAYLOAD);
        }
        return jpegPayloads;
    }

    public void stop() {
        stopped = true;
    }

    public boolean stopped() {
        return stopped;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        long frameNanos = TimeUnit.SECONDS.toNanos(1) / clip.fps();
        long nextVideo = start;
        long nextAudio = start;
        int picture = 0;
        try {
            while (!stopped && System.nanoTime() < end) {
                long now = System.nanoTime();
                if (!video.isEmpty() && now >= nextVideo) {
                    List<Rtp.Payload> h264 = Rtp.h264(clip.accessUnit(picture), Rtp.MAX_PAYLOAD);
                    for (Sender s : video) {
                        List<Rtp.Payload> payloads = s.track.kind() == MediaTrack.Kind.JPEG ? jpeg() : h264;
                        for (Rtp.Payload p : payloads) {
                            s.send(p.bytes(), p.marker());
                        }
                        s.advance(s.track.clockRate() / clip.fps());
                    }
                    picture = (picture + 1) % clip.accessUnits();
                    nextVideo += frameNanos;
                }
                if (!audio.isEmpty() && now >= nextAudio) {
                    for (Sender s : audio) {
                        int samples = Math.max(1, s.track.clockRate() / 50);
                        byte[] silence = new byte[samples];
                        Arrays.fill(silence, (byte) (s.track.kind() == MediaTrack.Kind.PCMA ? 0xd5 : 0xff));
                        s.send(silence, false);
                        s.advance(samples);
                    }
                    nextAudio += AUDIO_PACKET_NANOS;
                }
                long wake = Math.min(video.isEmpty() ? Long.MAX_VALUE : nextVideo,
                        audio.isEmpty() ? Long.MAX_VALUE : nextAudio);
                if (wake == Long.MAX_VALUE) {
                    return;
                }
                long wait = wake - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (IOException e) {
            // the client went away: nothing left to do
        } finally {
            stopped = true;
        }
    }
}
