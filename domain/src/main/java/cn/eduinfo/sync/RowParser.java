package cn.eduinfo.sync;

import static cn.eduinfo.sync.RegistryErrors.*;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The per-line checks of a data line: reports every problem of the line, not just the first, so one run fixes them all. */
final class RowParser {

    static final int MAX_NAME = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
        List<String> f = record.fields().stream().map(String::strip).toList();
        String code = f.get(0);
        String name = f.get(1);
        if (name.isEmpty()) {
            errors.add(RegistryError.of(line, NAME_EMPTY));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            errors.add(RegistryError.of(line, NAME_TOO_LONG, name.codePointCount(0, name.length()), MAX_NAME));
        }
        OrgKind kind = parseEnum(OrgKind.class, f.get(2)).orElse(null);
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
        OrgStatus status = parseEnum(OrgStatus.class, f.get(6)).orElse(null);
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

    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
