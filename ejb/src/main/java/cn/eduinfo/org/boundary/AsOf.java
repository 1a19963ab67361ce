package cn.eduinfo.org.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A unit as it stood on a date: whether it existed, and its name · superior · status then. */
public record AsOf(LocalDate date, boolean existed, String state) implements Serializable {
}
