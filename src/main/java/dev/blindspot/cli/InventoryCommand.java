package dev.blindspot.cli;

import picocli.CommandLine.Command;

/**
 * {@code blindspot inventory TARGET...}: the same as {@code scan --inventory-only}: discover and fingerprint,
 * no checks, no login attempts unless a profile is given; assets as JSON or CSV ({@code --format csv -o FILE}).
 */
@Command(name = "inventory", description = "List the devices on networks you own: vendor, model, firmware, class, CPE."
        + " No checks, no login attempts (profile safe) unless --profile is given.")
final class InventoryCommand extends ScanCommand {

    @Override
    boolean inventoryOnly() {
        return true;
    }
}
