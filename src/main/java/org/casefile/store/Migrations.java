package org.casefile.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The numbered SQL scripts under {@code store/migrations}; script N brings the schema to user_version N. */
final class Migrations {
    /** Add a file NNN_name.sql and its name here; the list position is its version. */
    private static final List<String> SCRIPTS = List.of("001_initial.sql", "002_deadlines.sql", "003_search.sql",
            "004_evidence_media.sql", "005_bank_facts.sql", "006_redactions.sql", "007_email.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static List<String> statements(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + name);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements at a closing semicolon, keeping trigger bodies (BEGIN ... END;) whole. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.endsWith("BEGIN")) {
                inBody = true;
            } else if (inBody && upper.equals("END;")) {
                inBody = false;
            }
            if (!inBody && trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
