package dev.blindspot.lab.media;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the media sections of an SDP and puts the lab clip's H.264 parameter sets into its {@code a=fmtp} lines. */
public final class Sdp {

    private static final int MAX_TRACKS = 16;
    private static final Pattern RTPMAP = Pattern.compile("^a=rtpmap:(\\d{1,3})\\s+([^/\\s]+)/(\\d{1,7})");
    private static final Pattern SPROP = Pattern.compile("sprop-parameter-sets=[^;\\s]*");
    private static final Pattern PROFILE = Pattern.compile("profile-level-id=[0-9A-Fa-f]{6}");

    private Sdp() {}

    /** The media sections in order (at most 16); a section whose {@code m=} line cannot be read is skipped. */
    public static List<MediaTrack> tracks(String sdp) {
        List<MediaTrack> out = new ArrayList<>();
        Section current = null;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                add(out, current);
                current = Section.of(line);
            } else if (current != null) {
                current.attribute(line);
            }
        }
        add(out, current);
        return List.copyOf(out);
    }

    /**
     * The SDP with {@code sprop-parameter-sets} and {@code profile-level-id} of every H.264 {@code a=fmtp} line
     * replaced by the clip's (keeping the vendor's hex case), so a client decodes what the lab really sends.
     */
    public static String withParameterSets(String sdp, H264Clip clip) {
        Set<Integer> h264 = new HashSet<>();
        for (MediaTrack t : tracks(sdp)) {
            if (t.kind() == MediaTrack.Kind.H264) {
                h264.add(t.payloadType());
            }
        }
        if (h264.isEmpty()) {
            return sdp;
        }
        StringBuilder out = new StringBuilder(sdp.length() + 64);
        Matcher lines = Pattern.compile("[^\n]*\n|[^\n]+$").matcher(sdp);
        while (lines.find()) {
            String line = lines.group();
            if (line.startsWith("a=fmtp:") && h264.contains(payloadTypeOf(line))) {
                line = SPROP.matcher(line).replaceAll(Matcher.quoteReplacement("sprop-parameter-sets="
                        + clip.spropParameterSets()));
                Matcher profile = PROFILE.matcher(line);
                if (profile.find()) {
                    boolean lower = profile.group().substring("profile-level-id=".length()).matches(".*[a-f].*");
                    String id = lower ? clip.profileLevelId().toLowerCase(Locale.ROOT) : clip.profileLevelId();
                    line = profile.replaceAll("profile-level-id=" + id);
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    private static int payloadTypeOf(String fmtpLine) {
        int end = "a=fmtp:".length();
        while (end < fmtpLine.length() && Character.isDigit(fmtpLine.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(fmtpLine.substring("a=fmtp:".length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void add(List<MediaTrack> out, Section section) {
        if (section != null && out.size() < MAX_TRACKS) {
            out.add(section.track());
        }
    }

    /** One {@code m=} section being read. */
    private static final class Section {
        private final String media;
        private final int payloadType;
        private String encoding;
        private int clockRate;
        private String control = "";

        private Section(String media, int payloadType) {
            this.media = media;
            this.payloadType = payloadType;
            this.encoding = MediaTrack.staticEncoding(payloadType).orElse("");
            this.clockRate = encoding.equals("JPEG") ? 90000 : 8000;
        }

        static Section of(String mLine) {
            String[] parts = mLine.substring(2).trim().split("\\s+");
            int pt = -1;
            if (parts.length >= 4) {
                try {
                    pt = Integer.parseInt(parts[3]);
                } catch (NumberFormatException e) {
                    pt = -1;
                }
            }
            return new Section(parts[0], pt);
        }

        void attribute(String line) {
            Matcher rtpmap = RTPMAP.matcher(line);
            if (rtpmap.find() && Integer.parseInt(rtpmap.group(1)) == payloadType) {
                encoding = rtpmap.group(2).toUpperCase(Locale.ROOT);
                clockRate = Integer.parseInt(rtpmap.group(3));
            } else if (line.startsWith("a=control:")) {
                control = line.substring("a=control:".length()).trim();
            }
        }

        MediaTrack track() {
            return new MediaTrack(media, payloadType, encoding, clockRate, control);
        }
    }
}
