package org.casefile.domain.chat;

import java.util.Set;
import org.casefile.domain.Author;

/**
 * Who a sender label stands for. The buyer's own label in each language the chat pages use ("You", "Me", "Moi",
 * "Yo", "Ich", "나", "저", "Eu", "我", and the "you" forms), the platform's, the seller's; any other name is the
 * seller's. Labels are compared folded, so "Käufer", "KAUFER" and "käufer" are one.
 */
final class Senders {
    static final int MAX_NAME = 60;
    private static final Set<String> BUYER = folded("you", "me", "i", "buyer", "myself", "moi", "vous", "toi", "je",
            "acheteur", "acheteuse", "yo", "tú", "usted", "vos", "comprador", "compradora", "ich", "du", "sie",
            "käufer", "käuferin", "eu", "você", "vc", "나", "저", "본인", "구매자", "我", "你", "您", "买家", "買家");
    private static final Set<String> PLATFORM = folded("platform", "system", "aliexpress", "temu", "amazon", "ebay",
            "customer service", "aliexpress customer service", "amazon customer service", "ebay customer support",
            "temu customer service", "mediator", "系统", "平台", "système", "plateforme", "service client",
            "sistema", "plataforma", "atención al cliente", "servicio al cliente", "plattform", "kundenservice",
            "atendimento", "atendimento ao cliente", "시스템", "플랫폼", "고객센터");
    private static final Set<String> SELLER = folded("seller", "store", "shop", "卖家", "賣家", "商家", "店铺",
            "vendeur", "vendeuse", "boutique", "vendedor", "vendedora", "tienda", "verkäufer", "verkäuferin",
            "händler", "loja", "판매자", "셀러", "상점");

    private Senders() {
    }

    /** A sender: who it is and, for a seller, the name to show. */
    record Sender(Author author, String name) {
    }

    /** Who a name stands for, or null when it is not a sender; {@code trusted} files an unknown name as seller. */
    static Sender of(String name, String sellerName, boolean trusted) {
        String key = name.strip().replaceAll("[:：]$", "").strip();
        String folded = CalendarWords.fold(key);
        if (key.isEmpty() || key.length() > MAX_NAME || key.matches(".*\\d{4,}.*")) {
            return null;
        }
        if (BUYER.contains(folded)) {
            return new Sender(Author.BUYER, null);
        }
        if (PLATFORM.contains(folded)) {
            return new Sender(Author.PLATFORM, null);
        }
        if (SELLER.contains(folded)) {
            return new Sender(Author.SELLER, sellerName);
        }
        if (sellerName != null && folded.equals(CalendarWords.fold(sellerName.strip()))) {
            return new Sender(Author.SELLER, sellerName.strip());
        }
        return trusted ? new Sender(Author.SELLER, key) : null;
    }

    private static Set<String> folded(String... labels) {
        return java.util.Arrays.stream(labels).map(CalendarWords::fold).collect(java.util.stream.Collectors
                .toUnmodifiableSet());
    }
}
