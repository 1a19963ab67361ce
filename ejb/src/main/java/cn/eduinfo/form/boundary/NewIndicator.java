package cn.eduinfo.form.boundary;

import cn.eduinfo.form.Audience;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.form.IndicatorType;
import cn.eduinfo.form.Section;
import cn.eduinfo.shared.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An indicator the MoE adds on screen: typed (not derived, not a list), asked of every unit filling the form. */
public record NewIndicator(String code, Section section, String nameZh, String nameEn, String unit, IndicatorType type,
                           BigDecimal min, BigDecimal max, boolean required) implements Serializable {

    Indicator toIndicator(FormKind kind) {
        if (type == null || type == IndicatorType.CHOICE || section == null) {
            throw new DomainException("form.catalogue.fieldMissing", section == null ? "section" : "type");
        }
        return new Indicator(code, section, nameZh, nameEn, unit, type, min, max, required, List.of(), null,
                Audience.allOf(kind), "", "");
    }
}
