package org.casefile.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.casefile.domain.Author;
import org.casefile.domain.BankFacts;
import org.casefile.domain.Channel;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.CasefileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.domain.ClaimType;
import org.casefile.domain.Message;
import org.casefile.domain.Money;
import org.casefile.domain.Outcome;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.Resolution;
import org.casefile.domain.ReturnAttempt;
import org.casefile.domain.StatusChange;
import org.casefile.domain.text.Phrase;
import org.casefile.library.Library;
import org.casefile.store.Session;

/**
 * Realistic made-up cases for a first look and for benchmarks: every platform, claim, status and currency, seller
 * chats in English and Chinese. The content is repeatable (a fixed seed); dates are relative to today.
 */
public final class SampleCases {
    private static final String[][] ITEMS = {
            {"2TB portable SSD, USB-C, black", "Capacity", "2TB", "512GB"},
            {"Wireless earbuds with charging case, noise cancelling", "Noise cancelling", "Yes", "No"},
            {"Men's waterproof hiking jacket, size L, navy", "Size", "L", "S"},
            {"Ceramic non-stick frying pan, 28 cm", "Diameter", "28 cm", "24 cm"},
            {"Smart watch with heart-rate monitor and GPS", "GPS", "Built in", "Missing"},
            {"LED desk lamp with wireless charger", "Wireless charger", "Included", "Missing"},
            {"Mechanical keyboard, UK layout, brown switches", "Layout", "UK", "US"},
            {"Children's winter boots, EU 31, red", "Colour", "Red", "Pink"},
            {"Robot vacuum cleaner with mopping pad", "Mopping pad", "Included", "Not included"},
            {"Camping tent for 4 people, 3000 mm waterproof", "Capacity", "4 people", "2 people"},
            {"Bluetooth speaker, IPX7 waterproof, 20 W", "Power", "20 W", "5 W"},
            {"Cotton bed sheet set, king size, 400 thread count", "Size", "King", "Double"},
            {"Drone with 4K camera and two batteries", "Camera", "4K", "720p"},
            {"Stainless steel vacuum flask, 1 litre", "Volume", "1 litre", "500 ml"},
            {"Gaming mouse, wireless, 26000 DPI", "Connection", "Wireless", "Wired"},
            {"Electric toothbrush with travel case and 4 heads", "Brush heads", "4", "1"},
    };
    private static final String[][] SELLERS = {
            {"Yunda Digital Store", "Everbright Home Store", "Shenzhen Kelai Tech Store", "Lotus Outdoor Store"},
            {"TechZone Direct", "BrightHome UK", "Nordic Living EU", "Peak Gear Shop"},
            {"gadget_outlet_uk", "bargain-bay-deals", "homeware.clearance", "retro_finds_2019"},
            {"Lumina Home", "Starfield Gadgets", "Kido Kids Fashion", "Urban Trail"},
            {"Fenwick & Sons Online", "Coastline Electronics", "Maple Street Goods", "Atelier Nord"},
    };
    private static final String[][] PLACES = {
            {"GB", "GBP"}, {"GB", "GBP"}, {"GB", "GBP"}, {"US", "USD"}, {"US", "USD"}, {"DE", "EUR"}, {"FR", "EUR"},
            {"NL", "EUR"}, {"AU", "AUD"}, {"CA", "CAD"}, {"IE", "EUR"}, {"ES", "EUR"},
    };
    private static final String[] BUYERS = {"Alex Example", "Sam Sample", "Jo Placeholder", "Kim Test"};
    private static final String[] CARRIERS = {"Royal Mail", "USPS", "Cainiao", "YunExpress", "Evri", "DHL", "DPD",
            "Canada Post", "Australia Post"};
    private static final PaymentMethod[] PAYMENTS = {PaymentMethod.CREDIT_CARD, PaymentMethod.CREDIT_CARD,
            PaymentMethod.DEBIT_CARD, PaymentMethod.DEBIT_CARD, PaymentMethod.PAYPAL, PaymentMethod.PAYPAL,
            PaymentMethod.PLATFORM_BALANCE};
    private static final CaseStatus[][] PATHS = {
            {CaseStatus.NEW},
            {CaseStatus.SELLER_CONTACTED},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED, CaseStatus.SELLER_RESPONDED},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED, CaseStatus.SELLER_RESPONDED,
                    CaseStatus.ESCALATED},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED, CaseStatus.EXTERNAL_CLAIM},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED, CaseStatus.RESOLVED},
            {CaseStatus.SELLER_CONTACTED, CaseStatus.DISPUTE_OPENED, CaseStatus.ESCALATED, CaseStatus.RESOLVED,
                    CaseStatus.CLOSED},
    };
    private static final String[][] CHAT = {
            {"buyer", "{opening}"},
            {"seller", "您好，包裹已经发出，请耐心等待。Hello friend, the parcel is on the way, please wait 7 more days."},
            {"buyer", "{demand}"},
            {"seller", "Sorry for the trouble. We will resend a new one for you within 3 days, please do not open a dispute."},
            {"platform", "The buyer has opened a dispute. The seller has 5 days to respond."},
            {"seller", "亲，我们可以退款 30%，您看可以吗？We can offer a partial refund of 30%."},
            {"buyer", "No, thank you. A partial refund does not cover the problem. I want a full refund."},
            {"platform", "The dispute has been escalated. A mediator will review the evidence from both sides."},
            {"seller", "非常抱歉给您带来不便。We have checked with the warehouse and the item was packed correctly."},
            {"buyer", "I have attached photos of the item as it arrived next to the listing photo. 😞"},
    };

    private final Library library;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final ClaimService claims;
    private final Clock clock;

    public SampleCases(Library library, CaseService cases, EvidenceService evidence, ClaimService claims,
                       Clock clock) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
        this.claims = claims;
        this.clock = clock;
    }

    /** Adds {@code cases} cases with {@code messagesPerCase} messages each, all in one transaction; returns ids. */
    public List<Long> add(int cases, int messagesPerCase) {
        if (cases < 0 || messagesPerCase < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Random random = new Random(20261001L + library.database().read(s -> s.cases().count()));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        List<String> folders = new ArrayList<>();
        try {
            return library.database().write(session -> {
                Set<String> taken = session.cases().orderKeys();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < cases; i++) {
                    CaseFacts facts = facts(random, now.toLocalDate(), taken);
                    LocalDateTime opened = facts.orderedOn().atTime(9 + random.nextInt(10), random.nextInt(60));
                    LocalDateTime at = opened.plusDays(2);
                    long step = Math.max(1, ChronoUnit.HOURS.between(at, now) / 6);
                    List<StatusChange> path = new ArrayList<>();
                    for (CaseStatus status : PATHS[random.nextInt(PATHS.length)]) {
                        at = at.plusHours(step / 2 + random.nextLong(step / 2 + 1));
                        path.add(new StatusChange(at, status, note(status)));
                    }
                    List<Message> chat = new ArrayList<>();
                    LocalDateTime messageAt = opened.plusDays(1);
                    for (int m = 0; m < messagesPerCase; m++) {
                        String[] line = CHAT[m % CHAT.length];
                        messageAt = messageAt.plusMinutes(20 + random.nextInt(600));
                        chat.add(message(facts, messageAt, line[0], chatText(line[1], facts)));
                    }
                    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
                    long id = insert(session, facts, min(opened.plusDays(1), now), path, outcome, chat, folders);
                    ids.add(id);
                }
                return ids;
            });
        } catch (RuntimeException e) {
            folders.forEach(library::removeEmptyCaseFolder);
            throw e;
        }
    }

    /**
     * One hand-written case to look around in: a 2TB drive that arrived as 512GB, the seller stalling, the dispute
     * open and the seller's answer due in a few days.
     */
    public long addShowcase() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate ordered = now.toLocalDate().minusDays(34);
        List<String> folders = new ArrayList<>();
        try {
            long id = library.database().write(session -> {
                Set<String> taken = session.cases().orderKeys();
                long number = 8190441723650198L;
                while (taken.contains(Platform.ALIEXPRESS.id() + "/" + number)) {
                    number++;
                }
                CaseFacts facts = new CaseFacts(Platform.ALIEXPRESS, String.valueOf(number), "Yunda Digital Store",
                        "2TB portable SSD, USB-C 3.2, black", "https://www.aliexpress.com/item/1005006123456789.html",
                        ordered, Money.of("89.99", "GBP"), PaymentMethod.CREDIT_CARD, "GB", "LP00612345678901CN",
                        "Cainiao", ordered.plusDays(18), ordered.plusDays(60), ClaimType.NOT_AS_DESCRIBED,
                        Resolution.FULL_REFUND, null,
                        // Made up, and plainly so: what the bank needs to find the charge, as a buyer would fill it.
                        new BankFacts("Alex Example", "Flat 1, 2 Sample Road, Exampleton EX1 2MP", "4242",
                                "ALIEXPRESS*YUNDA DIGITAL", ordered, ordered.plusDays(16)),
                        // The buyer asked where to send the drive back; the seller answered with a resend promise.
                        ReturnAttempt.noAddress());
                LocalDateTime arrived = ordered.plusDays(16).atTime(18, 5);
                LocalDateTime disputed = now.minusDays(2).withHour(20).withMinute(15);
                List<StatusChange> path = List.of(
                        new StatusChange(arrived.plusHours(1), CaseStatus.SELLER_CONTACTED,
                                "Asked the seller through the order chat"),
                        new StatusChange(disputed, CaseStatus.DISPUTE_OPENED,
                                "Opened a not-as-described dispute with photos of the drive's properties"));
                List<Message> chat = List.of(
                        message(facts, arrived.plusMinutes(40), "buyer", "Hello, the SSD arrived today but my "
                                + "computer shows 512GB, not 2TB as in the listing. Photos attached. Please refund."),
                        translated(message(facts, arrived.plusHours(9), "seller", "亲，您好！Dear friend, please "
                                + "format the disk with our tool, then it will show 2TB."), "Hello, dear! Dear friend, "
                                + "please format the disk with our tool, then it will show 2TB."),
                        message(facts, arrived.plusHours(11), "buyer", "I formatted it as you asked. It still "
                                + "shows 512GB, and writing more than 512GB of files fails. I want a full refund."),
                        translated(message(facts, arrived.plusDays(2), "seller", "我们可以退款 10 英镑。We can "
                                + "give you £10 back and you keep the item, OK?"), "We can refund 10 pounds. We can "
                                + "give you £10 back and you keep the item, OK?"),
                        message(facts, arrived.plusDays(2).plusHours(1), "buyer", "No, thank you. The drive is "
                                + "not what I paid for. Please give me an address to send it back to, and refund "
                                + "the full £89.99."),
                        message(facts, arrived.plusDays(4), "seller", "Please wait, we will resend a 2TB one "
                                + "within 7 days. Do not open a dispute please."),
                        message(facts, disputed.minusHours(1), "buyer", "It has been more than 7 days and "
                                + "nothing was sent. I am opening a dispute."),
                        message(facts, disputed.plusMinutes(2), "platform", "The buyer has opened a dispute. The "
                                + "seller has 5 days to respond."));
                return insert(session, facts, arrived.plusMinutes(30), path, null, chat, folders);
            });
            addShowcaseEvidence(id);
            return id;
        } catch (RuntimeException e) {
            folders.forEach(library::removeEmptyCaseFolder);
            throw e;
        }
    }

    /**
     * The showcase's evidence, as a buyer would gather it: the listing screenshot, the drive as it arrived, what the
     * computer says of it and the parcel label; the listing paired with the drive, and the capacity row.
     */
    private void addShowcaseEvidence(long caseId) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("casefile-sample");
            long listing = importOne(evidence, caseId, EvidenceKind.LISTING, SampleImages.listing(folder));
            long drive = importOne(evidence, caseId, EvidenceKind.RECEIVED, SampleImages.received(folder));
            importOne(evidence, caseId, EvidenceKind.RECEIVED, SampleImages.capacity(folder));
            importOne(evidence, caseId, EvidenceKind.LABEL, SampleImages.label(folder));
            evidence.caption(caseId, listing, "The listing as ordered: 2TB for £89.99");
            evidence.caption(caseId, drive, "The drive that arrived: its own label says 512GB");
            claims.addDiscrepancy(caseId, "Capacity", "2TB (2000 GB)", "512GB (511 GB usable)");
            claims.addDiscrepancy(caseId, "Label on the drive", "2TB", "512GB");
            claims.addPair(caseId, listing, drive, "Listed as a 2TB drive; the drive that arrived is labelled 512GB");
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Sample.cannotDraw", String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static long importOne(EvidenceService evidence, long caseId, EvidenceKind kind, Path file) {
        ImportOutcome outcome = evidence.importFiles(caseId, kind, List.of(file), done -> { }, () -> false).get(0);
        if (outcome.status() == ImportOutcome.Status.REJECTED) {
            throw new CasefileException(Phrase.of("Sample.refused", String.valueOf(file.getFileName()),
                    outcome.reasonPhrase()));
        }
        return outcome.evidenceId();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A temporary folder of drawn pictures; the system cleans its temp folder.
        }
    }

    private long insert(Session session, CaseFacts facts, LocalDateTime created, List<StatusChange> path,
                        Outcome outcome, List<Message> chat, List<String> folders) {
        String folder = library.createCaseFolder(facts.orderedOn(), facts.platform().label(), facts.orderNumber());
        folders.add(folder);
        long id = session.cases().insert(facts, folder, created);
        if (facts.returned() != null) {
            session.cases().saveReturn(id, facts.returned(), created);
        }
        for (StatusChange change : path) {
            session.cases().changeStatus(id, change.status(),
                    change.status() == CaseStatus.RESOLVED ? outcome : null, change.at(), change.note());
        }
        for (Message message : chat) {
            session.messages().insert(new Message(0, id, message.at(), message.author(), message.authorName(),
                    message.channel(), message.text(), message.promise(), message.translation()));
        }
        return id;
    }

    private static Message message(CaseFacts facts, LocalDateTime at, String author, String text) {
        Author who = Author.fromId(author);
        return new Message(0, 0, at, who, who == Author.SELLER ? facts.seller() : null, Channel.ORDER_CHAT, text,
                text.contains("resend"));
    }

    /** The buyer's first complaint and demand depend on what went wrong. */
    /** The buyer's translation of a seller's message partly in Chinese, as the packet's reader needs it. */
    private static Message translated(Message message, String translation) {
        return new Message(message.id(), message.caseId(), message.at(), message.author(), message.authorName(),
                message.channel(), message.text(), message.promise(), translation);
    }

    private static String chatText(String line, CaseFacts facts) {
        String order = facts.orderNumber();
        return switch (line) {
            case "{opening}" -> switch (facts.claim()) {
                case NOT_RECEIVED -> "Hello, my order " + order + " has not arrived and the tracking has not moved "
                        + "for two weeks. Can you help?";
                case NOT_AS_DESCRIBED -> "Hello, the item from order " + order + " is not what the listing showed. "
                        + "Photos attached. Please help.";
                case DAMAGED -> "Hello, the item from order " + order + " arrived broken. Photos of the parcel and "
                        + "the damage attached.";
            };
            case "{demand}" -> switch (facts.claim()) {
                case NOT_RECEIVED -> "It is now past the expected delivery date. Please refund me in full.";
                case NOT_AS_DESCRIBED -> "What I received does not match the listing. I want a full refund.";
                case DAMAGED -> "It cannot be used. Please send a replacement or refund me in full.";
            };
            default -> line;
        };
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static CaseFacts facts(Random random, LocalDate today, Set<String> taken) {
        Platform platform = Platform.values()[random.nextInt(Platform.values().length)];
        String order;
        do {
            order = orderNumber(platform, random);
        } while (!taken.add(platform.id() + "/" + order));
        String[] item = ITEMS[random.nextInt(ITEMS.length)];
        String[] place = PLACES[random.nextInt(PLACES.length)];
        LocalDate ordered = today.minusDays(8 + random.nextInt(70));
        BigDecimal amount = BigDecimal.valueOf(4.99 + random.nextDouble() * 340).setScale(2, RoundingMode.HALF_UP);
        ClaimType claim = ClaimType.values()[random.nextInt(ClaimType.values().length)];
        PaymentMethod payment = PAYMENTS[random.nextInt(PAYMENTS.length)];
        String carrier = CARRIERS[random.nextInt(CARRIERS.length)];
        return new CaseFacts(platform, order, SELLERS[platform.ordinal()][random.nextInt(4)], item[0],
                "https://www.example.com/item/" + (100000 + random.nextInt(900000)), ordered,
                new Money(amount, Money.currency(place[1])), payment, place[0],
                "LP" + (10000000 + random.nextInt(90000000)) + "CN", carrier,
                ordered.plusDays(10 + random.nextInt(20)), ordered.plusDays(60 + random.nextInt(31)), claim,
                claim == ClaimType.NOT_AS_DESCRIBED && random.nextBoolean() ? Resolution.RETURN_AND_REFUND
                        : Resolution.FULL_REFUND, null, bankFacts(random, payment, ordered, claim), null);
    }

    /** What the bank needs to find the charge, made up as plainly as the rest, so a sample's packet is complete. */
    private static BankFacts bankFacts(Random random, PaymentMethod payment, LocalDate ordered, ClaimType claim) {
        boolean card = payment == PaymentMethod.CREDIT_CARD || payment == PaymentMethod.DEBIT_CARD;
        return new BankFacts(BUYERS[random.nextInt(BUYERS.length)],
                (1 + random.nextInt(98)) + " Sample Road, Exampleton EX1 2MP",
                card ? String.format("%04d", random.nextInt(10000)) : null,
                card ? "MARKETPLACE*ORDER " + (1000 + random.nextInt(9000)) : null,
                ordered, claim == ClaimType.NOT_RECEIVED ? null : ordered.plusDays(10 + random.nextInt(20)));
    }

    private static String orderNumber(Platform platform, Random random) {
        return switch (platform) {
            case ALIEXPRESS -> "81" + digits(random, 14);
            case AMAZON -> "2" + digits(random, 2) + "-" + digits(random, 7) + "-" + digits(random, 7);
            case EBAY -> digits(random, 2) + "-" + digits(random, 5) + "-" + digits(random, 5);
            case TEMU -> "PO-211-" + digits(random, 17);
            case OTHER -> "#" + digits(random, 6);
        };
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String note(CaseStatus status) {
        return switch (status) {
            case SELLER_CONTACTED -> "Asked the seller through the order chat";
            case DISPUTE_OPENED -> "Opened a dispute with photos attached";
            case ESCALATED -> "Asked the platform to step in";
            case EXTERNAL_CLAIM -> "Claim filed with the card issuer";
            default -> null;
        };
    }
}
