package dev.blindspot.lab;

import java.util.Objects;
import java.util.SortedSet;

/** How a fleet entry sets each device's password: factory default, strong and unique, or shared in a group. */
public sealed interface PasswordChoice {

    /** The password (and username) device {@code index} of a fleet made with {@code seed} gets. */
    DeviceSpec apply(DeviceSpec template, long seed, int index);

    /** The kind's factory account (the one for the template's username, if the kind has several). */
    record VendorDefault() implements PasswordChoice {
        @Override
        public DeviceSpec apply(DeviceSpec template, long seed, int index) {
            SortedSet<String> accounts = Weakness.vendorDefaults(template.kind());
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException(template.kind() + " has no vendor default password in the lab");
            }
            String account = accounts.stream().filter(a -> a.startsWith(template.username() + ":")).findFirst()
                    .orElse(accounts.first());
            int colon = account.indexOf(':');
            return template.withCredentials(account.substring(0, colon), account.substring(colon + 1));
        }
    }

    /** A strong password no other device has. */
    record Strong() implements PasswordChoice {
        @Override
        public DeviceSpec apply(DeviceSpec template, long seed, int index) {
            return template.withPassword(Passwords.strong(seed, index));
        }
    }

    /** One strong password for every device of {@code group} (same username). */
    record Shared(String group) implements PasswordChoice {
        public Shared {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public DeviceSpec apply(DeviceSpec template, long seed, int index) {
            return template.withSharedPassword(Passwords.shared(seed, group));
        }
    }

    /** What the kind's {@link DeviceSpec#defaults(DeviceKind)} uses: its factory password, or else a strong one. */
    static PasswordChoice usual(DeviceSpec template) {
        return template.passwordKind() == PasswordKind.VENDOR_DEFAULT ? new VendorDefault() : new Strong();
    }
}
