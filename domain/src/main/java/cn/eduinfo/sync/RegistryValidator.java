package cn.eduinfo.sync;

import static cn.eduinfo.sync.RegistryErrors.*;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The whole-file checks: any error refuses the file, nothing is applied (第九~十二条). */
public final class RegistryValidator {

    private RegistryValidator() {
    }

    /**
     * Whole-file checks on parsed rows against the current tree (map code→snapshot, may be empty).
     * Returns the fatal errors (empty = valid), by line.
     */
    public static List<RegistryError> validate(List<RegistryRow> rows, Map<String, OrgSnapshot> current) {
        return validate(rows, Skeleton.of(rows), current);
    }

    /**
     * The same checks where only {@code rows} need their own: the lines that differ from the last
     * snapshot applied, or that lean on one that does (SnapshotDelta); the others passed them then
     * and still would. The skeleton stands for the whole file; {@code current} holds at least the
     * rows' units and every authority.
     */
    public static List<RegistryError> validate(List<RegistryRow> rows, Skeleton file, Map<String, OrgSnapshot> current) {
        List<RegistryError> errors = new ArrayList<>(file.duplicates());
        List<String> checked = new ArrayList<>(rows.size());
        for (RegistryRow row : rows) {
            if (!file.counts(row)) {
                continue; // a duplicate, reported as such
            }
            OrgSnapshot now = current.get(row.code());
            parent(row, file, errors);
            successor(row, now, file, errors);
            history(row, now, errors);
            checked.add(row.code());
        }
        cycles(checked, file, errors);
        omittedAuthorities(file, current, errors);
        errors.sort(Comparator.comparingInt(RegistryError::line));
        return errors;
    }

    private static void parent(RegistryRow row, Skeleton file, List<RegistryError> errors) {
        if (row.kind() == OrgKind.MOE) {
            if (row.parent() != null) {
                errors.add(RegistryError.of(row.line(), MOE_PARENT, row.parent()));
            }
            return;
        }
        if (row.parent() == null) {
            errors.add(RegistryError.of(row.line(), PARENT_MISSING));
            return;
        }
        Skeleton.Entry parent = file.get(row.parent());
        if (parent == null) {
            errors.add(RegistryError.of(row.line(), PARENT_UNKNOWN, row.parent()));
            return;
        }
        if (!fits(parent.kind(), row.kind())) {
            errors.add(RegistryError.of(row.line(), PARENT_KIND, row.parent(), parent.kind(), row.kind()));
        }
        if (row.status() == OrgStatus.ACTIVE && parent.status() != OrgStatus.ACTIVE) {
            errors.add(RegistryError.of(row.line(), PARENT_NOT_ACTIVE, row.parent(), parent.status()));
        }
    }

    /** The shapes Organisation and Tier accept: refused here so that the sync never fails half-way. */
    private static boolean fits(OrgKind parent, OrgKind kind) {
        return switch (kind) {
            case MOE -> false;
            case PROVINCE -> parent == OrgKind.MOE;
            case PREFECTURE -> parent == OrgKind.PROVINCE;
            case COUNTY -> parent == OrgKind.PREFECTURE || parent == OrgKind.PROVINCE;
            case SCHOOL, TEACHING_POINT -> parent.isAuthority() && parent != OrgKind.MOE;
            case HEI -> parent.isAuthority();
        };
    }

    /**
     * The successor must be active only for a merger new to the system: the snapshot repeats old
     * mergers, and a successor that has since closed or merged in turn must not refuse every later file.
     */
    private static void successor(RegistryRow row, OrgSnapshot now, Skeleton file, List<RegistryError> errors) {
        if (row.successor() == null) {
            return;
        }
        Skeleton.Entry successor = file.get(row.successor());
        boolean known = now != null && now.status() == OrgStatus.MERGED && row.successor().equals(now.successor());
        if (successor == null) {
            errors.add(RegistryError.of(row.line(), SUCCESSOR_UNKNOWN, row.successor()));
        } else if (successor.status() != OrgStatus.ACTIVE && !known) {
            errors.add(RegistryError.of(row.line(), SUCCESSOR_NOT_ACTIVE, row.successor(), successor.status()));
        }
    }

    /** A voided code is never reused; a closed code may only come back as what it was (re-open). */
    private static void history(RegistryRow row, OrgSnapshot now, List<RegistryError> errors) {
        if (now == null) {
            return;
        }
        if (now.status() == OrgStatus.MERGED && row.status() != OrgStatus.MERGED) {
            errors.add(RegistryError.of(row.line(), CODE_REUSED, row.code(), now.status()));
        }
        if (now.kind() != row.kind()) {
            errors.add(RegistryError.of(row.line(), KIND_CHANGED, row.code(), now.kind(), row.kind()));
        }
        if (!Objects.equals(now.category(), row.category())) {
            errors.add(RegistryError.of(row.line(), CATEGORY_CHANGED, row.code(), digits(now.category()), digits(row.category())));
        }
    }

    /**
     * A full snapshot closes the schools, teaching points and HEIs it no longer lists (ChangeSet), but an
     * authority is a GB/T 2260 division: it goes only by an explicit CLOSED or MERGED row. A file without
     * one of the system's active authorities is an incomplete export (whose units would otherwise all be
     * closed by omission) and is refused. An omission has no line: 0, in code order.
     */
    private static void omittedAuthorities(Skeleton file, Map<String, OrgSnapshot> current, List<RegistryError> errors) {
        current.values().stream()
                .filter(s -> s.kind().isAuthority() && s.status() == OrgStatus.ACTIVE && !file.contains(s.code()))
                .sorted(Comparator.comparing(OrgSnapshot::code))
                .forEach(s -> errors.add(RegistryError.of(0, AUTHORITY_OMITTED, s.code(), s.kind(), s.name())));
    }

    /**
     * Reports each cycle once, at the line of its first member in the file. Walks up from the checked
     * rows only: a cycle runs through a line that changed, as the last snapshot applied had none.
     */
    private static void cycles(List<String> starts, Skeleton file, List<RegistryError> errors) {
        // By the line of each code's first entry (one per code): an array, not a map of 366,000 codes.
        WalkStates state = new WalkStates();
        List<String> walk = new ArrayList<>();
        List<Skeleton.Entry> entries = new ArrayList<>();
        for (String start : starts) {
            String code = start;
            Skeleton.Entry entry = file.get(code);
            while (entry != null && state.of(entry.line()) == WalkStates.UNSEEN) {
                state.set(entry.line(), WalkStates.ON_WALK);
                walk.add(code);
                entries.add(entry);
                code = entry.parent();
                entry = code == null ? null : file.get(code);
            }
            if (entry != null && state.of(entry.line()) == WalkStates.ON_WALK) {
                List<String> cycle = walk.subList(walk.indexOf(code), walk.size());
                String first = cycle.stream().min(Comparator.comparingInt(c -> file.get(c).line())).orElseThrow();
                errors.add(RegistryError.of(file.get(first).line(), PARENT_CYCLE, String.join(" → ", rotate(cycle, first))));
            }
            entries.forEach(e -> state.set(e.line(), WalkStates.WALKED));
            walk.clear();
            entries.clear();
        }
    }

    /** Where the walks up the file's tree stand, by line. */
    private static final class WalkStates {
        static final byte UNSEEN = 0;
        static final byte ON_WALK = 1;
        static final byte WALKED = 2;
        private byte[] states = new byte[1024];

        byte of(int line) {
            return line < states.length ? states[line] : UNSEEN;
        }

        void set(int line, byte state) {
            if (line >= states.length) {
                states = Arrays.copyOf(states, Math.max(line + 1, states.length * 2));
            }
            states[line] = state;
        }
    }

    private static List<String> rotate(List<String> cycle, String first) {
        int at = cycle.indexOf(first);
        List<String> rotated = new ArrayList<>(cycle.subList(at, cycle.size()));
        rotated.addAll(cycle.subList(0, at));
        rotated.add(first);
        return rotated;
    }

    private static String digits(SchoolCategory category) {
        return category == null ? "" : category.code();
    }
}
