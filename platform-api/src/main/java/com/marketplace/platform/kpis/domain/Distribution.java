package com.marketplace.platform.kpis.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many observations had each value (seconds to pay, hours to close a dispute), as the database
 * answers a {@code GROUP BY value} with {@code COUNT(*)}: one bucket per distinct value, so the
 * percentiles read from it are exact while the query returns a bounded number of rows, not one per
 * order.
 *
 * <p>Percentiles are nearest-rank: the p-th percentile is the smallest value at least p % of the
 * observations are at or below. It is always a value that was observed (no interpolation), and the
 * median of an even number of observations is the lower middle one.
 */
public record Distribution(List<Bucket> buckets) {

    /** {@code count} observations of {@code value}. */
    public record Bucket(long value, long count) {

        public Bucket {
            if (count < 1) {
                throw new IllegalArgumentException("A bucket holds at least one observation, got " + count);
            }
        }
    }

    public Distribution {
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparingLong(Bucket::value));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).value() == sorted.get(i - 1).value()) {
                throw new IllegalArgumentException("Two buckets of the value " + sorted.get(i).value());
            }
        }
        buckets = List.copyOf(sorted);
    }

    public static Distribution empty() {
        return new Distribution(List.of());
    }

    /** A distribution of single observations, as a test or a small sample writes them. */
    public static Distribution of(long... values) {
        List<Bucket> buckets = new ArrayList<>();
        Arrays.stream(values).boxed()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .forEach((value, count) -> buckets.add(new Bucket(value, count)));
        return new Distribution(buckets);
    }

    public long observations() {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }

    /** The nearest-rank {@code percent}-th percentile (1 to 100); empty without observations. */
    public OptionalLong percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A percentile is from 1 to 100, got " + percent);
        }
        long total = observations();
        if (total == 0) {
            return OptionalLong.empty();
        }
        // ceil(percent * total / 100) without floating point: the rank of the observation to answer.
        long rank = (percent * total + 99) / 100;
        long seen = 0;
        for (Bucket bucket : buckets) {
            seen += bucket.count();
            if (seen >= rank) {
                return OptionalLong.of(bucket.value());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " observations");
    }

    public OptionalLong median() {
        return percentile(50);
    }
}
