package cn.eduinfo.audit.view;

import cn.eduinfo.audit.boundary.AuditLine;
import cn.eduinfo.audit.boundary.AuditQuery;
import cn.eduinfo.audit.boundary.AuditTrail;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
