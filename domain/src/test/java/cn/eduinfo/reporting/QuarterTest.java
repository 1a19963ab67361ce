package cn.eduinfo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.eduinfo.shared.DomainException;

class QuarterTest {

    @Test
    void parsesAndPrints() {
        assertEquals(new Quarter(2026, 3), Quarter.parse("2026Q3"));
        assertEquals(new Quarter(2026, 3), Quarter.parse(" 2026q3 "));
        assertEquals("2026Q3", new Quarter(2026, 3).toString());
    }

    @Test
    void refusesMalformedQuarters() {
        for (String bad : new String[] {null, "", "2026Q5", "2026Q0", "26Q1", "2026-3", "2026Q3;drop"}) {
            assertThrows(DomainException.class, () -> Quarter.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void stepsAcrossYears() {
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
    }

    @Test
    void knowsItsDaysAndItsReportingMonth() {
        Quarter q4 = new Quarter(2026, 4);
        assertEquals(LocalDate.of(2026, 10, 1), q4.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), q4.lastDay());
        assertEquals(LocalDate.of(2027, 1, 1), q4.reportingMonthStart());
        assertEquals(new Quarter(2026, 3), Quarter.reportedIn(LocalDate.of(2026, 10, 9)));
        assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void theQuarterToFillIsTheOneJustEndedDuringItsReportingMonth() {
        assertEquals(new Quarter(2026, 3), Quarter.toFill(LocalDate.of(2026, 10, 31)));
        assertEquals(new Quarter(2026, 4), Quarter.toFill(LocalDate.of(2026, 11, 1)));
        assertEquals(new Quarter(2026, 4), Quarter.toFill(LocalDate.of(2027, 1, 15)));
        assertEquals(new Quarter(2027, 1), Quarter.toFill(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void ordersAndRoundTripsItsKey() {
        assertTrue(new Quarter(2025, 4).isBefore(new Quarter(2026, 1)));
        assertEquals(20263, new Quarter(2026, 3).key());
        assertEquals(new Quarter(2026, 3), Quarter.ofKey(20263));
    }
}
