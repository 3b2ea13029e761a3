package com.marketplace.platform.kernel.paging;

/** The order in which a list is read: by id, which is also the order rows were created in. */
public enum ListOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
}
