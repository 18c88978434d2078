# 2026-11-20 09:14:02 by RouterOS 7.15.3
# software id = 7KQD-W2XN
#
# model = RB5009UG+S+
# serial number = HFA09XXXXXX
/interface bridge
add admin-mac=48:A9:8A:00:00:01 auto-mac=no comment=defconf name=bridge
/interface list
add comment=defconf name=WAN
add comment=defconf name=LAN
/interface list member
add comment=defconf interface=bridge list=LAN
add comment=defconf interface=ether1 list=WAN
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
/ip firewall filter
add action=accept chain=input comment="defconf: accept established,related,untracked" connection-state=established,related,untracked
add action=drop chain=input comment="defconf: drop invalid" connection-state=invalid
add action=accept chain=input comment="defconf: accept ICMP" protocol=icmp
add action=drop chain=input comment="defconf: drop all not coming from LAN" in-interface-list=!LAN
add action=accept chain=forward comment="defconf: accept established,related, untracked" connection-state=established,related,untracked
add action=accept chain=forward comment="camera 2 RTSP from outside" dst-address=192.168.88.65 dst-port=554 \
    in-interface-list=WAN protocol=tcp
add action=accept chain=forward comment="web server" dst-address=192.168.88.20 dst-port=443 in-interface-list=WAN protocol=tcp
add action=drop chain=forward comment="defconf: drop all from WAN not DSTNATed" connection-nat-state=!dstnat connection-state=new \
    in-interface-list=WAN
/ip firewall nat
add action=masquerade chain=srcnat comment="defconf: masquerade" ipsec-policy=out,none out-interface-list=WAN
add action=dst-nat chain=dstnat comment="Camera \"front\" RTSP" dst-port=8554 in-interface-list=WAN protocol=tcp \
    to-addresses=192.168.88.64 to-ports=554
add action=dst-nat chain=dstnat comment="XMEye DVR" dst-port=34567 in-interface=ether1 protocol=tcp to-addresses=\
    192.168.88.70 to-ports=34567
add action=dst-nat chain=dstnat comment="web server" dst-port=443 in-interface-list=WAN protocol=tcp to-addresses=192.168.88.20 \
    to-ports=443
add action=dst-nat chain=dstnat comment="hairpin" dst-address=203.0.113.9 dst-port=8554 in-interface-list=LAN protocol=tcp \
    to-addresses=192.168.88.64 to-ports=554
add action=dst-nat chain=dstnat disabled=yes dst-port=8000 in-interface-list=WAN protocol=tcp to-addresses=192.168.88.64 \
    to-ports=8000
/ip firewall nat add action=dst-nat chain=dstnat comment=DMZ in-interface=pppoe-out1 to-addresses=192.168.88.99
/system identity
set name=gw-home
