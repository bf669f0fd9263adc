package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.readoutdiff.service.WorkLimit;

/** Readout-sized requests have a lane of their own; large or undeclared bodies share the sized one. */
class WorkLimitLaneTest {

    @Test
    void smallBodiesRunInTheirOwnWiderLane() {
        WorkLimit limit = new WorkLimit(0, -1, Duration.ofSeconds(1), Duration.ofSeconds(5));
        WorkLimit small = limit.lane(20_000);
        assertNotSame(limit, small);
        assertTrue(small.permits() > limit.permits(), small.permits() + " against " + limit.permits());
        assertSame(limit, limit.lane(WorkLimit.SMALL_BODY + 1));
        assertSame(limit, limit.lane(-1), "an undeclared length counts as large");
    }

    @Test
    void aConfiguredLimitIsOneLane() {
        WorkLimit limit = new WorkLimit(1, 1, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertSame(limit, limit.lane(100));
    }

    @Test
    void theContentLengthIsReadSafely() {
        assertEquals(42, BusyFilter.bodyLength(" 42 "));
        assertEquals(-1, BusyFilter.bodyLength(null));
        assertEquals(-1, BusyFilter.bodyLength("lots"));
    }
}
