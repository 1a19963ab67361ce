package cn.eduinfo.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the phase-1 system, as its register listed it: the school it belonged to (Phase1Register). */
@Entity
@Table(name = "phase1_account")
public class Phase1Account {

    @Id
    @Column(length = 40)
    private String username;

    @Column(name = "school_code", nullable = false, length = 10)
    private String schoolCode;

    protected Phase1Account() {
    }

    public Phase1Account(Phase1Register.Entry entry) {
        this.username = entry.username();
        this.schoolCode = entry.schoolCode();
    }

    public String getUsername() {
        return username;
    }

    public String getSchoolCode() {
        return schoolCode;
    }
}
