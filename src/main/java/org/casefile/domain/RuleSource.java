package org.casefile.domain;

/**
 * Where a rule of Casefile's advice comes from, shown beside the rule so the buyer can check it rather than trust
 * it. One value per authority; each deadline kind, route and next step names one.
 */
public enum RuleSource implements Choice {
    ORDER_PAGE,
    ARTICLE,
    CARD_SCHEME,
    PAYPAL_TERMS,
    CONSUMER_CREDIT_ACT,
    FINANCIAL_OMBUDSMAN,
    AUSTRALIAN_CONSUMER_LAW;

}
