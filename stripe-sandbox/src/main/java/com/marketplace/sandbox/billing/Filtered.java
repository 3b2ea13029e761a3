package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.protocol.StripeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A filtered list page, newest first: the objects kept, after {@code starting_after}, at most {@code limit}. */
final class Filtered {

    private Filtered() {
    }

    static List<StripeObject> page(List<StripeObject> newestFirst, Predicate<StripeObject> keep, int limit, String startingAfter) {
        List<StripeObject> kept = new ArrayList<>(newestFirst.stream().filter(keep).toList());
        if (startingAfter != null) {
            int index = kept.stream().map(StripeObject::id).toList().indexOf(startingAfter);
            kept.subList(0, index + 1).clear();
        }
        return kept.size() > limit ? new ArrayList<>(kept.subList(0, limit)) : kept;
    }
}
