package cn.eduinfo.org.view;

import cn.eduinfo.org.OrgKind;
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

    /**
     * What a node of the tree shows and links to: the view keeps every node loaded, and the session keeps
     * the view (stored whole after each request in the group), so not the whole OrgSummary of each.
     */
    public record Node(long id, String code, String name, OrgKind kind) implements Serializable {

        static Node of(OrgSummary o) {
            return new Node(o.id(), o.code(), o.name(), o.kind());
        }
    }

    @EJB
    Organisations organisations;

    @Inject
    Messages messages;

    private Node mine;
    private TreeNode<Node> root;
    private String query;
    private List<OrgSummary> results;

    @PostConstruct
    void load() {
        mine = Node.of(organisations.mine());
        // A hidden root (no data) whose one child is my own unit, shown expanded.
        // Schools, teaching points and HEIs have no subordinates in the tree.
        root = new LazyDefaultTreeNode<>(null, this::childrenOf, o -> o != null && !o.kind().isAuthority());
        root.getChildren().get(0).setExpanded(true);
    }

    private List<Node> childrenOf(Node parent) {
        return parent == null ? List.of(mine) : organisations.children(parent.id()).stream().map(Node::of).toList();
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

    public TreeNode<Node> getRoot() {
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
