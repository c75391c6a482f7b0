package org.goodwork.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts per bucket (for example, self-referrals from one address) in PostgreSQL, so the
 * limit holds however many instances of the application are running.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an attempt and says whether it is within {@code max} attempts per {@code window}. */
    @Transactional
    public boolean tryAcquire(String bucket, int max, Duration window) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime since = now.minus(window);
        // Serialise attempts on the same bucket so two at once cannot both slip under the limit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param(bucket)
                .query()
                .singleValue();
        jdbc.sql("delete from rate_limit_hit where bucket = ? and hit_at < ?")
                .params(bucket, since)
                .update();
        long recent = jdbc.sql("select count(*) from rate_limit_hit where bucket = ?")
                .param(bucket)
                .query(Long.class)
                .single();
        if (recent >= max) {
            return false;
        }
        jdbc.sql("insert into rate_limit_hit (bucket, hit_at) values (?, ?)")
                .params(bucket, now)
                .update();
        return true;
    }
}
