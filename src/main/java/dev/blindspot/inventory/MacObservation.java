package dev.blindspot.inventory;

/**
 * The hardware address this host's neighbour table holds for an address on a directly attached network. Only
 * the vendor part (the OUI, first three octets) is kept: the whole address would identify one device.
 *
 * @param oui upper-case, colon-separated, e.g. {@code 28:57:BE}
 */
public record MacObservation(String address, String oui) implements Observation {

    /** Host-level: no port. */
    @Override
    public int port() {
        return 0;
    }
}
