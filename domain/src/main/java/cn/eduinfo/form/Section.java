package cn.eduinfo.form;

/**
 * The groups a form's indicators are shown in, in the order of the notice's areas. A closed set:
 * a new area is a code change (and a new pair of names), not a catalogue edit.
 */
public enum Section {
    CONNECTIVITY("接入与带宽", "Connectivity and bandwidth"),
    MULTIMEDIA_CLASSROOMS("多媒体教室", "Multimedia classrooms"),
    TERMINALS("师生终端", "Terminals for teachers and students"),
    WIRELESS("无线网络覆盖", "Wireless coverage"),
    LEARNING_SPACES("网络学习空间", "Cyber learning spaces"),
    DIGITAL_RESOURCES("数字教育资源", "Digital educational resources"),
    IT_TRAINING("信息技术应用能力培训", "Teacher training in IT"),
    FUNDING("经费投入", "Funding"),
    CYBERSECURITY("网络安全责任", "Cyber-security responsibility"),
    MIS("管理信息系统", "Management information systems"),
    CAMPUS_EGRESS("校园网出口带宽", "Campus network egress"),
    DATA_CENTRE("数据中心", "Data centre"),
    ONLINE_COURSES("在线开放课程", "Online open courses"),
    IT_STAFF("信息化工作人员", "IT staff");

    private final String nameZh;
    private final String nameEn;

    Section(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
