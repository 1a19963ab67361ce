package cn.eduinfo.platform.view;

import cn.eduinfo.account.Phase1Register;
import cn.eduinfo.account.boundary.Phase1Links;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** platform/phase1.xhtml (一期系统账号, notice §1(1)): the MoE information centre loads the register of phase 1's accounts. */
@Named
@ViewScoped
public class Phase1RegisterBacking implements Serializable {

    @EJB
    Phase1Links links;

    @Inject
    Messages messages;

    private Phase1Links.Register register;
    private List<Phase1Register.Problem> problems = List.of();

    @PostConstruct
    void refresh() {
        register = links.register();
    }

    public void upload(FileUploadEvent event) {
        try {
            Phase1Links.Loaded loaded = links.load(event.getFile().getFileName(), event.getFile().getInputStream().readAllBytes());
            problems = loaded.problems();
            if (problems.isEmpty()) {
                messages.info("phase1.loaded", loaded.accounts(), loaded.unlinked());
            } else {
                messages.error("phase1.file.refused");
            }
        } catch (DomainException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("sync.unreadable");
        }
        refresh();
    }

    public String problemText(Phase1Register.Problem p) {
        return messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), p.key(), p.args().toArray());
    }

    public Phase1Links.Register getRegister() { return register; }
    public List<Phase1Register.Problem> getProblems() { return problems; }
}
