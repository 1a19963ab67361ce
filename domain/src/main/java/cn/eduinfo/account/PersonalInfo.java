package cn.eduinfo.account;

import cn.eduinfo.shared.ContactText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Who holds an account: one person, one account, real name (第十三条). */
@Embeddable
public class PersonalInfo {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"']{1,64}@[^@\\s<>\"']{1,100}\\.[A-Za-z]{2,20}");

    @Column(name = "real_name", length = 50)
    private String realName;

    @Column(name = "position", length = 50)
    private String position;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "email", length = 100)
    private String email;

    protected PersonalInfo() {
    }

    public PersonalInfo(String realName, String position, String phone, String email) {
        this.realName = ContactText.stripped(realName);
        this.position = ContactText.stripped(position);
        this.phone = ContactText.stripped(phone);
        this.email = ContactText.stripped(email);
    }

    /** Message keys of each field that is missing or malformed. */
    public List<String> violations() {
        List<String> broken = new ArrayList<>();
        check(broken, realName, 50, ContactText.PLAIN_TEXT, "personal.realName.invalid");
        check(broken, position, 50, ContactText.PLAIN_TEXT, "personal.position.invalid");
        check(broken, phone, 20, ContactText.PHONE, "personal.phone.invalid");
        check(broken, email, 100, EMAIL, "personal.email.invalid");
        return broken;
    }

    private static void check(List<String> broken, String value, int max, Pattern pattern, String key) {
        if (!ContactText.fits(value, max, pattern)) {
            broken.add(key);
        }
    }

    public boolean isComplete() {
        return realName != null && position != null && phone != null && email != null;
    }

    /** A different real name means a different person now holds the account. */
    public boolean sameHolderAs(PersonalInfo other) {
        return other != null && Objects.equals(realName, other.realName);
    }


    public String getRealName() {
        return realName;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
