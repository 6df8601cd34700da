package org.casefile.domain;

import java.util.EnumMap;
import java.util.Map;
import org.casefile.domain.text.Phrase;

/** The buyer's settings for deadline rules: how many days a seller has to answer a dispute, per platform. */
public record DeadlineSettings(Map<Platform, Integer> sellerResponseDays) {
    public static final int DEFAULT_SELLER_RESPONSE_DAYS = 5;
    public static final DeadlineSettings DEFAULT = new DeadlineSettings(Map.of());

    public DeadlineSettings {
        for (Map.Entry<Platform, Integer> entry : sellerResponseDays.entrySet()) {
            if (entry.getValue() < 1 || entry.getValue() > 60) {
                throw new CasefileException(Phrase.of("DeadlineSettings.outOfRange", entry.getValue(),
                        entry.getKey().phrase()));
            }
        }
        sellerResponseDays = Map.copyOf(new EnumMap<>(sellerResponseDays.isEmpty()
                ? Map.of(Platform.OTHER, DEFAULT_SELLER_RESPONSE_DAYS) : sellerResponseDays));
    }

    public int sellerResponseDays(Platform platform) {
        return sellerResponseDays.getOrDefault(platform, DEFAULT_SELLER_RESPONSE_DAYS);
    }
}
