package org.casefile.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/casefile/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
