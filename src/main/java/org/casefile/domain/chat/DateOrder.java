package org.casefile.domain.chat;

import org.casefile.domain.Choice;

/** How to read 05/10/2026: the buyer's locale decides, and the preview shows which was used. */
public enum DateOrder implements Choice {
    DAY_FIRST,
    MONTH_FIRST;

    /**
     * Month first for the United States and the few others that write dates that way; day first elsewhere. Without
     * a country on the case, the computer's own locale decides (its format locale: the window's language may have
     * become the JVM's default one).
     */
    public static DateOrder forCountry(String country) {
        String where = country != null ? country : java.util.Locale.getDefault(java.util.Locale.Category.FORMAT).getCountry();
        return java.util.Set.of("US", "PH", "FM", "MH", "PW", "CA").contains(where) ? MONTH_FIRST : DAY_FIRST;
    }
}
