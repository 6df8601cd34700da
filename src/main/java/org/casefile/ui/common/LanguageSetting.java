package org.casefile.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.casefile.domain.text.Language;

/**
 * The window's language as chosen in Settings, kept in the library's settings file next to the window's size
 * ({@link WindowSettings}); without a choice the window follows the computer's language.
 */
public final class LanguageSetting {
    static final String KEY = "window.language";

    private final SettingsFile file;

    public LanguageSetting(Path libraryRoot) {
        this.file = new SettingsFile(libraryRoot);
    }

    /** The language chosen in Settings, if one was. */
    public Optional<Language> chosen() {
        return Language.ofCode(file.load().getProperty(KEY, ""));
    }

    /** What the window speaks: the chosen language, else the computer's (English if Casefile does not speak it). */
    public Language language() {
        return chosen().orElseGet(() -> Language.of(Words.computerLocale()));
    }

    /** Keeps the choice; empty goes back to following the computer. */
    public void choose(Optional<Language> language) throws IOException {
        Properties p = file.load();
        language.ifPresentOrElse(l -> p.setProperty(KEY, l.code()), () -> p.remove(KEY));
        file.store(p);
    }
}
