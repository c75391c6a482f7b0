package org.goodwork.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.directory.ServiceDirectory;
import org.goodwork.engagement.Contacts;
import org.goodwork.participant.NewParticipant;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.referral.NewReferral;
import org.goodwork.referral.Referrals;
import org.goodwork.security.NewUser;
import org.goodwork.security.Role;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.DemoSignIns;
import org.goodwork.shared.ServiceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo once, into an empty database, when demo data is on. The random generator has a
 * fixed seed so every installation shows the same people.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final int PARTICIPANTS = 300;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ServiceMode serviceMode;
    private final Directory directory;
    private final UserAccounts accounts;
    private final Participants participants;
    private final Programmes programmes;
    private final Referrals referrals;
    private final Contacts contacts;
    private final ServiceDirectory serviceDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            ServiceMode serviceMode,
            Directory directory,
            UserAccounts accounts,
            Participants participants,
            Programmes programmes,
            Referrals referrals,
            Contacts contacts,
            ServiceDirectory serviceDirectory,
            TransactionTemplate transaction,
            Clock clock) {
        this.contacts = contacts;
        this.serviceDirectory = serviceDirectory;
        this.referrals = referrals;
        this.programmes = programmes;
        this.serviceMode = serviceMode;
        this.directory = directory;
        this.accounts = accounts;
        this.participants = participants;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!serviceMode.demoData() || !directory.organisations().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the fictional demo data");
    }

    private void load() {
        UUID authority = directory.createOrganisation("Northmoor Combined Authority", OrganisationType.COMMISSIONER);
        UUID brightpath = directory.createOrganisation("Brightpath Employment Support", OrganisationType.PROVIDER);
        UUID riverside = directory.createOrganisation("Riverside Works CIC", OrganisationType.PROVIDER);
        UUID moneyAdvice = directory.createOrganisation("Northmoor Money Advice", OrganisationType.PARTNER);
        UUID housing = directory.createOrganisation("Open Door Housing Trust", OrganisationType.PARTNER);
        UUID therapy = directory.createOrganisation("Calm Minds Talking Therapies", OrganisationType.PARTNER);
        UUID brightpathNorth = directory.createTeam(brightpath, "North team");
        UUID brightpathSouth = directory.createTeam(brightpath, "South team");
        UUID riversideCentral = directory.createTeam(riverside, "Central team");

        user(authority, null, "admin", "Sam Okafor", Role.ADMINISTRATOR);
        user(authority, null, "commissioner", "Priya Raman", Role.COMMISSIONER);
        user(brightpath, brightpathNorth, "teamleader", "Jo Whitfield", Role.TEAM_LEADER);
        user(riverside, riversideCentral, "teamleader.riverside", "Marcus Bell", Role.TEAM_LEADER);
        user(brightpath, null, "employer.officer", "Chris Doyle", Role.EMPLOYER_ENGAGEMENT_OFFICER);
        user(moneyAdvice, null, "partner", "Dee Lawson", Role.PARTNER_WORKER);
        user(housing, null, "partner.housing", "Femi Adeyemi", Role.PARTNER_WORKER);
        user(therapy, null, "partner.therapy", "Rosa Lind", Role.PARTNER_WORKER);
        List<UUID> brightpathKeyworkers = List.of(
                user(brightpath, brightpathNorth, "keyworker", "Alex Morgan", Role.KEYWORKER),
                user(brightpath, brightpathNorth, "hana.patel", "Hana Patel", Role.KEYWORKER),
                user(brightpath, brightpathSouth, "tom.ellis", "Tom Ellis", Role.KEYWORKER),
                user(brightpath, brightpathSouth, "grace.nwosu", "Grace Nwosu", Role.KEYWORKER));
        List<UUID> riversideKeyworkers = List.of(
                user(riverside, riversideCentral, "liam.byrne", "Liam Byrne", Role.KEYWORKER),
                user(riverside, riversideCentral, "aisha.khan", "Aisha Khan", Role.KEYWORKER),
                user(riverside, riversideCentral, "megan.price", "Megan Price", Role.KEYWORKER),
                user(riverside, riversideCentral, "owen.jones", "Owen Jones", Role.KEYWORKER));

        UUID programme = programmes
                .save(
                        "HIW",
                        authority,
                        new Programme.Settings(
                                "Households into Work",
                                52,
                                // Households into Work advocates held larger caseloads than IPS's 20.
                                45,
                                12,
                                21,
                                new Eligibility(16, null, Set.of(), Set.of(), Set.of()),
                                new Programme.JobOutcomeRule(BigDecimal.valueOf(16), 4),
                                new Programme.ProgressRule(2, BigDecimal.TEN),
                                new Programme.Targets(800, 400, 200, BigDecimal.valueOf(15))),
                        List.of(brightpath, riverside),
                        null)
                .programme()
                .id();
        // Households into Work gave each household up to £2,000 for barriers to work.
        programmes.setBudget(
                programme, new Programmes.Budget(BigDecimal.valueOf(2000), BigDecimal.valueOf(250), false));
        importServices();

        Random random = new Random(20261123L);
        waitingReferrals(brightpath, riverside, random);
        DemoPeople people = new DemoPeople(random, LocalDate.now(clock));
        int created = 0;
        int household = 1;
        while (created < PARTICIPANTS) {
            boolean first = created < PARTICIPANTS * 3 / 5;
            UUID organisation = first ? brightpath : riverside;
            List<UUID> keyworkers = first ? brightpathKeyworkers : riversideKeyworkers;
            String postcode = people.postcode();
            String householdRef = "H%04d".formatted(household++);
            UUID householdId = participants.createHousehold(organisation, householdRef, postcode);
            // About one household in five has two adults supported, as in Households into Work.
            int members = random.nextInt(5) == 0 ? 2 : 1;
            String familyName = people.familyName();
            for (int m = 0; m < members && created < PARTICIPANTS; m++) {
                created++;
                NewParticipant participant = people.participant(
                        organisation,
                        programme,
                        householdId,
                        "P%05d".formatted(created),
                        familyName,
                        postcode,
                        keyworkers);
                UUID id = participants.register(participant);
                lastContact(id, participant.startDate(), random);
            }
        }
    }

    /**
     * Most people who have started were last seen in the past three weeks; about one in seven has
     * gone quiet, so the engagement prompts have something to show.
     */
    private void lastContact(UUID participant, LocalDate start, Random random) {
        if (start == null || random.nextInt(7) == 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long sinceStart = ChronoUnit.DAYS.between(start, today);
        LocalDate date = today.minusDays(random.nextInt((int) Math.max(1, Math.min(20, sinceStart))));
        String[] types = {"FACE_TO_FACE", "PHONE", "HOME_VISIT", "OUTREACH", "MESSAGE"};
        contacts.recordHistorical(
                participant, types[random.nextInt(types.length)], date, 20 + random.nextInt(50), null);
    }

    /** The partners' services, in Open Referral UK JSON as a real directory would send them. */
    private void importServices() {
        try (var json = new ClassPathResource("demo/services.json").getInputStream()) {
            serviceDirectory.importOpenReferral(json.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few referrals waiting for triage, so the queue shows what a working week looks like. */
    private void waitingReferrals(UUID brightpath, UUID riverside, Random random) {
        String[][] people = {
            {
                "Leah",
                "Holt",
                "1994-06-02",
                "QQ2 4FD",
                "CHILDRENS_CENTRE",
                "Wants to get back to work now her youngest is at school"
            },
            {
                "Darren",
                "Ogden",
                "1979-11-19",
                "QQ5 1RT",
                "JOBCENTRE",
                "Out of work since a back injury; would like something part-time"
            },
            {"Precious", "Mensah", "2001-03-08", "QQ1 7LB", "VCS", "Volunteers at the food bank and wants paid work"},
            {"Tomasz", "Nowak", "1986-09-27", "QQ7 2NE", "HOUSING", "Recently rehoused and looking for stable work"},
            {
                "Kerry",
                "Walsh",
                "1972-01-14",
                "QQ3 9HP",
                "GP",
                "Anxiety has kept her out of work; wants to try again slowly"
            },
            {"Jay", "Sefton", "1999-07-30", "QQ8 3WA", "SELF", "Saw a poster at the library"}
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            referrals.receive(
                    new NewReferral(
                            "HIW",
                            p[4],
                            null,
                            p[5],
                            p[0],
                            p[1],
                            LocalDate.parse(p[2]),
                            p[3],
                            "01632 9600" + (10 + i),
                            null,
                            true,
                            i % 2 == 0 ? brightpath : riverside,
                            null),
                    clock.instant().minus(Duration.ofHours(6 + 24L * random.nextInt(9))));
        }
    }

    private UUID user(UUID organisation, UUID team, String username, String name, Role role) {
        return accounts.create(new NewUser(
                organisation,
                team,
                username,
                name,
                username + "@demo.goodwork.invalid",
                EnumSet.of(role),
                DemoSignIns.PASSWORD,
                false));
    }

    /** Draws fictional people whose profile follows the Households into Work 2019 tables. */
    static final class DemoPeople {

        private static final String[] WOMEN = {
            "Amy",
            "Bethany",
            "Chloe",
            "Danielle",
            "Emma",
            "Fatima",
            "Gemma",
            "Holly",
            "Jade",
            "Kayleigh",
            "Laura",
            "Megan",
            "Nadia",
            "Olivia",
            "Paige",
            "Rachel",
            "Sarah",
            "Toni",
            "Zoe",
            "Leanne",
            "Stacey",
            "Joanne",
            "Michelle",
            "Kirsty",
            "Amina",
            "Grace",
            "Lucy",
            "Shannon"
        };
        private static final String[] MEN = {
            "Aaron",
            "Ben",
            "Callum",
            "Daniel",
            "Ethan",
            "Faisal",
            "Gary",
            "Harry",
            "Jamie",
            "Kyle",
            "Lee",
            "Mark",
            "Nathan",
            "Omar",
            "Paul",
            "Ryan",
            "Scott",
            "Tyler",
            "Wayne",
            "Jordan",
            "Connor",
            "Dean",
            "Kieran",
            "Liam",
            "Mohammed",
            "Stephen"
        };
        private static final String[] NEUTRAL = {"Alex", "Charlie", "Jordan", "Robin", "Sam", "Jesse", "Rowan"};
        private static final String[] FAMILY = {
            "Ashworth",
            "Barlow",
            "Brennan",
            "Carney",
            "Dawson",
            "Eccles",
            "Fairclough",
            "Gallagher",
            "Hesketh",
            "Holt",
            "Kerrigan",
            "Lomax",
            "McCann",
            "Molyneux",
            "Nolan",
            "Ogden",
            "Pendlebury",
            "Quayle",
            "Rimmer",
            "Sefton",
            "Tickle",
            "Unsworth",
            "Vose",
            "Walsh",
            "Yates",
            "Ahmed",
            "Begum",
            "Hussain",
            "Mensah",
            "Okoro",
            "Kowalski",
            "Nowak",
            "Chen",
            "Murphy",
            "Farrell"
        };

        // Households into Work profile (2019): age bands, time since last work and support needs.
        private static final Object[][] AGE_BANDS = {
            {16, 25, 29}, {26, 35, 25}, {36, 45, 21}, {46, 55, 17}, {56, 65, 7}, {66, 67, 1}
        };
        private static final Object[][] TIME_SINCE_WORK = {
            {"M0_6", 14},
            {"M6_12", 7},
            {"M12_18", 4},
            {"M18_24", 4},
            {"M24_36", 10},
            {"M36_PLUS", 39},
            {"NEVER", 20},
            {"UNKNOWN", 2}
        };
        private static final Map<String, Integer> NEED_PERCENT = Map.ofEntries(
                Map.entry("MENTAL_HEALTH", 65),
                Map.entry("PARENT", 30),
                Map.entry("CARER", 26),
                Map.entry("CHRONIC_HEALTH", 22),
                Map.entry("LONE_PARENT", 22),
                Map.entry("DOMESTIC_ABUSE", 16),
                Map.entry("HOMELESS", 16),
                Map.entry("LEARNING_DISABILITY", 15),
                Map.entry("PHYSICAL_DISABILITY", 13),
                Map.entry("NEET", 11),
                Map.entry("EX_OFFENDER", 11),
                Map.entry("DRUG_MISUSE", 10),
                Map.entry("PROBLEM_DRINKING", 6),
                Map.entry("ESOL", 4),
                Map.entry("CARE_LEAVER", 4),
                Map.entry("SENSORY_IMPAIRMENT", 4),
                Map.entry("COMMUNITY_SENTENCE", 2),
                Map.entry("TEENAGE_PARENT", 1),
                Map.entry("REFUGEE", 1),
                Map.entry("EX_ARMED_FORCES", 1),
                Map.entry("ASYLUM_SEEKER", 1),
                Map.entry("NEURODIVERGENT", 8),
                Map.entry("DEBT", 20),
                Map.entry("DIGITAL_EXCLUSION", 9),
                Map.entry("NO_QUALIFICATIONS", 18));
        // Households into Work took referrals mostly from local services rather than Jobcentre Plus.
        private static final Object[][] REFERRAL_SOURCES = {
            {"JOBCENTRE", 15},
            {"GP", 6},
            {"MENTAL_HEALTH_TEAM", 8},
            {"COUNCIL", 14},
            {"CHILDRENS_CENTRE", 16},
            {"HOUSING", 14},
            {"VCS", 12},
            {"PROBATION", 3},
            {"SELF", 8},
            {"FAMILY", 4}
        };
        private static final String[] OTHER_ETHNICITIES = {
            "ASIAN_BANGLADESHI",
            "ASIAN_PAKISTANI",
            "ASIAN_CHINESE",
            "BLACK_AFRICAN",
            "BLACK_CARIBBEAN",
            "MIXED_WHITE_BLACK_CARIBBEAN",
            "WHITE_IRISH",
            "WHITE_OTHER",
            "OTHER_ARAB",
            "NOT_SAID"
        };

        private final Random random;
        private final LocalDate today;

        DemoPeople(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        String familyName() {
            return FAMILY[random.nextInt(FAMILY.length)];
        }

        /**
         * Postcodes in the fictional QQ area, which no real address uses, from the demo postcode
         * extract so that each one has a place. It draws from the random generator exactly as often
         * as before, so everything drawn after it stays the same.
         */
        String postcode() {
            List<String> district = DemoPostcodes.inDistrict("QQ" + (1 + random.nextInt(9)));
            int pick = random.nextInt(10) * 26 * 26 + random.nextInt(26) * 26 + random.nextInt(26);
            return district.get(pick % district.size());
        }

        NewParticipant participant(
                UUID organisation,
                UUID programme,
                UUID household,
                String reference,
                String familyName,
                String postcode,
                List<UUID> keyworkers) {
            int genderRoll = random.nextInt(100);
            String gender =
                    genderRoll < 59 ? "WOMAN" : genderRoll < 98 ? "MAN" : genderRoll < 99 ? "NON_BINARY" : "NOT_SAID";
            String[] names = gender.equals("WOMAN") ? WOMEN : gender.equals("MAN") ? MEN : NEUTRAL;
            Object[] band = weighted(AGE_BANDS, 2);
            int age = (int) band[0] + random.nextInt((int) band[1] - (int) band[0] + 1);
            LocalDate dateOfBirth = today.minusYears(age).minusDays(random.nextInt(365));
            String ethnicity = random.nextInt(100) < 91
                    ? "WHITE_BRITISH"
                    : OTHER_ETHNICITIES[random.nextInt(OTHER_ETHNICITIES.length)];
            List<String> needs = new ArrayList<>();
            NEED_PERCENT.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(need -> {
                if (random.nextInt(100) < need.getValue()) {
                    needs.add(need.getKey());
                }
            });
            LocalDate referred = today.minusDays(7 + random.nextInt(540));
            int stage = random.nextInt(100);
            boolean started = stage >= 8;
            LocalDate start = started ? referred.plusDays(3 + random.nextInt(25)) : null;
            UUID keyworker = stage < 4 ? null : keyworkers.get(random.nextInt(keyworkers.size()));
            int economic = random.nextInt(100);
            String economicStatus = economic < 62
                    ? "INACTIVE"
                    : economic < 93 ? "UNEMPLOYED" : economic < 97 ? "EMPLOYED_OFF_SICK" : "EMPLOYED_STRUGGLING";
            return new NewParticipant(
                    organisation,
                    programme,
                    (String) weighted(REFERRAL_SOURCES, 1)[0],
                    household,
                    reference,
                    names[random.nextInt(names.length)],
                    familyName,
                    dateOfBirth,
                    gender,
                    ethnicity,
                    postcode,
                    null,
                    null,
                    economicStatus,
                    (String) weighted(TIME_SINCE_WORK, 1)[0],
                    needs,
                    keyworker,
                    referred,
                    start);
        }

        private Object[] weighted(Object[][] table, int weightColumn) {
            int total = 0;
            for (Object[] row : table) {
                total += (int) row[weightColumn];
            }
            int roll = random.nextInt(total);
            for (Object[] row : table) {
                roll -= (int) row[weightColumn];
                if (roll < 0) {
                    return row;
                }
            }
            return table[table.length - 1];
        }
    }
}
