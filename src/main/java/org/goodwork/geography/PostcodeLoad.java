package org.goodwork.geography;

import java.time.Instant;

/** One loading of a postcode file: when, which file, and what it changed. */
public record PostcodeLoad(String fileName, Instant loadedAt, int rowsRead, int added, int changed) {

    /** Postcodes the file gave exactly as they were already held. */
    public int unchanged() {
        return rowsRead - added - changed;
    }
}
