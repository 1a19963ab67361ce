package cn.eduinfo.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eduinfo.shared.DomainException;

/**
 * A reporting quarter, written {@code 2026Q3}. Its data is reported in the first month of the
 * following quarter (第十八条), so {@link #reportingMonthStart()} is the day the tier windows open.
 */
public record Quarter(int year, int number) implements Comparable<Quarter>, java.io.Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2999) {
            throw new DomainException("quarter.invalid", year + "Q" + number);
        }
    }

    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new DomainException("quarter.invalid", String.valueOf(text));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a date falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter whose reporting month contains the date (e.g. any day of 2026-10 → 2026Q3). */
    public static Quarter reportedIn(LocalDate date) {
        return of(date).previous();
    }

    /**
     * The quarter whose form is being filled on a date: in the first month of a quarter (the
     * reporting month) the one just ended, otherwise the current one.
     */
    public static Quarter toFill(LocalDate date) {
        return (date.getMonthValue() - 1) % 3 == 0 ? reportedIn(date) : of(date);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Month.of((number - 1) * 3 + 1), 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    /** First day of the month in which this quarter's data is reported. */
    public LocalDate reportingMonthStart() {
        return next().firstDay();
    }

    /** A sortable integer, e.g. 20263, for storage and set-based queries. */
    public int key() {
        return year * 10 + number;
    }

    public static Quarter ofKey(int key) {
        return new Quarter(key / 10, key % 10);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(key(), other.key());
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
