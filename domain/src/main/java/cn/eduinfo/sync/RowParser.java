package cn.eduinfo.sync;

import static cn.eduinfo.sync.RegistryErrors.*;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The per-line checks of a data line: reports every problem of the line, not just the first, so one run fixes them all. */
final class RowParser {

    static final int MAX_NAME = 200;
    /** By name: asked twice a line, where Class.getEnumConstants would copy the constants each time. */
    private static final Map<String, OrgKind> KINDS = byName(OrgKind.values());
    private static final Map<String, OrgStatus> STATUSES = byName(OrgStatus.values());

    private RowParser() {
    }

    /** The row, or null when the line has errors (added to {@code errors}). */
    static RegistryRow parse(Csv.Record record, List<RegistryError> errors) {
        int line = record.line();
        int before = errors.size();
        if (record.badQuoting()) {
            errors.add(RegistryError.of(line, BAD_QUOTING));
        }
        if (record.fields().size() != RegistryFile.HEADER.length) {
            errors.add(RegistryError.of(line, COLUMN_COUNT, RegistryFile.HEADER.length, record.fields().size()));
            return null;
        }
        List<String> f = stripped(record.fields());
        String code = f.get(0);
        String name = f.get(1);
        if (name.isEmpty()) {
            errors.add(RegistryError.of(line, NAME_EMPTY));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            errors.add(RegistryError.of(line, NAME_TOO_LONG, name.codePointCount(0, name.length()), MAX_NAME));
        }
        OrgKind kind = KINDS.get(f.get(2));
        if (kind == null) {
            errors.add(RegistryError.of(line, UNKNOWN_KIND, f.get(2)));
        }
        if (!codeFits(code, kind)) {
            errors.add(RegistryError.of(line, BAD_CODE, code, f.get(2)));
        }
        SchoolCategory category = category(line, f.get(3), code, kind, errors);
        String division = f.get(4);
        if (!OrgCodes.isDivisionCode(division)) {
            errors.add(RegistryError.of(line, BAD_DIVISION, division));
        }
        OrgStatus status = STATUSES.get(f.get(6));
        if (status == null) {
            errors.add(RegistryError.of(line, UNKNOWN_STATUS, f.get(6)));
        }
        String successor = emptyToNull(f.get(7));
        if (status == OrgStatus.MERGED && successor == null) {
            errors.add(RegistryError.of(line, SUCCESSOR_MISSING));
        } else if (status != null && status != OrgStatus.MERGED && successor != null) {
            errors.add(RegistryError.of(line, SUCCESSOR_UNEXPECTED, successor, status));
        }
        LocalDate effective = date(f.get(8));
        if (effective == null) {
            errors.add(RegistryError.of(line, BAD_DATE, f.get(8)));
        }
        if (errors.size() > before) {
            return null;
        }
        return new RegistryRow(line, code, name, kind, category, division, emptyToNull(f.get(5)), status, successor, effective);
    }

    /** With an unknown kind the code is only checked for being either shape, so that both mistakes show at once. */
    private static boolean codeFits(String code, OrgKind kind) {
        if (kind == null) {
            return OrgCodes.isDivisionCode(code) || OrgCodes.isSchoolCode(code);
        }
        if (kind == OrgKind.MOE) {
            return OrgCodes.MOE.equals(code);
        }
        if (kind.isAuthority()) {
            return OrgCodes.isDivisionCode(code) && !OrgCodes.MOE.equals(code);
        }
        return OrgCodes.isSchoolCode(code);
    }

    /** A category must be the code's own first two digits: a change of category voids the code (DOMAIN.md). */
    private static SchoolCategory category(int line, String text, String code, OrgKind kind, List<RegistryError> errors) {
        Optional<SchoolCategory> category = SchoolCategory.ofCode(text);
        if (!text.isEmpty() && category.isEmpty()) {
            errors.add(RegistryError.of(line, UNKNOWN_CATEGORY, text));
            return null;
        }
        if (kind == null) {
            return null;
        }
        if (kind.isAuthority()) {
            if (!text.isEmpty()) {
                errors.add(RegistryError.of(line, CATEGORY_NOT_EMPTY, text));
            }
            return null;
        }
        if (category.isEmpty()) {
            errors.add(RegistryError.of(line, CATEGORY_MISSING, kind));
            return null;
        }
        if (!code.startsWith(text)) {
            errors.add(RegistryError.of(line, CATEGORY_MISMATCH, text, code));
        }
        if ((kind == OrgKind.HEI) != category.get().isHigherEducation()) {
            errors.add(RegistryError.of(line, CATEGORY_KIND, text, kind));
        }
        return category.get();
    }

    /** yyyy-MM-dd, checked by hand: a national snapshot has hundreds of thousands of dates. */
    private static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The decimal number of text[from, to), or -1 if a character is not an ASCII digit. */
    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] constants) {
        return Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(Enum::name, e -> e));
    }

    /** Fields as given when they need no stripping (nearly always), without copying them. */
    private static List<String> stripped(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (!field.isEmpty() && (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1)))) {
                return fields.stream().map(String::strip).toList();
            }
        }
        return fields;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
