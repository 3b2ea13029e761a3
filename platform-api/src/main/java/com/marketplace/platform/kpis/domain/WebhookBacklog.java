package com.marketplace.platform.kpis.domain;

/**
 * The webhook inbox's health as the KPIs report it, answered by the feature that owns the inbox
 * (connect-webhooks). Events carry no currency: these figures are the platform's, in every period.
 */
public interface WebhookBacklog {

    Backlog now();

    /**
     * @param lagSeconds how long the oldest event not yet handled (received, processing or failed and
     *                   due again) has waited; 0 when none waits
     * @param deadEvents events that used every attempt and wait for an admin's replay
     */
    record Backlog(long lagSeconds, long deadEvents) {

        public static Backlog none() {
            return new Backlog(0, 0);
        }
    }
}
