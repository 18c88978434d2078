package dev.blindspot.lab.server;

import java.net.InetSocketAddress;
import java.util.Optional;

/** Answers one UDP datagram (e.g. an SSDP M-SEARCH), or stays silent as real devices do for anything else. */
@FunctionalInterface
public interface DatagramHandler {

    /** At most 8 KB in (longer datagrams are cut), at most one datagram out. */
    Optional<byte[]> answer(byte[] datagram, InetSocketAddress from);
}
