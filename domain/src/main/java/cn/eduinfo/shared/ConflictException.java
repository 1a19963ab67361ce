package cn.eduinfo.shared;

/** Someone else changed the thing since the caller read it: nothing was saved (optimistic locking, said plainly). */
public class ConflictException extends DomainException {

    public ConflictException(String key, Object... args) {
        super(key, args);
    }
}
