package cn.eduinfo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One person, one account, real name (第十三条): validation and the holder history. */
class PersonalInfoTest {

    private static final Instant T1 = Instant.parse("2025-04-01T01:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-01T01:00:00Z");
    private static final Instant T3 = Instant.parse("2025-06-01T01:00:00Z");

    private static PersonalInfo valid() {
        return new PersonalInfo("王芳", "信息科科长", "0898-6533 1234", "wang.fang@edu.hainan.gov.cn");
    }

    private static Account account() {
        Organisation moe = Organisation.moe("教育部");
        Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
        return Account.generated(hainan, Role.REVIEWER, T1);
    }

    @Test
    void validInfoHasNoViolationsAndIsComplete() {
        PersonalInfo info = valid();
        assertEquals(List.of(), info.violations());
        assertTrue(info.isComplete());
    }

    @Test
    void fieldsAreTrimmedAndBlankIsMissing() {
        PersonalInfo info = new PersonalInfo("  王芳 ", "   ", "\t13800138000 ", null);
        assertEquals("王芳", info.getRealName());
        assertNull(info.getPosition());
        assertEquals("13800138000", info.getPhone());
        assertNull(info.getEmail());
        assertFalse(info.isComplete());
    }

    @Test
    void everyMissingFieldIsReported() {
        assertEquals(List.of("personal.realName.invalid", "personal.position.invalid",
                        "personal.phone.invalid", "personal.email.invalid"),
                new PersonalInfo(null, "", "  ", null).violations());
    }

    @Test
    void oversizedFieldsAreReported() {
        assertEquals(List.of("personal.realName.invalid"),
                new PersonalInfo("王".repeat(51), "科长", "13800138000", "a@b.cn").violations());
        assertEquals(List.of(), new PersonalInfo("王".repeat(50), "科长", "13800138000", "a@b.cn").violations());
        assertEquals(List.of("personal.position.invalid"),
                new PersonalInfo("王芳", "x".repeat(51), "13800138000", "a@b.cn").violations());
        assertEquals(List.of("personal.phone.invalid"),
                new PersonalInfo("王芳", "科长", "1".repeat(21), "a@b.cn").violations());
        String longEmail = "a".repeat(64) + "@" + "b".repeat(33) + ".cn"; // 101 characters
        assertEquals(101, longEmail.length());
        assertEquals(List.of("personal.email.invalid"),
                new PersonalInfo("王芳", "科长", "13800138000", longEmail).violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "王芳<b>", "O'Brien", "\"quoted\"", "a;drop table", "back`tick", "x\\y"})
    void scriptAndMarkupFragmentsAreRefusedInNameAndPosition(String bad) {
        assertEquals(List.of("personal.realName.invalid"),
                new PersonalInfo(bad, "科长", "13800138000", "a@b.cn").violations());
        assertEquals(List.of("personal.position.invalid"),
                new PersonalInfo("王芳", bad, "13800138000", "a@b.cn").violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "phone123", "138-0013-8000x", "<script>", "+86 138 0013 8000 ext 1"})
    void badPhonesAreRefused(String phone) {
        assertEquals(List.of("personal.phone.invalid"),
                new PersonalInfo("王芳", "科长", phone, "a@b.cn").violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 138 0013 8000", "(0898) 6533-1234", "12345"})
    void plausiblePhonesAreAccepted(String phone) {
        assertEquals(List.of(), new PersonalInfo("王芳", "科长", phone, "a@b.cn").violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "a@b", "@b.cn", "a@.cn", "a@@b.cn", "a b@c.cn", "a@b.c",
            "<script>@x.cn", "a@b.c0m", "\"x\"@y.cn"})
    void badEmailsAreRefused(String email) {
        assertEquals(List.of("personal.email.invalid"),
                new PersonalInfo("王芳", "科长", "13800138000", email).violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "wang.fang+edu@mail.hainan.gov.cn", "x_y@example.com"})
    void plausibleEmailsAreAccepted(String email) {
        assertEquals(List.of(), new PersonalInfo("王芳", "科长", "13800138000", email).violations());
    }

    @Test
    void sameHolderIsDecidedByRealName() {
        assertTrue(valid().sameHolderAs(new PersonalInfo("王芳", "副厅长", "13800138000", "x@y.cn")));
        assertFalse(valid().sameHolderAs(new PersonalInfo("李明", "信息科科长", "0898-6533 1234", "wang.fang@edu.hainan.gov.cn")));
        assertFalse(valid().sameHolderAs(null));
    }

    @Test
    void theFirstRecordIsNotAChangeOfHolder() {
        Account a = account();
        assertFalse(a.recordPersonalInfo(valid(), T1));
        assertEquals("王芳", a.getPersonalInfo().getRealName());
        assertEquals(1, a.getHolders().size());
        assertTrue(a.getHolders().get(0).isCurrent());
        assertEquals(T1, a.getHolders().get(0).getValidFrom());
    }

    @Test
    void theSamePersonUpdatingDetailsIsNotAChangeOfHolder() {
        Account a = account();
        a.recordPersonalInfo(valid(), T1);
        PersonalInfo updated = new PersonalInfo("王芳", "副处长", "13800138000", "wf@hainan.gov.cn");
        assertFalse(a.recordPersonalInfo(updated, T2));
        assertEquals("副处长", a.getPersonalInfo().getPosition());
        assertEquals("13800138000", a.getPersonalInfo().getPhone());
    }

    @Test
    void aDifferentRealNameIsAChangeOfHolder() {
        Account a = account();
        a.recordPersonalInfo(valid(), T1);
        assertTrue(a.recordPersonalInfo(new PersonalInfo("李明", "信息科科长", "13900139000", "liming@hainan.gov.cn"), T2));
        assertEquals("李明", a.getPersonalInfo().getRealName());
    }

    @Test
    void invalidInfoIsRefusedAndNothingIsRecorded() {
        Account a = account();
        a.recordPersonalInfo(valid(), T1);
        DomainException e = assertThrows(DomainException.class,
                () -> a.recordPersonalInfo(new PersonalInfo("<script>alert(1)</script>", "科长", "13800138000", "a@b.cn"), T2));
        assertEquals("personal.realName.invalid", e.key());
        assertEquals("王芳", a.getPersonalInfo().getRealName());
        assertEquals(1, a.getHolders().size());
        assertTrue(a.getHolders().get(0).isCurrent());

        DomainException email = assertThrows(DomainException.class,
                () -> a.recordPersonalInfo(new PersonalInfo("王芳", "科长", "13800138000", "not-an-email"), T2));
        assertEquals("personal.email.invalid", email.key());
    }

    @Test
    void holderHistoryGrowsAndOnlyTheNewestIsCurrent() {
        Account a = account();
        PersonalInfo first = valid();
        PersonalInfo second = new PersonalInfo("李明", "科长", "13900139000", "liming@hainan.gov.cn");
        PersonalInfo third = new PersonalInfo("李明", "处长", "13900139001", "liming@hainan.gov.cn");
        a.recordPersonalInfo(first, T1);
        a.recordPersonalInfo(second, T2);
        a.recordPersonalInfo(third, T3);

        List<HolderRecord> holders = a.getHolders();
        assertEquals(3, holders.size());
        assertEquals(1, holders.stream().filter(HolderRecord::isCurrent).count());

        // Newest first.
        assertSame(third, holders.get(0).getInfo());
        assertTrue(holders.get(0).isCurrent());
        assertEquals(T3, holders.get(0).getValidFrom());
        assertNull(holders.get(0).getValidTo());

        assertSame(second, holders.get(1).getInfo());
        assertFalse(holders.get(1).isCurrent());
        assertEquals(T2, holders.get(1).getValidFrom());
        assertEquals(T3, holders.get(1).getValidTo());

        assertSame(first, holders.get(2).getInfo());
        assertFalse(holders.get(2).isCurrent());
        assertEquals(T1, holders.get(2).getValidFrom());
        assertEquals(T2, holders.get(2).getValidTo());
    }

    @Test
    void holderHistoryCannotBeEditedFromOutside() {
        Account a = account();
        a.recordPersonalInfo(valid(), T1);
        assertThrows(UnsupportedOperationException.class, () -> a.getHolders().clear());
    }

    @Test
    void aFreshAccountHasAnEmptyButNonNullPersonalInfo() {
        Account a = account();
        assertFalse(a.getPersonalInfo().isComplete());
        assertNull(a.getPersonalInfo().getRealName());
    }
}
