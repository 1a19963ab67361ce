package cn.eduinfo.form;

import java.io.Serializable;
/** One value that differs between two savings; null stands for 'no value'. */
public record ValueChange(String code, String oldValue, String newValue) implements Serializable {
}
