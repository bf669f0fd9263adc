package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void datelinesInEnglishAndChinese() {
        assertEquals(LocalDate.of(2024, 11, 18), Datelines.of("Title\n\nXinhua | November 18, 2024\n\nShare:\n\nBody."));
        assertEquals(LocalDate.of(2024, 4, 2), Datelines.of("ILLUSTRATIVE\n\n习近平同美国总统拜登通电话\n\n新华社北京2024年4月2日电\n\n正文。"));
        assertEquals(LocalDate.of(2024, 11, 16), Datelines.of("The White House | Lima, Peru | 16 Nov. 2024\n\nToday ..."));
    }

    @Test
    void onlyTheHeadCountsAndOnlyRealDates() {
        assertNull(Datelines.of("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nOn 2024-11-16 they met."));
        assertNull(Datelines.of("Title\n\nXinhua | February 30, 2024\n\nBody."));
        assertNull(Datelines.of("A very long first paragraph that happens to mention November 18, 2024 among many other words, "
                + "which is not a dateline at all but the text of the statement talking about a date in passing, at length."));
    }

    @Test
    void writtenDates() {
        assertEquals(LocalDate.of(2024, 11, 16), Datelines.parse("2024-11-16"));
        assertEquals(LocalDate.of(2024, 11, 16), Datelines.parse("2024-11-16T10:00:00Z"));
        assertEquals(LocalDate.of(2024, 11, 16), Datelines.parse("16 November 2024"));
        assertNull(Datelines.parse("last Tuesday"));
        assertNull(Datelines.parse(null));
    }
}
