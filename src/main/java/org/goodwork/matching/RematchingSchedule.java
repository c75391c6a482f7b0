package org.goodwork.matching;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Re-matches everyone each night, when nobody is waiting for a page. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RematchingSchedule {

    private static final Logger log = LoggerFactory.getLogger(RematchingSchedule.class);

    private final Rematching rematching;

    RematchingSchedule(Rematching rematching) {
        this.rematching = rematching;
    }

    @Scheduled(cron = "${goodwork.matching.rematch-cron:0 0 2 * * *}", zone = "Europe/London")
    void nightly() {
        rematching
                .runNow()
                .ifPresentOrElse(
                        run -> log.info(
                                "Re-matching {} {}: {} of {} people",
                                run.id(),
                                run.status(),
                                run.processed(),
                                run.total()),
                        () -> log.info("Re-matching skipped: a run is already going"));
    }
}
