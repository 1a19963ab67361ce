package cn.eduinfo.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

/**
 * Every version of the three forms. A quarter is filled under the version whose start is the
 * latest not after it, and keeps that version for good: a new version starts after the latest
 * one and after every quarter that already holds data, so no filled quarter changes version.
 */
public final class Catalogue {

    private final Map<FormKind, List<FormVersion>> versions;

    private Catalogue(Map<FormKind, List<FormVersion>> versions) {
        this.versions = versions;
    }

    /** The catalogue from stored versions, in any order; numbers and starts must both ascend. */
    public static Catalogue of(List<FormVersion> all) {
        Map<FormKind, List<FormVersion>> byKind = new EnumMap<>(FormKind.class);
        all.stream().sorted(Comparator.comparing(FormVersion::number))
                .forEach(v -> byKind.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v));
        byKind.forEach((kind, list) -> {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).number() != list.get(i - 1).number() + 1 || !list.get(i - 1).validFrom().isBefore(list.get(i).validFrom())) {
                    throw new DomainException("form.version.outOfOrder", kind, list.get(i).number());
                }
            }
        });
        byKind.replaceAll((k, list) -> List.copyOf(list));
        return new Catalogue(byKind);
    }

    public List<FormVersion> versions(FormKind kind) {
        return versions.getOrDefault(kind, List.of());
    }

    public List<FormVersion> all() {
        return versions.values().stream().flatMap(List::stream).toList();
    }

    public FormVersion latest(FormKind kind) {
        List<FormVersion> list = versions(kind);
        if (list.isEmpty()) {
            throw new DomainException("form.version.none", kind, "-");
        }
        return list.get(list.size() - 1);
    }

    public FormVersion versionFor(FormKind kind, Quarter quarter) {
        FormVersion found = null;
        for (FormVersion v : versions(kind)) {
            if (!quarter.isBefore(v.validFrom())) {
                found = v;
            }
        }
        if (found == null) {
            throw new DomainException("form.version.none", kind, quarter);
        }
        return found;
    }

    public FormVersion version(FormKind kind, int number) {
        return versions(kind).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new DomainException("form.version.unknown", kind, number));
    }

    /** A new version from a quarter after the latest version's start; earlier quarters keep theirs. */
    public Catalogue newVersion(FormKind kind, Quarter from, FormChanges changes) {
        return newVersion(kind, from, changes, null);
    }

    /**
     * As {@link #newVersion(FormKind, Quarter, FormChanges)}, also refusing a start at or before
     * the last quarter anyone has filled data for under this form, which would re-tie that data.
     *
     * @param lastQuarterWithData null when no data exists yet
     */
    public Catalogue newVersion(FormKind kind, Quarter from, FormChanges changes, Quarter lastQuarterWithData) {
        FormVersion latest = latest(kind);
        if (!latest.validFrom().isBefore(from)) {
            throw new DomainException("form.version.notAfterLatest", from, latest.validFrom());
        }
        if (lastQuarterWithData != null && !lastQuarterWithData.isBefore(from)) {
            throw new DomainException("form.version.quarterHasData", from, lastQuarterWithData);
        }
        List<FormVersion> all = new ArrayList<>(all());
        all.add(changes.applyTo(latest, from));
        return of(all);
    }
}
