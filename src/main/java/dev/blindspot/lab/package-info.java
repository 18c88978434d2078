/**
 * The device lab: simulated surveillance devices on loopback for testing the scanner end to end.
 *
 * <p>{@link dev.blindspot.lab.Lab#start} gives every {@link dev.blindspot.lab.DeviceSpec} its own 127.x.y.z
 * address and binds the services the real device runs on their real ports (HTTP 80, RTSP 554, Telnet 23, FTP 21,
 * Hikvision SDK 8000, Dahua 37777). A port below 1024 that cannot be bound for lack of privilege is bound at
 * 20000 + port instead ({@link dev.blindspot.lab.LabOptions#unprivilegedPortOffset()}, or always when
 * {@link dev.blindspot.lab.LabOptions#unprivilegedPortsOnly()}); {@link dev.blindspot.lab.LabDevice#ports()} always
 * names the port actually bound.
 *
 * <p>Devices answer with the bytes of the real firmware they imitate (status lines, header names and order,
 * realms, bodies); where each response comes from is listed in {@code src/main/resources/lab/SOURCES.md}. Every
 * login a device receives is counted ({@link dev.blindspot.lab.RunningLab#attempts(String)}), and
 * {@link dev.blindspot.lab.RunningLab#answerKey()} says which checks must fail on which device, derived from the
 * specs alone ({@link dev.blindspot.lab.Weakness}).
 *
 * <p>RTSP servers play what they describe: SETUP/PLAY stream a shipped H.264 clip or JPEG still over TCP interleaved
 * or loopback UDP ({@code dev.blindspot.lab.media}), so real clients such as ffprobe open the lab's streams. The
 * {@code HOSTILE_*} kinds attack the scanner instead (slow drips, endless bodies, huge headers, XML and gzip bombs,
 * RTSP garbage, injected banners), each bounded in its own resource use.
 *
 * <p>Built for fleets of 10,000 devices: one virtual thread per accept loop and per connection, no platform
 * thread or executor per device, templates and one TLS context shared by the whole lab, per-device state created
 * lazily. Measured on 2 cores: 7,000 devices of the realistic mix (19,320 listeners) ready in 0.65 s after JVM
 * start (1.5 s from launch), 12.5 KB of heap per device, 190 MB RSS. Every server reads under a total
 * per-request deadline and size limits. Each listener is a file descriptor: 10,000 realistic devices need about
 * 28,100; {@link dev.blindspot.lab.Lab#start} checks the limit before binding ({@link dev.blindspot.lab.LabCapacity}).
 *
 * <p>Fleets: {@link dev.blindspot.lab.Fleets#realistic(int, long)} or a YAML file ({@link dev.blindspot.lab.FleetFile},
 * {@code docs/lab-fleet.md}); per-device settings in {@link dev.blindspot.lab.DeviceSpec}.
 */
package dev.blindspot.lab;
