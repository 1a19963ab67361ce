package cn.eduinfo.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** Set while a link's or a redirect's address is built: it names its own parameters (the faces runtime builds it on the action URL). */
    private static final String OWN_PARAMETERS = ViewParamsInActionURL.class.getName() + ".ownParameters";

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || context.getAttributes().containsKey(OWN_PARAMETERS)) {
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

    /**
     * A link to another unit or quarter of the same page ({@code detail.xhtml?id=14} from {@code ?id=13}) takes only its
     * own parameters: the page's, put first, would win, and the link would lead back to the page it is on.
     */
    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withOwnParameters(context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return withOwnParameters(context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String withOwnParameters(FacesContext context, Supplier<String> url) {
        context.getAttributes().put(OWN_PARAMETERS, Boolean.TRUE);
        try {
            return url.get();
        } finally {
            context.getAttributes().remove(OWN_PARAMETERS);
        }
    }
}
