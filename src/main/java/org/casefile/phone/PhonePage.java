package org.casefile.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The page the phone opens and its script: the only two things the upload server ever serves. */
final class PhonePage {
    private static final byte[] HTML = resource("page.html");
    private static final byte[] SCRIPT = resource("app.js");

    private PhonePage() {
    }

    /** The page, its script named by the absolute secret path (the link has no trailing slash to resolve from). */
    static byte[] html(String secret) {
        return new String(HTML, java.nio.charset.StandardCharsets.UTF_8).replace("{{secret}}", secret)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] script() {
        return SCRIPT;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PhonePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " in this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
