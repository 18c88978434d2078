package dev.blindspot.lab.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/** Where the RTP packets of one track go: interleaved on the RTSP connection, or UDP to the client's port. */
public sealed interface RtpOutput permits RtpOutput.Interleaved, RtpOutput.Udp {

    void send(byte[] rtpPacket) throws IOException;

    /** Writes whole frames to the RTSP connection, serialised with the server's own answers. */
    @FunctionalInterface
    interface FrameWriter {
        void write(byte[] bytes) throws IOException;
    }

    /** RFC 2326 §10.12 framing: {@code $}, channel, 16-bit length, packet. */
    record Interleaved(int channel, FrameWriter writer) implements RtpOutput {

        public Interleaved {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("channel out of range: " + channel);
            }
        }

        @Override
        public void send(byte[] rtpPacket) throws IOException {
            byte[] frame = new byte[4 + rtpPacket.length];
            frame[0] = '$';
            frame[1] = (byte) channel;
            frame[2] = (byte) (rtpPacket.length >>> 8);
            frame[3] = (byte) rtpPacket.length;
            System.arraycopy(rtpPacket, 0, frame, 4, rtpPacket.length);
            writer.write(frame);
        }
    }

    /** Datagrams from the lab's bound socket to a loopback destination only (never anywhere else). */
    record Udp(DatagramSocket socket, InetSocketAddress destination) implements RtpOutput {

        public Udp {
            if (!destination.getAddress().isLoopbackAddress()) {
                throw new IllegalArgumentException("the lab sends RTP to loopback only, not " + destination);
            }
        }

        @Override
        public void send(byte[] rtpPacket) throws IOException {
            socket.send(new DatagramPacket(rtpPacket, rtpPacket.length, destination));
        }
    }
}
