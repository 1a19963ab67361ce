package cn.eduinfo.sync.view;

import cn.eduinfo.shared.Messages;
import cn.eduinfo.sync.boundary.ErrorLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A refused file's problems as text, one per line with its line number, in the reader's language. */
@ApplicationScoped
public class ErrorReport {

    @Inject
    Messages messages;

    public String line(Locale locale, ErrorLine e) {
        String text = messages.get(locale, e.key(), e.args().toArray());
        return e.line() == 0 ? messages.get(locale, "sync.wholeFile", text) : messages.get(locale, "sync.atLine", e.line(), text);
    }

    public String text(Locale locale, List<ErrorLine> errors) {
        return errors.stream().map(e -> line(locale, e)).collect(Collectors.joining("\n", "", "\n"));
    }
}
