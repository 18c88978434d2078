package dev.blindspot.lab.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdpTest {

    private static final String HIKVISION = "v=0\r\ns=Media Presentation\r\nt=0 0\r\na=control:*\r\n"
            + "m=video 0 RTP/AVP 96\r\nc=IN IP4 0.0.0.0\r\na=control:trackID=1\r\na=rtpmap:96 H264/90000\r\n"
            + "a=fmtp:96 profile-level-id=420029; packetization-mode=1; sprop-parameter-sets=Z00AMpY1QFABa03AQEBQAABwgAAV+QBA,aO48gA==\r\n"
            + "m=audio 0 RTP/AVP 8\r\nc=IN IP4 0.0.0.0\r\na=control:trackID=2\r\na=rtpmap:8 PCMA/8000\r\n";

    @Test
    void readsTracksWithEncodingsFromRtpmapOrTheStaticTable() {
        List<MediaTrack> tracks = Sdp.tracks(HIKVISION);
        assertThat(tracks).containsExactly(new MediaTrack("video", 96, "H264", 90000, "trackID=1"),
                new MediaTrack("audio", 8, "PCMA", 8000, "trackID=2"));
        List<MediaTrack> live555 = Sdp.tracks("m=video 0 RTP/AVP 26\na=control:track1\nm=audio 0 RTP/AVP 0\n"
                + "a=control:track2\nm=vana 0 RTP/AVP 108\na=rtpmap:108 video.analysis/90000/500\na=control:track5\n");
        assertThat(live555).extracting(MediaTrack::kind)
                .containsExactly(MediaTrack.Kind.JPEG, MediaTrack.Kind.PCMU, MediaTrack.Kind.NONE);
    }

    @Test
    void setupUrlsNameTracksByRelativeOrAbsoluteControl() {
        MediaTrack video = Sdp.tracks(HIKVISION).getFirst();
        assertThat(video.isNamedBy("rtsp://127.0.0.1:554/Streaming/Channels/101/trackID=1")).isTrue();
        assertThat(video.isNamedBy("rtsp://127.0.0.1:554/Streaming/Channels/101/trackID=11")).isFalse();
        MediaTrack absolute = new MediaTrack("video", 96, "H264", 90000, "rtsp://cam/axis-media/media.amp/stream=0?video=1");
        assertThat(absolute.isNamedBy("rtsp://127.0.0.5:554/axis-media/media.amp/stream=0?video=1")).isTrue();
        assertThat(new MediaTrack("video", 96, "H264", 90000, "*").isNamedBy("rtsp://x/")).isFalse();
    }

    @Test
    void parameterSetsAreTheClipsAndEverythingElseIsKept() {
        H264Clip clip = H264Clip.bundled();
        String rewritten = Sdp.withParameterSets(HIKVISION, clip);
        assertThat(rewritten).contains("a=fmtp:96 profile-level-id=" + clip.profileLevelId()
                + "; packetization-mode=1; sprop-parameter-sets=" + clip.spropParameterSets() + "\r\n");
        assertThat(rewritten.replaceAll("a=fmtp:.*\r\n", "")).isEqualTo(HIKVISION.replaceAll("a=fmtp:.*\r\n", ""));
        String dahuaStyle = "m=video 0 RTP/AVP 96\na=rtpmap:96 H264/90000\na=fmtp:96 packetization-mode=1;"
                + "profile-level-id=4d002a;sprop-parameter-sets=AAAA,BBBB\n";
        assertThat(Sdp.withParameterSets(dahuaStyle, clip))
                .contains("profile-level-id=42c00c;sprop-parameter-sets=" + clip.spropParameterSets() + "\n");
        String noH264 = "m=audio 0 RTP/AVP 0\na=fmtp:0 sprop-parameter-sets=keep\n";
        assertThat(Sdp.withParameterSets(noH264, clip)).isEqualTo(noH264);
    }
}
