package com.marketplace.platform.kernel.paging;

import com.marketplace.platform.kernel.error.BodyFieldsRefused;
import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Which page of a list a client asks for: {@code limit} rows after the row {@code starting_after}
 * names, or before the one {@code ending_before} names (Stripe's cursors: ids, so a page is an index
 * range read from the cursor on, whatever its depth), or, for older clients, {@code offset} rows
 * in. An offset makes the database read and discard every row before the page, so it is bounded by
 * {@value #MAX_OFFSET}.
 */
public final class PageRequest {

    public static final int MAX_OFFSET = 10_000;

    private final int limit;
    private final Optional<Long> startingAfter;
    private final Optional<Long> endingBefore;
    private final int offset;

    private PageRequest(int limit, Optional<Long> startingAfter, Optional<Long> endingBefore, int offset) {
        this.limit = limit;
        this.startingAfter = startingAfter;
        this.endingBefore = endingBefore;
        this.offset = offset;
    }

    /** The first {@code limit} rows. */
    public static PageRequest first(int limit) {
        return new PageRequest(checkedLimit(limit), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * {@code limit} rows from {@code offset} on, for the admin's pages, which bound their offset
     * themselves (the API's {@link #of} refuses one past {@value #MAX_OFFSET}).
     */
    public static PageRequest atOffset(int offset, int limit) {
        if (offset < 0) {
            throw new BodyFieldsRefused(List.of(new FieldError("offset", "must be 0 or more")));
        }
        return new PageRequest(checkedLimit(limit), Optional.empty(), Optional.empty(), offset);
    }

    public static PageRequest after(long id, int limit) {
        return new PageRequest(checkedLimit(limit), Optional.of(id), Optional.empty(), 0);
    }

    public static PageRequest before(long id, int limit) {
        return new PageRequest(checkedLimit(limit), Optional.empty(), Optional.of(id), 0);
    }

    /**
     * The page a request's query parameters name; the limit has been checked against its range by
     * the resource. Each refused parameter is named in the 400's {@code fields}.
     */
    public static PageRequest of(int limit, String startingAfter, String endingBefore, int offset) {
        List<FieldError> refused = new ArrayList<>();
        Optional<Long> after = cursor("starting_after", startingAfter, refused);
        Optional<Long> before = cursor("ending_before", endingBefore, refused);
        if (after.isPresent() && before.isPresent()) {
            refused.add(new FieldError("ending_before", "cannot be used together with starting_after"));
        }
        if (offset < 0) {
            refused.add(new FieldError("offset", "must be 0 or more"));
        } else if (offset > MAX_OFFSET) {
            refused.add(new FieldError("offset", "must be at most " + MAX_OFFSET + "; page further with starting_after"));
        } else if (offset > 0 && (after.isPresent() || before.isPresent())) {
            refused.add(new FieldError("offset", "cannot be used together with starting_after or ending_before"));
        }
        if (limit < 1) {
            refused.add(new FieldError("limit", "must be 1 or more"));
        }
        if (!refused.isEmpty()) {
            throw new BodyFieldsRefused(refused);
        }
        return new PageRequest(limit, after, before, offset);
    }

    private static Optional<Long> cursor(String name, String text, List<FieldError> refused) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return Optional.of(id);
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the others
        }
        refused.add(new FieldError(name, "must be the id of an item of the list (a positive whole number)"));
        return Optional.empty();
    }

    private static int checkedLimit(int limit) {
        if (limit < 1) {
            throw new BodyFieldsRefused(List.of(new FieldError("limit", "must be 1 or more")));
        }
        return limit;
    }

    public int limit() {
        return limit;
    }

    public int offset() {
        return offset;
    }

    public Optional<Long> startingAfter() {
        return startingAfter;
    }

    public Optional<Long> endingBefore() {
        return endingBefore;
    }

    /** The id the read starts from, exclusive, if the page is named by a cursor. */
    public Optional<Long> cursor() {
        return startingAfter.or(() -> endingBefore);
    }

    /** Rows to fetch: one more than shown tells whether the list goes on, without counting it. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Whether the index is read in ascending id order: the list's own order, turned round when
     * paging back from {@code ending_before} (the rows nearest the cursor come first).
     */
    public boolean readsAscending(ListOrder order) {
        return (order == ListOrder.OLDEST_FIRST) != endingBefore.isPresent();
    }

    /**
     * The JPQL condition on {@code idPath} that starts the read after the cursor ({@code ""} without
     * one), bound to the parameter {@code :cursor}; append after a WHERE clause.
     */
    public String seekCondition(String idPath, ListOrder order) {
        if (cursor().isEmpty()) {
            return "";
        }
        return " AND " + idPath + (readsAscending(order) ? " > " : " < ") + ":cursor";
    }

    /** The ORDER BY the read walks the index in. */
    public String orderBy(String idPath, ListOrder order) {
        return " ORDER BY " + idPath + (readsAscending(order) ? " ASC" : " DESC");
    }

    /** The page from the rows fetched in read order ({@link #fetchSize()} at most), in the list's order. */
    public <T> Page<T> page(List<T> fetched) {
        List<T> shown = new ArrayList<>(fetched.subList(0, Math.min(limit, fetched.size())));
        if (endingBefore.isPresent()) {
            Collections.reverse(shown);
        }
        return new Page<>(shown, fetched.size() > limit);
    }
}
