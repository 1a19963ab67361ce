package cn.eduinfo.form.boundary;

import cn.eduinfo.form.Finding;
import java.io.Serializable;
import java.util.List;

/**
 * What became of a save: stored (with the new row version, and the fix-or-explain findings its
 * explanations answered) or refused with every finding, nothing stored.
 *
 * @param cells for an Excel upload, the cell of each finding (e.g. G12), in the same order; empty otherwise
 */
public record SaveOutcome(boolean saved, int rowVersion, int changedValues, List<Finding> findings, List<String> cells)
        implements Serializable {

    static SaveOutcome refused(List<Finding> findings, List<String> cells) {
        return new SaveOutcome(false, -1, 0, findings, cells);
    }
}
