package dev.blindspot.lab;

/** How many login attempts one account (user name) saw on one device, by outcome. */
public record AccountAttempts(int accepted, int failed) {

    public static final AccountAttempts NONE = new AccountAttempts(0, 0);

    public int total() {
        return accepted + failed;
    }

    public AccountAttempts plus(AccountAttempts other) {
        return new AccountAttempts(accepted + other.accepted, failed + other.failed);
    }
}
