package dev.blindspot.exposure.routerconfig;

import java.util.regex.Pattern;

/**
 * Which interface, zone or chain names mean the internet side. Configurations name interfaces freely, so this is a
 * convention: names containing {@code wan}, PPP and mobile links ({@code ppp*}, {@code pppoe*}, {@code wwan*},
 * {@code lte*}), {@code internet}, {@code uplink}, {@code outside}, and MikroTik's default WAN port
 * {@code ether1}; LAN names ({@code lan}, {@code br-lan}, {@code br0}, chains like
 * {@code zone_lan_prerouting} or {@code dstnat_lan}) mean the inside.
 */
final class Interfaces {

    private static final Pattern WAN = Pattern.compile(
            "(?i)(.*wan.*|ppp.*|pppoe.*|wwan.*|lte.*|internet.*|uplink.*|outside.*|ether1)");
    private static final Pattern LAN = Pattern.compile("(?i)(lan\\d*|br-lan.*|br0|.*[_-]lan\\d*([_-].*)?|inside.*)");

    private Interfaces() {
    }

    static boolean isWan(String name) {
        return WAN.matcher(name.trim()).matches();
    }

    static boolean isLan(String name) {
        return LAN.matcher(name.trim()).matches();
    }
}
