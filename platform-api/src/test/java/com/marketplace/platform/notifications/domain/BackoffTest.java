package com.marketplace.platform.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(1));

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToTheCap() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), backoff.after(1));
        assertEquals(Optional.of(Duration.ofSeconds(60)), backoff.after(2));
        assertEquals(Optional.of(Duration.ofSeconds(60)), backoff.after(3), "capped");
    }

    @Test
    void afterTheLastAttemptThereIsNoNextTime() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), backoff.after(4));
        assertEquals(Optional.empty(), backoff.after(5));
    }
}
