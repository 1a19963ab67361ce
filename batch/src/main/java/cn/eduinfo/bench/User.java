package cn.eduinfo.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One school administrator of the load: handed its account, signed in once, saving its own form. */
final class User {

    private static final Pattern VALUES = Pattern.compile("\"values\":(\\{[^{}]*\\})");
    private static final Pattern ROW_VERSION = Pattern.compile("\"rowVersion\":(\\d+)");
    /** A value toggled by one on every save, so that each save really changes the form (classrooms). */
    private static final String TOGGLED = "S0201";

    private final String base;
    private final long orgId;
    private final HttpClient client;
    private final String values;
    private final String explanations;
    private final int classrooms;
    private int rowVersion;
    private boolean up;

    private User(String base, long orgId, HttpClient client, String form) {
        this.base = base;
        this.orgId = orgId;
        this.client = client;
        this.values = FormSaveLoad.first(VALUES, form);
        this.rowVersion = Integer.parseInt(FormSaveLoad.first(ROW_VERSION, form));
        this.classrooms = Integer.parseInt(FormSaveLoad.first(Pattern.compile("\"" + TOGGLED + "\":\"(\\d+)\""), values));
        this.explanations = explainEvery(values);
    }

    static User handedOut(String base, FormSaveLoad load, String code, long orgId) throws Exception {
        String initial = load.issue(code);
        String password = "Bench#" + code;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        FormSaveLoad.send(client, json(base + "api/me/password", FormSaveLoad.basic(code + "A1", initial))
                .POST(body("{\"current\":\"" + initial + "\",\"new\":\"" + password + "\"}")).build(), 200);
        FormSaveLoad.send(client, json(base + "api/me/personal-info", FormSaveLoad.basic(code + "A1", password))
                .PUT(body("{\"realName\":\"测试员\",\"position\":\"信息管理员\",\"phone\":\"0898-66660000\",\"email\":\"t" + code + "@example.cn\"}")).build(), 200);
        FormSaveLoad.send(client, json(base + "api/session", FormSaveLoad.basic(code + "A1", password))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        String form = FormSaveLoad.send(client, HttpRequest.newBuilder(URI.create(base + "api/forms/" + orgId + "/current")).build(), 200);
        return new User(base, orgId, client, form);
    }

    int valueCount() {
        return values.split("\":\"").length - 1;
    }

    void save() throws Exception {
        String reply = FormSaveLoad.send(client, json(base + "api/forms/" + orgId + "/current", null).PUT(body(payload())).build(), 200);
        rowVersion = Integer.parseInt(FormSaveLoad.first(ROW_VERSION, reply));
        up = !up;
    }

    void echo() throws Exception {
        FormSaveLoad.send(client, json(base + "api/echo", null).PUT(body(payload())).build(), 200);
    }

    private String payload() {
        String toggled = values.replaceFirst("\"" + TOGGLED + "\":\"\\d+\"",
                Matcher.quoteReplacement("\"" + TOGGLED + "\":\"" + (up ? classrooms : classrooms + 1) + "\""));
        return "{\"rowVersion\":" + rowVersion + ",\"values\":" + toggled + ",\"explanations\":" + explanations + "}";
    }

    /**
     * An explanation for every value: the demo data's values are drawn at random, so a county's
     * schools are each other's outliers, and a real filler would explain them (fix-or-explain).
     */
    private static String explainEvery(String values) {
        StringBuilder json = new StringBuilder("{");
        Matcher key = Pattern.compile("\"(\\w+)\":\"").matcher(values);
        while (key.find()) {
            json.append(json.length() > 1 ? "," : "").append('"').append(key.group(1)).append("\":\"本校实际情况，已核实\"");
        }
        return json.append('}').toString();
    }

    private static HttpRequest.Builder json(String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(FormSaveLoad.timeout()).header("Content-Type", "application/json");
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8);
    }
}
