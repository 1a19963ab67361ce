package cn.eduinfo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the message bundle (zh-CN first, English) for Java code: faces messages, API errors. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "cn.eduinfo.i18n.messages";

    public String get(Locale locale, String key, Object... args) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.SIMPLIFIED_CHINESE : locale).getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String get(Locale locale, DomainException e) {
        return get(locale, e.key(), e.args().toArray());
    }

    /** Adds an error message for the current view in the viewer's language. */
    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, e.key(), e.args().toArray());
    }

    /** Runs an action of the view; a rule it breaks becomes an error message in the viewer's language. */
    public void attempt(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            error(e);
        }
    }

    /** A moment typed as 'yyyy-MM-dd HH:mm' (Beijing time); when it is none, null, and the error {@code key} with the text. */
    public Instant minuteOrError(String text, String key) {
        Instant at = Formats.parseMinute(text);
        if (at == null) {
            error(key, text == null ? "" : text);
        }
        return at;
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** The first of the caller's acceptable languages, zh-CN when they name none. */
    public static Locale preferred(List<Locale> acceptable) {
        return acceptable == null || acceptable.isEmpty() || "*".equals(acceptable.get(0).toString())
                ? Locale.SIMPLIFIED_CHINESE : acceptable.get(0);
    }

    public static List<Locale> supported() {
        return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }
}
