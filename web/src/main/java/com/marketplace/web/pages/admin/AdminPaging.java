package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

/** {@code ?offset=} paging of the admin's long lists: where a page starts, and links to its neighbours. */
public final class AdminPaging {

    static final int MAX_OFFSET = 1_000_000;

    private AdminPaging() {
    }

    /** The {@code offset} parameter: 0 when absent; a 400 page when it is not a whole number from 0. */
    static int offset(HttpServletRequest request) {
        String text = request.getParameter("offset");
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(text.trim());
            if (offset >= 0 && offset <= MAX_OFFSET) {
                return offset;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new ApiException(ErrorCode.VALIDATION_FAILED, "offset must be a whole number from 0 to " + MAX_OFFSET);
    }

    /**
     * Where the previous and next pages of a list start; {@code base} ends with {@code ?} or {@code &}.
     * A full page may have a next one; a shorter page is the last. Drawn by {@code admin/paging.jte}.
     */
    public record Paging(String base, int offset, int pageSize, int shown) {

        public boolean hasPrevious() {
            return offset > 0;
        }

        public boolean hasNext() {
            return shown == pageSize;
        }

        public String previousHref() {
            return base + "offset=" + Math.max(0, offset - pageSize);
        }

        public String nextHref() {
            return base + "offset=" + (offset + pageSize);
        }
    }

    /** A form's way back to the page it was posted from: its {@code offset} hidden field, as a query. */
    static String back(HttpServletRequest request) {
        String text = request.getParameter("offset");
        return text != null && text.matches("\\d{1,7}") ? "?offset=" + text : "";
    }
}
