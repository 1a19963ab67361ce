package cn.eduinfo.account.view;

import cn.eduinfo.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** account/first-login.xhtml: set one's own password, then give one's personal information, then on to the home page. */
@Named
@ViewScoped
public class FirstLoginBacking extends MyAccountBacking {

    @Override
    String done() {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(SignedIn.NEEDS_SETUP_KEY, me.needsSetup());
        if (me.needsSetup()) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/home.xhtml?faces-redirect=true";
    }
}
