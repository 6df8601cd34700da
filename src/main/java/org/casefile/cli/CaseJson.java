package org.casefile.cli;

import java.util.List;
import org.casefile.app.CaseDetails;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.Money;

/** The JSON of {@code show --json}, field for field as DESIGN.md's contract names them. */
record CaseJson(long id, String platform, String orderNumber, String item, String seller, String claim,
                String status, String outcome, MoneyJson paid, String payment, String country, String orderedOn,
                String expectedDelivery, String protectionEnds, String trackingNumber, String carrier,
                String listingUrl, String resolution, MoneyJson refundAsked, String folder, List<EvidenceJson> evidence,
                List<PairJson> pairs, List<DiscrepancyJson> discrepancies, List<MessageJson> messages,
                List<TimelineJson> timeline, List<RouteJson> routes, List<DeadlineJson> deadlines,
                NextStepJson nextStep, String description, List<OfferJson> offers, String reminder,
                List<org.casefile.domain.Checklist.Item> checklist, List<String> flags, String buyerName,
                String deliveryAddress, String cardLast4, String statementName, String charged, String received,
                ReturnJson returnAttempt) {

    /** {@code kind} is sent, refused or no-address; the dates and carrier only for one that was sent. */
    record ReturnJson(String kind, String sent, String carrier, String tracking, String sellerReceived) {
        static ReturnJson of(org.casefile.domain.ReturnAttempt r) {
            return r == null ? null : new ReturnJson(r.kind().id(), Json.date(r.sentOn()), r.carrier(), r.tracking(),
                    Json.date(r.sellerReceivedOn()));
        }
    }

    record MoneyJson(String amount, String currency) {
        static MoneyJson of(Money money) {
            return money == null ? null
                    : new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record MessageJson(long id, String at, String author, String authorName, String channel, boolean promise,
                       String text, List<Long> attachments, String translation) {
    }

    record TimelineJson(String at, String type, String text) {
    }

    record RouteJson(String route, boolean eligible, String reason, String source) {
    }

    /** {@code source} is the fact the date was worked out from; {@code ruleSource} where the rule comes from. */
    record DeadlineJson(String kind, String date, boolean done, String state, String rule, String ruleSource,
                        String source) {
    }

    record DiscrepancyJson(long id, String attribute, String advertised, String received) {
    }

    record PairJson(long id, long listingId, long receivedId, String caption) {
    }

    record NextStepJson(String action, String by, String source) {
    }

    record EvidenceJson(long id, String kind, String path, String sha256, long size, String mediaType, Integer width,
                        Integer height, String capturedAt, Integer orientation, boolean hasGps, String originalName,
                        String caption, Double durationSeconds, List<BoxJson> redactions) {
    }

    record BoxJson(int x, int y, int w, int h) {
    }

    record OfferJson(long id, String at, MoneyJson amount, String decision, String reason) {
    }

    static CaseJson of(CaseDetails details, java.time.LocalDate today) {
        Case c = details.theCase();
        CaseFacts f = c.facts();
        return new CaseJson(c.id(), f.platform().id(), f.orderNumber(), f.item(), f.seller(), f.claim().id(),
                c.status().id(), c.outcome() == null ? null : c.outcome().id(), MoneyJson.of(f.paid()),
                f.payment().id(), f.country(), Json.date(f.orderedOn()), Json.date(f.expectedDelivery()),
                Json.date(f.protectionEnds()), f.trackingNumber(), f.carrier(), f.listingUrl(),
                f.resolution().id(), MoneyJson.of(f.refundAsked()), c.folder(),
                details.evidence().stream().map(e -> new EvidenceJson(e.id(), e.kind().id(), e.path(), e.sha256(),
                        e.size(), e.mime(), e.width(), e.height(), Json.time(e.capturedAt()), e.orientation(),
                        e.hasGps(), e.originalName(), e.caption(),
                        e.durationMillis() == null ? null : e.durationMillis() / 1000.0,
                        details.redactionsOf(e.id()).stream().map(b -> new BoxJson(b.x(), b.y(), b.w(), b.h()))
                                .toList())).toList(),
                details.pairs().stream().map(p -> new PairJson(p.id(), p.listingId(), p.receivedId(), p.caption()))
                        .toList(),
                details.discrepancies().stream().map(d -> new DiscrepancyJson(d.id(), d.attribute(), d.advertised(),
                        d.received())).toList(),
                details.messages().stream().map(m -> new MessageJson(m.id(), Json.time(m.at()), m.author().id(),
                        m.authorName(), m.channel().id(), m.promise(), m.text(),
                        details.attachments().getOrDefault(m.id(), List.of()), m.translation())).toList(),
                details.timeline().stream().map(e -> new TimelineJson(Json.time(e.at()), e.type(), e.text()))
                        .toList(),
                details.routes().stream().map(r -> new RouteJson(r.route().id(), r.eligible(), r.reason(),
                        r.source().label())).toList(),
                details.deadlines().stream().map(d -> new DeadlineJson(d.kind().id(), Json.date(d.date()), d.done(),
                        d.state(today).id(), d.kind().rule(), d.kind().source().label(), d.source())).toList(),
                details.nextStep() == null ? null
                        : new NextStepJson(details.nextStep().action(), Json.date(details.nextStep().by()),
                        details.nextStep().source().label()),
                details.description(),
                details.offers().stream().map(o -> new OfferJson(o.id(), Json.time(o.at()), MoneyJson.of(o.amount()),
                        o.decision().id(), o.reason())).toList(),
                details.reminder(),
                org.casefile.domain.Checklist.forCase(f, details.evidence(), details.messages(), details.history()),
                details.flags(),
                f.bank().buyerName(), f.bank().deliveryAddress(), f.bank().cardLast4(), f.bank().statementName(),
                Json.date(f.chargedOn()), Json.date(f.bank().receivedOn()), ReturnJson.of(f.returned()));
    }
}
