package cn.eduinfo.account.view;

import cn.eduinfo.account.boundary.FilingLine;
import cn.eduinfo.account.boundary.HolderFilings;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * account/filings.xhtml ('持有人变更备案'): the changes of holder of provincial authorities' and MoE
 * universities' accounts filed with the CEEC, not yet acknowledged first; the security administrator
 * acknowledges each.
 */
@Named
@ViewScoped
public class FilingsBacking implements Serializable {

    @EJB
    HolderFilings filings;

    @Inject
    Messages messages;

    private List<FilingLine> lines = List.of();

    @PostConstruct
    void load() {
        lines = filings.list();
    }

    public void acknowledge(FilingLine line) {
        try {
            filings.acknowledge(line.id());
            messages.info("account.filings.done", line.username());
        } catch (DomainException e) {
            messages.error(e);
        }
        load();
    }

    public List<FilingLine> getLines() { return lines; }
}
