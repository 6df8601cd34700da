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

    static byte[] html() {
        return HTML;
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
