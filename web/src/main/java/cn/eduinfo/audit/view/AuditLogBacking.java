package cn.eduinfo.audit.view;

import cn.eduinfo.audit.boundary.AuditLine;
import cn.eduinfo.audit.boundary.AuditQuery;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import cn.eduinfo.shared.Workbooks;
import jakarta.faces.context.FacesContext;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * audit/log.xhtml: the trail, newest first, page by page, searched by who, what was done, to which object and
 * between which days (第二十二条); for the audit administrator only.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @EJB
    AuditTrail trail;

    @Inject
    Messages messages;

    private String actor;
    private String action;
    private String target;
    private LocalDate from;
    private LocalDate to;
    /** The search the table shows: a refused one leaves it as it was. */
    private AuditQuery query = AuditQuery.everything();

    private final LazyDataModel<AuditLine> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(query);
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.latest(query, first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine entry) {
            return String.valueOf(entry.id());
        }
    };

    /**
     * The entries of the search the table shows, as a workbook; null (no download, the page says why) when there
     * are more than one export takes.
     */
    public StreamedContent getExport() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> headings = Stream.of("audit.at", "audit.actor", "audit.action", "audit.target", "audit.detail", "audit.address")
                .map(key -> messages.get(locale, key)).toList();
        try {
            byte[] workbook = trail.workbook(query, messages.get(locale, "audit.export.title", describe(locale)), headings);
            return Workbooks.download("audit-log.xlsx", () -> workbook);
        } catch (DomainException e) {
            messages.error(e);
            return null;
        }
    }

    /** The search shown, in words: its conditions, or 'all'. */
    private String describe(Locale locale) {
        List<String> parts = new ArrayList<>();
        addPart(parts, locale, "audit.actor", query.actor());
        addPart(parts, locale, "audit.action", query.action());
        addPart(parts, locale, "audit.target", query.target());
        addPart(parts, locale, "audit.from", query.from());
        addPart(parts, locale, "audit.to", query.to());
        return parts.isEmpty() ? messages.get(locale, "audit.export.all") : String.join("; ", parts);
    }

    private void addPart(List<String> parts, Locale locale, String key, Object value) {
        if (value != null) {
            parts.add(messages.get(locale, key) + " " + value);
        }
    }

    public void search() {
        try {
            query = new AuditQuery(actor, action, target, from, to);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public LazyDataModel<AuditLine> getEntries() { return entries; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
