package org.goodwork.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The best few open vacancies for one person in a chosen order, and the best few that a hard constraint
 * rules out, exactly as sorting every {@link MatchEngine#evaluate evaluated} pair would give them (ties
 * keep the order the vacancies were loaded in), but without explaining every pair. A job whose best
 * possible score could not get it onto either list is skipped after reading a few numbers; in good
 * jobs first order, without the excluded list, the scan stops at the first job that nothing after it
 * could beat.
 */
final class TopMatches {

    private TopMatches() {}

    /** A job on a list, with its score in tenths. */
    record Ranked(MatchEngine.Job job, int tenths) {}

    record Found(List<Ranked> matches, List<Ranked> excluded) {}

    static Found find(
            MatchEngine.Candidate candidate,
            OpenVacancies.Snapshot snapshot,
            Matches.Order order,
            int limit,
            boolean withExcluded) {
        MatchEngine.Jobs jobs = snapshot.ranked();
        MatchEngine.Person person = jobs.person(candidate);
        Shortlist matches = new Shortlist(order, limit);
        Shortlist excluded = withExcluded ? new Shortlist(Matches.Order.BEST_FIT, limit) : null;
        // The nearest job may score anything, so in that order every job is judged.
        boolean skipByScore = order != Matches.Order.NEAREST;
        boolean stopEarly = order == Matches.Order.GOOD_JOBS_FIRST && !withExcluded;
        for (int p = 0; p < jobs.size(); p++) {
            int band = snapshot.band()[p];
            int position = snapshot.position()[p];
            if (stopEarly && matches.full()) {
                // Jobs come in band order, and by falling quality within a band.
                int anyOccupation = MatchEngine.bestPossibleTenths(jobs.quality[p], 4);
                if (band > matches.worstBand()
                        || (band == matches.worstBand() && anyOccupation < matches.worstTenths())) {
                    break;
                }
            }
            if (skipByScore) {
                int best = MatchEngine.bestPossibleTenths(jobs.quality[p], person.shared(jobs.occupation[p]));
                if (!matches.couldTake(band, best, Double.NaN, position)
                        && (excluded == null || !excluded.couldTake(band, best, Double.NaN, position))) {
                    continue;
                }
            }
            int outcome = MatchEngine.outcome(person, jobs, p);
            int tenths = MatchEngine.tenths(outcome);
            if (!MatchEngine.isExcluded(outcome)) {
                double minutes =
                        order == Matches.Order.NEAREST ? MatchEngine.travelMinutes(person, jobs, p) : Double.NaN;
                matches.offer(band, tenths, minutes, position, jobs.job[p]);
            } else if (excluded != null) {
                excluded.offer(band, tenths, Double.NaN, position, jobs.job[p]);
            }
        }
        return new Found(matches.best(), excluded == null ? List.of() : excluded.best());
    }

    /**
     * At most {@code limit} jobs, best first by {@link Matches.Order}'s comparison and then by load
     * position. Kept sorted: a job gets in rarely once the list is full, so insertion is cheap.
     */
    static final class Shortlist {

        private final Matches.Order order;
        private final int limit;
        private final int[] band;
        private final int[] tenths;
        private final double[] minutes;
        private final int[] position;
        private final MatchEngine.Job[] jobs;
        private int size;

        Shortlist(Matches.Order order, int limit) {
            this.order = order;
            this.limit = limit;
            band = new int[limit];
            tenths = new int[limit];
            minutes = new double[limit];
            position = new int[limit];
            jobs = new MatchEngine.Job[limit];
        }

        boolean full() {
            return size == limit;
        }

        int worstBand() {
            return band[size - 1];
        }

        int worstTenths() {
            return tenths[size - 1];
        }

        /** Whether a job with these keys would get onto the list. */
        boolean couldTake(int jobBand, int jobTenths, double jobMinutes, int jobPosition) {
            return size < limit || compare(jobBand, jobTenths, jobMinutes, jobPosition, size - 1) < 0;
        }

        void offer(int jobBand, int jobTenths, double jobMinutes, int jobPosition, MatchEngine.Job job) {
            if (limit == 0 || !couldTake(jobBand, jobTenths, jobMinutes, jobPosition)) {
                return;
            }
            int at = Math.min(size, limit - 1);
            while (at > 0 && compare(jobBand, jobTenths, jobMinutes, jobPosition, at - 1) < 0) {
                band[at] = band[at - 1];
                tenths[at] = tenths[at - 1];
                minutes[at] = minutes[at - 1];
                position[at] = position[at - 1];
                jobs[at] = jobs[at - 1];
                at--;
            }
            band[at] = jobBand;
            tenths[at] = jobTenths;
            minutes[at] = jobMinutes;
            position[at] = jobPosition;
            jobs[at] = job;
            size = Math.min(size + 1, limit);
        }

        List<Ranked> best() {
            List<Ranked> best = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                best.add(new Ranked(jobs[i], tenths[i]));
            }
            return best;
        }

        /** Negative when the job given by its keys comes before the one at {@code i}. */
        private int compare(int jobBand, int jobTenths, double jobMinutes, int jobPosition, int i) {
            int c = switch (order) {
                case GOOD_JOBS_FIRST ->
                    jobBand != band[i] ? Integer.compare(jobBand, band[i]) : Integer.compare(tenths[i], jobTenths);
                case BEST_FIT -> Integer.compare(tenths[i], jobTenths);
                case NEAREST -> {
                    int nearer = nearer(jobMinutes, minutes[i]);
                    yield nearer != 0 ? nearer : Integer.compare(tenths[i], jobTenths);
                }
            };
            return c != 0 ? c : Integer.compare(jobPosition, position[i]);
        }

        /** Shorter journeys first, unknown ones last. */
        private static int nearer(double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            }
            return Double.compare(a, b);
        }
    }
}
