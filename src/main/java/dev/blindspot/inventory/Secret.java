package dev.blindspot.inventory;

/** A password or key. {@code toString} never shows it; call {@link #reveal()} deliberately. */
public record Secret(String value) {

    public String reveal() {
        return value;
    }

    public String masked() {
        return value.isEmpty() ? "(blank)" : "****";
    }

    @Override
    public String toString() {
        return masked();
    }
}
