package org.goodwork.participant;

import java.util.List;

/** One page of results, numbered from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) number * size);
    }
}
