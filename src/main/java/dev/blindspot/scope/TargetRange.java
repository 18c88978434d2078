package dev.blindspot.scope;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.math.BigInteger;
import java.util.Iterator;

/**
 * One contiguous run of addresses the user named, with the text it came from.
 *
 * @param source what the user wrote (for messages and the report)
 */
public record TargetRange(String source, IPAddressSeqRange range) {

    public BigInteger size() {
        return range.getCount();
    }

    public boolean contains(IPAddress address) {
        return range.contains(address);
    }

    public Iterator<? extends IPAddress> iterator() {
        return range.iterator();
    }
}
