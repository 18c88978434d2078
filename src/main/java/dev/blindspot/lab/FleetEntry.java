package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code count} devices configured alike, differing only in the password when {@code password} says so.
 *
 * @param template the spec every device starts from
 * @param password how each device's password is chosen
 */
public record FleetEntry(DeviceSpec template, int count, PasswordChoice password) {

    public FleetEntry {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(password, "password");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
    }

    /** The devices; {@code firstIndex} is the fleet-wide index of the first (strong passwords derive from it). */
    public List<DeviceSpec> expand(long seed, int firstIndex) {
        List<DeviceSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(password.apply(template, seed, firstIndex + i));
        }
        return out;
    }

    /** Every entry expanded in order. */
    public static List<DeviceSpec> expandAll(List<FleetEntry> entries, long seed) {
        List<DeviceSpec> out = new ArrayList<>();
        for (FleetEntry entry : entries) {
            out.addAll(entry.expand(seed, out.size()));
        }
        return List.copyOf(out);
    }
}
