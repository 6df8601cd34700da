package org.casefile.store;

import java.util.EnumMap;
import java.util.Map;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.Platform;

/** Settings kept in the library: deadline rules per platform, and the library's own id. */
public final class SettingsRepository {
    private final Session session;

    SettingsRepository(Session session) {
        this.session = session;
    }

    public DeadlineSettings deadlineSettings() {
        Map<Platform, Integer> days = new EnumMap<>(Platform.class);
        session.query("SELECT platform, seller_response_days FROM platform_settings", rows -> {
            days.put(Platform.fromId(rows.getString(1)), rows.getInt(2));
            return null;
        });
        return new DeadlineSettings(days);
    }

    public void save(DeadlineSettings settings) {
        for (Platform platform : Platform.values()) {
            session.update("INSERT INTO platform_settings (platform, seller_response_days) VALUES (?, ?) "
                            + "ON CONFLICT (platform) DO UPDATE SET seller_response_days = excluded.seller_response_days",
                    platform, settings.sellerResponseDays(platform));
        }
    }

    /** A random id made when the library was created; calendar entries use it to stay the same across exports. */
    public String libraryId() {
        return session.query("SELECT value FROM meta WHERE key = 'library-id'", rows -> rows.getString(1))
                .stream().findFirst().orElseThrow(() -> new StoreException("The library has no id."));
    }
}
