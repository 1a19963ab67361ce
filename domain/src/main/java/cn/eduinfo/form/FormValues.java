package cn.eduinfo.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One organisation's values for one quarter: indicator code → canonical text. Absent codes have
 * no value. Sorted by code, so the stored JSON of equal values is equal text.
 */
public final class FormValues implements java.io.Serializable {

    private static final FormValues EMPTY = new FormValues(new TreeMap<>());

    private final Map<String, String> values;

    private FormValues(TreeMap<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static FormValues empty() {
        return EMPTY;
    }

    /** Null values and blank strings count as 'no value'. */
    public static FormValues of(Map<String, String> values) {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v);
            }
        });
        return new FormValues(copy);
    }

    public static FormValues fromJson(String json) {
        return of(FlatJson.read(json));
    }

    public String toJson() {
        return FlatJson.write(values);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> get(String code) {
        return Optional.ofNullable(values.get(code));
    }

    public FormValues with(String code, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        if (value == null || value.isBlank()) {
            copy.remove(code);
        } else {
            copy.put(code, value);
        }
        return new FormValues(copy);
    }

    /** These values with every derived indicator of the version recomputed (and typed-in derived values dropped). */
    public FormValues withDerived(FormVersion version) {
        TreeMap<String, String> out = new TreeMap<>(values);
        for (Indicator i : version.indicators()) {
            if (i.isDerived()) {
                out.remove(i.code());
                String v = i.formula().compute(values);
                if (v != null) {
                    out.put(i.code(), v);
                }
            }
        }
        return new FormValues(out);
    }

    /** Only the typed values of the version's indicators: what a person actually filled in. */
    public FormValues typedIn(FormVersion version) {
        TreeMap<String, String> out = new TreeMap<>();
        version.indicators().stream().filter(i -> !i.isDerived())
                .forEach(i -> get(i.code()).ifPresent(v -> out.put(i.code(), v)));
        return new FormValues(out);
    }

    /**
     * 'Confirm unchanged' (第十五、十六条): last quarter's values carried into a (possibly newer)
     * version — retired indicators dropped, values no longer valid under a changed indicator
     * dropped so they must be filled again, derived values recomputed.
     */
    public FormValues carriedInto(FormVersion version) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Indicator i : version.indicators()) {
            String v = values.get(i.code());
            if (!i.isDerived() && v != null) {
                ParsedValue p = i.parse(v);
                if (!p.isRefused() && !p.isAbsent()) {
                    out.put(i.code(), p.value());
                }
            }
        }
        return new FormValues(out).withDerived(version);
    }

    /** True when a save would change no typed value of the version: the quarter is 'confirmed unchanged'. */
    public boolean isUnchangedFrom(FormValues previous, FormVersion version) {
        return typedIn(version).equals(previous.carriedInto(version).typedIn(version));
    }

    /** One change per code whose value differs, in code order: the rows of the value history. */
    public List<ValueChange> changesFrom(FormValues before) {
        TreeSet<String> codes = new TreeSet<>(values.keySet());
        codes.addAll(before.values.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String code : codes) {
            String old = before.values.get(code);
            String now = values.get(code);
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(new ValueChange(code, old, now));
            }
        }
        return changes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
