package cn.eduinfo.form;

/** What kind of value an indicator holds; {@link ValueParser} turns user input into its canonical text. */
public enum IndicatorType {
    INTEGER, DECIMAL, PERCENTAGE, YES_NO, CHOICE, TEXT;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENTAGE;
    }

    /** Counts and amounts: their sum over units means something, a sum of percentages does not. */
    public boolean isSummable() {
        return this == INTEGER || this == DECIMAL;
    }
}
