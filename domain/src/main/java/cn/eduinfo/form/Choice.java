package cn.eduinfo.form;

import java.io.Serializable;
/** One answer of a one-of-a-list indicator: the code is what is stored, the names what is shown. */
public record Choice(String code, String nameZh, String nameEn) implements Serializable {
}
