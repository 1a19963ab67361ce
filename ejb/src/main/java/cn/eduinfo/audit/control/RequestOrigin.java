package cn.eduinfo.audit.control;

import jakarta.enterprise.context.RequestScoped;

/** The client address of the current request, set by the web tier so that the trail can say 'from where'. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
