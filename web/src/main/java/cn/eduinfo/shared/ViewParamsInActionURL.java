package cn.eduinfo.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts back to its page's address with the page's view parameters ({@code detail.xhtml?id=13}),
 * not the bare view ({@code detail.xhtml}): after a postback that is not AJAX (switching language,
 * suspending enrolment, downloads) the address bar still names the unit, so reloading or bookmarking it
 * shows the same page, and a postback from it once expired opens that page again, not an empty one.
 */
public class ViewParamsInActionURL extends ViewHandlerWrapper {

    public ViewParamsInActionURL(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() && !url.contains("?") ? '?' : '&')
                        .append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }
}
