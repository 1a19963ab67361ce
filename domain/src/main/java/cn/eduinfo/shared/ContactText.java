package cn.eduinfo.shared;

import java.util.regex.Pattern;

/** What people type as contact details (account holders, technical support units): phone numbers, plain text without markup. */
public final class ContactText {

    public static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");
    public static final Pattern PLAIN_TEXT = Pattern.compile("[^<>\"'`;\\\\]*");

    private ContactText() {
    }

    /** Given, at most {@code max} characters, and of the pattern. */
    public static boolean fits(String value, int max, Pattern pattern) {
        return value != null && !value.isEmpty() && value.length() <= max && pattern.matcher(value).matches();
    }

    /** The text without surrounding blanks; null when nothing is left. */
    public static String stripped(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
