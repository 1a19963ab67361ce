package cn.eduinfo.org.view;

import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

/** org/browse.xhtml: my subtree as a tree loaded level by level, and a search by code or name. */
@Named
@ViewScoped
public class OrgBrowseBacking implements Serializable {

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private OrgSummary mine;
    private TreeNode<OrgSummary> root;
    private String query;
    private List<OrgSummary> results;

    @PostConstruct
    void load() {
        mine = organisations.mine();
        // A hidden root (no data) whose one child is my own unit, shown expanded.
        root = new LazyDefaultTreeNode<>(null, this::childrenOf, o -> o != null && o.isLeaf());
        root.getChildren().get(0).setExpanded(true);
    }

    private List<OrgSummary> childrenOf(OrgSummary parent) {
        return parent == null ? List.of(mine) : organisations.children(parent.id());
    }

    public void search() {
        try {
            results = organisations.search(query);
            if (results.isEmpty()) {
                messages.info("search.none");
            }
        } catch (DomainException e) {
            results = List.of();
            messages.error(e);
        }
    }

    public TreeNode<OrgSummary> getRoot() {
        return root;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<OrgSummary> getResults() {
        return results;
    }
}
