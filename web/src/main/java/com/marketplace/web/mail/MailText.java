package com.marketplace.web.mail;

import com.marketplace.web.pages.support.MoneyText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How messages write the outbox's raw values for people: amounts in their currency, instants in UTC. */
final class MailText {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MailText() {
    }

    /** Minor units in words ("€60.00"); empty when the message has no such amount. */
    static String money(String minorUnits, String currency) {
        return minorUnits.isEmpty() || currency.isEmpty() ? "" : MoneyText.format(Long.parseLong(minorUnits), currency);
    }

    /** An ISO-8601 instant as "8 January 2030, 23:59 UTC"; empty when the message has none. */
    static String moment(String instant) {
        return instant.isEmpty() ? "" : MOMENT.format(Instant.parse(instant));
    }
}
