/**
 * Router and firewall configuration import ({@code scan --router-config FILE}): parsers for iptables-save,
 * nftables (text and JSON), OpenWrt UCI firewall, pfSense/OPNsense config.xml and MikroTik RouterOS exports, all
 * producing one typed model ({@link dev.blindspot.exposure.routerconfig.RouterRule}: port forwards, DMZ hosts and
 * inbound allow rules). Files are the operator's own but still parsed with size limits, DTDs and external entities
 * off and JSON limits; a malformed file is a {@link dev.blindspot.exposure.routerconfig.RouterConfigException}
 * naming the file and line.
 */
package dev.blindspot.exposure.routerconfig;
