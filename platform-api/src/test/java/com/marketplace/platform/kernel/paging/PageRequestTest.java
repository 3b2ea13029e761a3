package com.marketplace.platform.kernel.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.error.BodyFieldsRefused;
import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void noCursorIsTheFirstPage() {
        PageRequest page = PageRequest.of(50, null, "", 0);

        assertEquals(Optional.empty(), page.cursor());
        assertEquals("", page.seekCondition("p.id", ListOrder.OLDEST_FIRST));
        assertEquals(" ORDER BY p.id ASC", page.orderBy("p.id", ListOrder.OLDEST_FIRST));
        assertEquals(" ORDER BY o.id DESC", page.orderBy("o.id", ListOrder.NEWEST_FIRST));
        assertEquals(51, page.fetchSize());
    }

    @Test
    void startingAfterReadsOnInTheListsOrder() {
        PageRequest page = PageRequest.of(10, "42", null, 0);

        assertEquals(Optional.of(42L), page.cursor());
        assertEquals(" AND p.id > :cursor", page.seekCondition("p.id", ListOrder.OLDEST_FIRST));
        assertEquals(" AND o.id < :cursor", page.seekCondition("o.id", ListOrder.NEWEST_FIRST));
        assertEquals(" ORDER BY o.id DESC", page.orderBy("o.id", ListOrder.NEWEST_FIRST));
    }

    @Test
    void endingBeforeReadsBackFromTheCursorAndAnswersInTheListsOrder() {
        PageRequest page = PageRequest.of(2, null, "42", 0);

        assertEquals(" AND o.id > :cursor", page.seekCondition("o.id", ListOrder.NEWEST_FIRST));
        assertEquals(" ORDER BY o.id ASC", page.orderBy("o.id", ListOrder.NEWEST_FIRST));
        assertEquals(" AND p.id < :cursor", page.seekCondition("p.id", ListOrder.OLDEST_FIRST));
        assertEquals(" ORDER BY p.id DESC", page.orderBy("p.id", ListOrder.OLDEST_FIRST));
        // Read nearest the cursor first (43, 44, 45): shown as the list orders them, newest first.
        Page<Long> answered = page.page(List.of(43L, 44L, 45L));
        assertEquals(List.of(44L, 43L), answered.items());
        assertTrue(answered.hasMore());
    }

    @Test
    void oneRowMoreThanTheLimitIsWhatHasMoreMeans() {
        PageRequest page = PageRequest.first(3);

        assertTrue(page.page(List.of(1, 2, 3, 4)).hasMore());
        assertEquals(List.of(1, 2, 3), page.page(List.of(1, 2, 3, 4)).items());
        assertFalse(page.page(List.of(1, 2, 3)).hasMore());
        assertFalse(page.page(List.of()).hasMore());
    }

    @Test
    void aCursorThatIsNotAPositiveWholeNumberIsRefusedByName() {
        assertRefused(() -> PageRequest.of(10, "abc", null, 0), "starting_after");
        assertRefused(() -> PageRequest.of(10, "1.5", null, 0), "starting_after");
        assertRefused(() -> PageRequest.of(10, "0", null, 0), "starting_after");
        assertRefused(() -> PageRequest.of(10, null, "-3", 0), "ending_before");
        assertRefused(() -> PageRequest.of(10, null, "99999999999999999999", 0), "ending_before");
    }

    @Test
    void bothCursorsAtOnceAreRefused() {
        assertRefused(() -> PageRequest.of(10, "5", "9", 0), "ending_before");
    }

    @Test
    void anOffsetIsBoundedAndNotMixedWithACursor() {
        assertEquals(10_000, PageRequest.of(10, null, null, 10_000).offset());
        BodyFieldsRefused deep = assertRefused(() -> PageRequest.of(10, null, null, 10_001), "offset");
        assertTrue(deep.getMessage().contains("starting_after"), deep.getMessage());
        assertRefused(() -> PageRequest.of(10, "5", null, 20), "offset");
        assertRefused(() -> PageRequest.of(10, null, null, -1), "offset");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertRefused(() -> PageRequest.of(0, null, null, 0), "limit");
        assertRefused(() -> PageRequest.first(0), "limit");
    }

    private static BodyFieldsRefused assertRefused(Runnable request, String field) {
        BodyFieldsRefused refused = assertThrows(BodyFieldsRefused.class, request::run);
        assertTrue(refused.fields().stream().map(FieldError::field).anyMatch(field::equals), refused.fields().toString());
        assertTrue(refused.getMessage().contains(field), refused.getMessage());
        return refused;
    }
}
