package cn.eduinfo.reporting.boundary;

import java.io.Serializable;
import java.util.List;

/** What a reviewer's acceptance of several subordinates did: the units accepted, and those that could not be, with why. */
public record AcceptedMany(List<String> accepted, List<NotAccepted> notAccepted) implements Serializable {

    /** @param key the refusal's message key, with its arguments */
    public record NotAccepted(String unit, String key, List<Object> args) implements Serializable {
    }
}
