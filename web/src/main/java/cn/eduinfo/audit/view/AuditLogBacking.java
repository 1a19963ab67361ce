package cn.eduinfo.audit.view;

import cn.eduinfo.audit.boundary.AuditLine;
import cn.eduinfo.audit.boundary.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** audit/log.xhtml: the trail, newest first, page by page; for the audit administrator only. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @EJB
    AuditTrail trail;

    private String actor;

    private final LazyDataModel<AuditLine> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(actor);
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.latest(actor, first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine entry) {
            return String.valueOf(entry.id());
        }
    };

    public LazyDataModel<AuditLine> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
