package cn.eduinfo.sync;

/**
 * The message keys of {@link RegistryError}, for the web bundles. Args are strings, in this order.
 *
 * <table>
 * <caption>Registry file errors (all fatal: nothing is applied)</caption>
 * <tr><th>key</th><th>line</th><th>args</th><th>meaning</th></tr>
 * <tr><td>registry.emptyFile</td><td>0</td><td>–</td><td>the file holds no organisation</td></tr>
 * <tr><td>registry.badEncoding</td><td>0</td><td>charset</td><td>the bytes are not valid in the declared encoding</td></tr>
 * <tr><td>registry.badHeader</td><td>1</td><td>header found</td><td>the first line is not the expected header</td></tr>
 * <tr><td>registry.missingTrailer</td><td>0</td><td>–</td><td>no {@code END,<n>} last line: the file is truncated</td></tr>
 * <tr><td>registry.badTrailer</td><td>n</td><td>trailer found</td><td>the {@code END} line is not {@code END,<number>}</td></tr>
 * <tr><td>registry.trailerCount</td><td>n</td><td>declared, actual</td><td>the trailer's count differs from the data lines: truncated</td></tr>
 * <tr><td>registry.badQuoting</td><td>n</td><td>–</td><td>a quote is unclosed or misplaced (RFC 4180)</td></tr>
 * <tr><td>registry.columnCount</td><td>n</td><td>expected, actual</td><td>wrong number of columns</td></tr>
 * <tr><td>registry.nameEmpty</td><td>n</td><td>–</td><td>the name is empty</td></tr>
 * <tr><td>registry.nameTooLong</td><td>n</td><td>length, maximum</td><td>the name is longer than 200 characters</td></tr>
 * <tr><td>registry.unknownKind</td><td>n</td><td>kind</td><td>kind is not one of MOE … HEI</td></tr>
 * <tr><td>registry.badCode</td><td>n</td><td>code, kind</td><td>the code is malformed for its kind</td></tr>
 * <tr><td>registry.unknownCategory</td><td>n</td><td>category</td><td>not a school category</td></tr>
 * <tr><td>registry.categoryMissing</td><td>n</td><td>kind</td><td>a school, teaching point or HEI without category</td></tr>
 * <tr><td>registry.categoryNotEmpty</td><td>n</td><td>category</td><td>an authority with a category</td></tr>
 * <tr><td>registry.categoryMismatch</td><td>n</td><td>category, code</td><td>the category is not the code's first two digits</td></tr>
 * <tr><td>registry.categoryKind</td><td>n</td><td>category, kind</td><td>HEIs need 41/42, schools and teaching points must not have it</td></tr>
 * <tr><td>registry.badDivision</td><td>n</td><td>division</td><td>the division is not a 6-digit code</td></tr>
 * <tr><td>registry.unknownStatus</td><td>n</td><td>status</td><td>status is not ACTIVE, CLOSED or MERGED</td></tr>
 * <tr><td>registry.successorMissing</td><td>n</td><td>–</td><td>a MERGED row without successor</td></tr>
 * <tr><td>registry.successorUnexpected</td><td>n</td><td>successor, status</td><td>a successor on a row that is not MERGED</td></tr>
 * <tr><td>registry.badDate</td><td>n</td><td>value</td><td>effective is not a yyyy-MM-dd date</td></tr>
 * <tr><td>registry.duplicateCode</td><td>n</td><td>code, first line</td><td>the code appeared already on an earlier line</td></tr>
 * <tr><td>registry.moeParent</td><td>n</td><td>parent</td><td>the MoE row has a parent</td></tr>
 * <tr><td>registry.parentMissing</td><td>n</td><td>–</td><td>a row other than the MoE without parent</td></tr>
 * <tr><td>registry.parentUnknown</td><td>n</td><td>parent</td><td>the parent is not in the file</td></tr>
 * <tr><td>registry.parentKind</td><td>n</td><td>parent, parent kind, kind</td><td>this kind cannot sit under that kind (e.g. a school under the MoE)</td></tr>
 * <tr><td>registry.parentNotActive</td><td>n</td><td>parent, parent status</td><td>an active row under a closed or merged parent</td></tr>
 * <tr><td>registry.parentCycle</td><td>n</td><td>codes of the cycle</td><td>parents form a cycle</td></tr>
 * <tr><td>registry.successorUnknown</td><td>n</td><td>successor</td><td>the successor is not in the file</td></tr>
 * <tr><td>registry.successorNotActive</td><td>n</td><td>successor, status</td><td>a new merger into a successor that is not active</td></tr>
 * <tr><td>registry.codeReused</td><td>n</td><td>code, current status</td><td>a code merged away comes back: voided codes are never reused</td></tr>
 * <tr><td>registry.categoryChanged</td><td>n</td><td>code, current category, category</td><td>a category change keeping its code (a change of category voids the code)</td></tr>
 * <tr><td>registry.kindChanged</td><td>n</td><td>code, current kind, kind</td><td>an existing code with another kind</td></tr>
 * <tr><td>registry.authorityOmitted</td><td>0</td><td>code, kind, name</td><td>an active authority of the system is not in the
 *     file: authorities are retired only by a CLOSED or MERGED row. An omission has no line of its own: 0, one error per authority</td></tr>
 * </table>
 */
public final class RegistryErrors {

    public static final String EMPTY_FILE = "registry.emptyFile";
    public static final String BAD_ENCODING = "registry.badEncoding";
    public static final String BAD_HEADER = "registry.badHeader";
    public static final String MISSING_TRAILER = "registry.missingTrailer";
    public static final String BAD_TRAILER = "registry.badTrailer";
    public static final String TRAILER_COUNT = "registry.trailerCount";
    public static final String BAD_QUOTING = "registry.badQuoting";
    public static final String COLUMN_COUNT = "registry.columnCount";
    public static final String NAME_EMPTY = "registry.nameEmpty";
    public static final String NAME_TOO_LONG = "registry.nameTooLong";
    public static final String UNKNOWN_KIND = "registry.unknownKind";
    public static final String BAD_CODE = "registry.badCode";
    public static final String UNKNOWN_CATEGORY = "registry.unknownCategory";
    public static final String CATEGORY_MISSING = "registry.categoryMissing";
    public static final String CATEGORY_NOT_EMPTY = "registry.categoryNotEmpty";
    public static final String CATEGORY_MISMATCH = "registry.categoryMismatch";
    public static final String CATEGORY_KIND = "registry.categoryKind";
    public static final String BAD_DIVISION = "registry.badDivision";
    public static final String UNKNOWN_STATUS = "registry.unknownStatus";
    public static final String SUCCESSOR_MISSING = "registry.successorMissing";
    public static final String SUCCESSOR_UNEXPECTED = "registry.successorUnexpected";
    public static final String BAD_DATE = "registry.badDate";
    public static final String DUPLICATE_CODE = "registry.duplicateCode";
    public static final String MOE_PARENT = "registry.moeParent";
    public static final String PARENT_MISSING = "registry.parentMissing";
    public static final String PARENT_UNKNOWN = "registry.parentUnknown";
    public static final String PARENT_KIND = "registry.parentKind";
    public static final String PARENT_NOT_ACTIVE = "registry.parentNotActive";
    public static final String PARENT_CYCLE = "registry.parentCycle";
    public static final String SUCCESSOR_UNKNOWN = "registry.successorUnknown";
    public static final String SUCCESSOR_NOT_ACTIVE = "registry.successorNotActive";
    public static final String CODE_REUSED = "registry.codeReused";
    public static final String CATEGORY_CHANGED = "registry.categoryChanged";
    public static final String KIND_CHANGED = "registry.kindChanged";
    public static final String AUTHORITY_OMITTED = "registry.authorityOmitted";

    private RegistryErrors() {
    }
}
