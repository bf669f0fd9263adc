package org.readoutdiff.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login rate limit: after {@code readout-diff.auth.max-failed-logins} failed sign-ins for one
 * name from one address within {@code readout-diff.auth.login-window}, that name is refused from
 * that address, right password or not, until the window has passed. Hand-written (a sliding
 * window per key, in this process's memory): Quarkus has no rate limiter for form logins.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public LoginThrottle(@ConfigProperty(name = "readout-diff.auth.max-failed-logins", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "readout-diff.auth.login-window", defaultValue = "15m") Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Whether this name may try to sign in from this address now. */
    public boolean allows(String name, String address) {
        Deque<Instant> recent = failures.get(key(name, address));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < maxFailures;
        }
    }

    public void failed(String name, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of names: forget rather than grow without bound
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(name, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private static String key(String name, String address) {
        return name + "\n" + address;
    }
}
