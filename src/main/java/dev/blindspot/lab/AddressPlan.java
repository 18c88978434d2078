package dev.blindspot.lab;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Hands out device addresses in order inside 127.0.0.0/8, never {@code .0} or {@code .255}, never outside it. */
final class AddressPlan {

    private int next;

    private AddressPlan(int first) {
        this.next = first;
    }

    static AddressPlan startingAt(String firstAddress) {
        return new AddressPlan(parseLoopback(firstAddress));
    }

    InetAddress next() {
        while ((next & 0xff) == 0 || (next & 0xff) == 0xff) {
            next++;
        }
        if ((next >>> 24) != 127) {
            throw new IllegalStateException("ran out of loopback addresses (127.0.0.0/8)");
        }
        int address = next++;
        try {
            return InetAddress.getByAddress(new byte[] {
                (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips {@code count} addresses as {@link #next()} would hand them out, without making them. */
    AddressPlan skip(int count) {
        for (int i = 0; i < count; i++) {
            while ((next & 0xff) == 0 || (next & 0xff) == 0xff) {
                next++;
            }
            next++;
        }
        return this;
    }

    /** The address as an int; refuses anything but a dotted IPv4 literal in 127.0.0.0/8. */
    static int parseLoopback(String text) {
        if (text == null) {
            throw new IllegalArgumentException("first address is required");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        if ((value >>> 24) != 127) {
            throw new IllegalArgumentException("lab addresses must be loopback (127.0.0.0/8): " + text);
        }
        return value;
    }
}
