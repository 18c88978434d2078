# 2026-11-20 09:14:02 by RouterOS 7.15.3
/ip firewall nat
add action=dst-nat chain=dstnat dst-port=8554 protocol=tcp to-addresses=192.168.88.64 to-ports=554
add action=dst-nat chain=dstnat dst-port 8000 protocol=tcp to-addresses=192.168.88.64
