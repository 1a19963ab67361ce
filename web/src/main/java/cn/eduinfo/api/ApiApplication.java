package cn.eduinfo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API (HTTP Basic), scoped like the screens: every call goes through the same boundaries. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
