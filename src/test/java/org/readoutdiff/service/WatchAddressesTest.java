package org.readoutdiff.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which addresses a watch may reach, without any network: literals only, no DNS. */
class WatchAddressesTest {

    @Test
    void everyAddressOfTheServersOwnNetworksIsRefused() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::",
                "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "::7f00:1"}) {
            String kind = WatchAddresses.refusedKind(InetAddress.getByName(address));
            assertTrue(kind != null, address + " must be refused");
        }
        for (String address : new String[] {"8.8.8.8", "93.184.216.34", "172.32.0.1", "2606:4700::1111"}) {
            assertNull(WatchAddresses.refusedKind(InetAddress.getByName(address)), address + " is public");
        }
        assertEquals("link-local (cloud metadata)", WatchAddresses.refusedKind(InetAddress.getByName("169.254.169.254")));
    }

    @Test
    void aListedHostAddressOrNetworkIsAllowed() throws Exception {
        WatchAddresses none = new WatchAddresses(" ");
        FetchProblem refused = assertThrows(FetchProblem.class, () -> none.resolve("10.1.2.3"));
        assertTrue(refused.getMessage().contains("READOUT_DIFF_WATCH_ALLOWED_HOSTS"), refused.getMessage());
        WatchAddresses listed = new WatchAddresses("127.0.0.1, 10.0.0.0/8,fd00::/8");
        assertEquals("10.1.2.3", listed.resolve("10.1.2.3").getHostAddress());
        assertEquals("127.0.0.1", listed.resolve("127.0.0.1").getHostAddress());
        assertThrows(FetchProblem.class, () -> listed.resolve("127.0.0.2"));
        assertThrows(FetchProblem.class, () -> listed.resolve("192.168.0.1"));
        listed.resolve("[fd00:ec2::254]");
        assertThrows(IllegalArgumentException.class, () -> new WatchAddresses("10.0.0.0/33"));
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoPassword() {
        for (String url : new String[] {"file:///etc/passwd", "gopher://example.org/", "ftp://example.org/x",
                "http:///nohost", "https://user:pw@example.org/", "not a url", "jar:file:/x!/y"}) {
            assertThrows(FetchProblem.class, () -> PageFetcher.checkedUrl(url), url);
        }
    }

    @Test
    void aFailingWatchWaitsLongerEachTimeUpToTheCap() {
        Duration hour = Duration.ofHours(1);
        assertEquals(hour, Watches.backoff(hour, 1, Duration.ofHours(24)));
        assertEquals(Duration.ofHours(2), Watches.backoff(hour, 2, Duration.ofHours(24)));
        assertEquals(Duration.ofHours(8), Watches.backoff(hour, 4, Duration.ofHours(24)));
        assertEquals(Duration.ofHours(24), Watches.backoff(hour, 40, Duration.ofHours(24)));
    }
}
