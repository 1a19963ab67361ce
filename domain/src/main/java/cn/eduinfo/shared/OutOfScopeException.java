package cn.eduinfo.shared;

/** The caller asked for something outside its own subtree or beyond its role. */
public class OutOfScopeException extends DomainException {

    public OutOfScopeException() {
        super("error.outOfScope");
    }
}
