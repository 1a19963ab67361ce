package cn.eduinfo.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.eduinfo.reporting.Quarter;

/**
 * The catalogue the system starts with: version 1 of the three forms, valid from 2019Q3 (the
 * quarter the notice started phase 2), read from {@code form/default-catalogue.csv} and
 * {@code form/default-rules.csv} on the class path.
 */
public final class DefaultCatalogue {

    public static final Quarter VALID_FROM = new Quarter(2019, 3);

    private DefaultCatalogue() {
    }

    public static Catalogue load() {
        Map<FormKind, List<Indicator>> indicators = CatalogueCsv.readIndicators(resource("form/default-catalogue.csv"));
        Map<FormKind, List<CrossFieldRule>> rules = CatalogueCsv.readRules(resource("form/default-rules.csv"));
        List<FormVersion> versions = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            versions.add(new FormVersion(kind, 1, VALID_FROM, indicators.getOrDefault(kind, List.of()), rules.getOrDefault(kind, List.of())));
        }
        return Catalogue.of(versions);
    }

    private static String resource(String name) {
        try (InputStream in = DefaultCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
