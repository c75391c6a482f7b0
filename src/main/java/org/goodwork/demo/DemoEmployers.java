package org.goodwork.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.employer.DisabilityConfident;
import org.goodwork.employer.EmployerDetails;
import org.goodwork.employer.Employers;
import org.goodwork.employer.InteractionKind;
import org.goodwork.employer.Sector;
import org.goodwork.employer.SizeBand;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.ServiceMode;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.PayPeriod;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.VacancyDetails;
import org.goodwork.vacancy.VacancyStatus;
import org.goodwork.vacancy.WorkLocation;
import org.goodwork.vacancy.WorkingPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional employers looked after by the demo employer engagement officer at Brightpath, with open
 * vacancies from good jobs to poor ones: some zero-hours, some below the real Living Wage, some
 * flexible from day one. Loaded after {@link DemoData}, once, while no employer is recorded.
 */
@Component
@Order(20)
class DemoEmployers implements ApplicationRunner {

    static final String PROVIDER = "Brightpath Employment Support";
    static final String OFFICER = "employer.officer";

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ServiceMode serviceMode;
    private final Directory directory;
    private final UserAccounts accounts;
    private final Employers employers;
    private final Vacancies vacancies;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoEmployers(
            ServiceMode serviceMode,
            Directory directory,
            UserAccounts accounts,
            Employers employers,
            Vacancies vacancies,
            ReferenceData referenceData,
            TransactionTemplate transaction,
            Clock clock) {
        this.serviceMode = serviceMode;
        this.directory = directory;
        this.accounts = accounts;
        this.employers = employers;
        this.vacancies = vacancies;
        this.referenceData = referenceData;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record DemoEmployer(
            String name,
            SizeBand size,
            Sector sector,
            boolean charter,
            DisabilityConfident disabilityConfident,
            boolean livingWage,
            String notes,
            String location,
            String address,
            String postcode,
            String contact,
            String contactTitle,
            String phone,
            String email,
            List<DemoInteraction> interactions) {}

    private record DemoInteraction(int daysAgo, InteractionKind kind, String summary) {}

    /**
     * A vacancy. {@code quality} rates the seven dimensions in the file's order (secure, pay,
     * flexible, voice, recruitment, people management, health and wellbeing): M meets, P partly,
     * N not met, U not known. {@code offers}: F flexible from day one, R ring-fenced, G guaranteed interview.
     */
    private record DemoVacancy(
            int employer,
            String title,
            String soc,
            String postcode,
            String min,
            String max,
            WorkingPattern pattern,
            String days,
            ContractType contract,
            String pay,
            PayPeriod period,
            WorkLocation where,
            String offers,
            String adjustments,
            String quality,
            int closesInDays) {}

    private static final List<DemoEmployer> EMPLOYERS = List.of(
            new DemoEmployer(
                    "Northmoor Care Partnership",
                    SizeBand.MEDIUM,
                    Sector.Q,
                    true,
                    DisabilityConfident.EMPLOYER,
                    true,
                    "Home care across the north of the borough. Keen to recruit carers returning to work.",
                    "Head office",
                    "4 Chapel Row\nNorthmoor",
                    "QQ1 4AB",
                    "Janet Whitley",
                    "Registered manager",
                    "01632 960101",
                    "janet.whitley@example.org",
                    List.of(
                            new DemoInteraction(
                                    40,
                                    InteractionKind.MEETING,
                                    "Met Janet to talk through winter recruitment. Twelve carer posts over the next three months."),
                            new DemoInteraction(
                                    12,
                                    InteractionKind.FLEXIBLE_WORKING,
                                    "Agreed school-hours rounds for parents, 9:30 to 2:30, from day one."))),
            new DemoEmployer(
                    "Brookside Home Care Ltd",
                    SizeBand.SMALL,
                    Sector.Q,
                    false,
                    DisabilityConfident.COMMITTED,
                    false,
                    "Pays below the real Living Wage; we are talking to them about accreditation.",
                    "Office",
                    "Unit 2, Brookside Yard",
                    "QQ2 7CD",
                    "Dev Sharma",
                    "Care coordinator",
                    "01632 960102",
                    "dev@example.org",
                    List.of(new DemoInteraction(
                            20,
                            InteractionKind.OTHER,
                            "Shared the real Living Wage business case. They will look at it at their next board."))),
            new DemoEmployer(
                    "Hillcrest Supermarkets",
                    SizeBand.LARGE,
                    Sector.G,
                    true,
                    DisabilityConfident.LEADER,
                    true,
                    "Three stores in the area. Runs a guaranteed interview scheme with us.",
                    "Hillcrest Northmoor store",
                    "Market Street\nNorthmoor",
                    "QQ3 2EF",
                    "Sophie Grant",
                    "Store people partner",
                    "01632 960103",
                    "sophie.grant@example.org",
                    List.of(
                            new DemoInteraction(
                                    60,
                                    InteractionKind.MEETING,
                                    "Launched the guaranteed interview scheme for Brightpath participants."),
                            new DemoInteraction(
                                    15,
                                    InteractionKind.ADJUSTMENTS,
                                    "Agreed interview questions in advance and a quiet room for interviews."))),
            new DemoEmployer(
                    "QuickDrop Logistics",
                    SizeBand.LARGE,
                    Sector.H,
                    false,
                    DisabilityConfident.NONE,
                    false,
                    "Mostly zero-hours delivery work through the app. Check every vacancy carefully.",
                    "Depot",
                    "Junction 4 Trading Estate",
                    "QQ4 8GH",
                    "Mark Lowe",
                    "Depot manager",
                    "01632 960104",
                    null,
                    List.of(new DemoInteraction(
                            30,
                            InteractionKind.MEETING,
                            "Asked about guaranteed minimum hours. They offer 16-hour contracts after 12 weeks."))),
            new DemoEmployer(
                    "Moorgate Distribution Centre",
                    SizeBand.LARGE,
                    Sector.H,
                    true,
                    DisabilityConfident.EMPLOYER,
                    false,
                    "Large warehouse with day and night shifts. Good at adjustments.",
                    "Distribution centre",
                    "Moorgate Way",
                    "QQ5 1JK",
                    "Helen Price",
                    "HR business partner",
                    "01632 960105",
                    "helen.price@example.org",
                    List.of(
                            new DemoInteraction(
                                    50,
                                    InteractionKind.JOB_CARVING,
                                    "Carved a picking-only role from the warehouse operative job for someone who cannot lift heavy loads."),
                            new DemoInteraction(
                                    8,
                                    InteractionKind.ACCESS_TO_WORK,
                                    "Helped apply to Access to Work for an ergonomic workstation for a new starter."))),
            new DemoEmployer(
                    "Sparkle Commercial Cleaning",
                    SizeBand.MEDIUM,
                    Sector.N,
                    false,
                    DisabilityConfident.COMMITTED,
                    false,
                    "Early morning and evening office cleaning contracts.",
                    "Office",
                    "17 Station Road",
                    "QQ6 3LM",
                    "Tariq Aziz",
                    "Operations manager",
                    "01632 960106",
                    "tariq@example.org",
                    List.of(new DemoInteraction(
                            25, InteractionKind.MEETING, "Talked about split shifts and travel between sites."))),
            new DemoEmployer(
                    "The Old Mill Kitchen",
                    SizeBand.SMALL,
                    Sector.I,
                    false,
                    DisabilityConfident.NONE,
                    false,
                    "Busy restaurant. Hours vary with bookings.",
                    "Restaurant",
                    "The Old Mill, Canal Side",
                    "QQ7 5NP",
                    "Lucy Barnes",
                    "Owner",
                    "01632 960107",
                    null,
                    List.of(new DemoInteraction(
                            18, InteractionKind.OTHER, "First visit. They need kitchen porters for the summer."))),
            new DemoEmployer(
                    "Northmoor Borough Council",
                    SizeBand.LARGE,
                    Sector.O,
                    true,
                    DisabilityConfident.LEADER,
                    true,
                    "Ring-fences some entry-level posts for employment support participants.",
                    "Town hall",
                    "Town Hall Square",
                    "QQ1 1AA",
                    "Ruth Okoye",
                    "Recruitment lead",
                    "01632 960108",
                    "ruth.okoye@example.org",
                    List.of(
                            new DemoInteraction(
                                    70,
                                    InteractionKind.MEETING,
                                    "Agreed to ring-fence six entry-level roles a year for our participants."),
                            new DemoInteraction(
                                    10,
                                    InteractionKind.FLEXIBLE_WORKING,
                                    "Confirmed every ring-fenced post is open to job sharing and flexible from day one."))),
            new DemoEmployer(
                    "Greenway Housing Association",
                    SizeBand.MEDIUM,
                    Sector.L,
                    true,
                    DisabilityConfident.EMPLOYER,
                    true,
                    "Hires tenants into maintenance and admin roles.",
                    "Greenway House",
                    "22 Park Lane",
                    "QQ8 6QR",
                    "Ian Doherty",
                    "People manager",
                    "01632 960109",
                    "ian.doherty@example.org",
                    List.of(new DemoInteraction(
                            35,
                            InteractionKind.ADJUSTMENTS,
                            "Agreed a phased start for new starters who have been out of work a long time."))),
            new DemoEmployer(
                    "Riverside Contact Centre Services",
                    SizeBand.LARGE,
                    Sector.N,
                    false,
                    DisabilityConfident.COMMITTED,
                    false,
                    "Outsourced contact centre. Targets are strict; support varies by team.",
                    "Contact centre",
                    "Riverside Business Park",
                    "QQ9 2ST",
                    "Carla Mendes",
                    "Recruitment adviser",
                    "01632 960110",
                    "carla@example.org",
                    List.of(new DemoInteraction(
                            22,
                            InteractionKind.MEETING,
                            "Discussed home working after training, and shift patterns."))),
            new DemoEmployer(
                    "Canal Street Cafe Co-operative",
                    SizeBand.MICRO,
                    Sector.I,
                    true,
                    DisabilityConfident.NONE,
                    true,
                    "Worker co-operative. Everyone has a say.",
                    "Cafe",
                    "5 Canal Street",
                    "QQ7 1UV",
                    "Nia Roberts",
                    "Member",
                    "01632 960111",
                    "hello@example.org",
                    List.of(new DemoInteraction(
                            14,
                            InteractionKind.JOB_CARVING,
                            "Carved a morning baking role from the cafe assistant job, with no till work."))),
            new DemoEmployer(
                    "Pennine Community Transport",
                    SizeBand.SMALL,
                    Sector.H,
                    true,
                    DisabilityConfident.EMPLOYER,
                    true,
                    "Charity running dial-a-ride and school transport.",
                    "Depot",
                    "Old Bus Garage, Mill Lane",
                    "QQ4 3WX",
                    "Gareth Hughes",
                    "Transport manager",
                    "01632 960112",
                    "gareth@example.org",
                    List.of(new DemoInteraction(
                            28,
                            InteractionKind.ACCESS_TO_WORK,
                            "Talked about Access to Work for a driver with a hearing impairment."))));

    private static final List<DemoVacancy> VACANCIES = List.of(
            // Northmoor Care Partnership: good care jobs
            job(
                    0,
                    "Care assistant",
                    "6135",
                    "QQ1 4AB",
                    "16",
                    "30",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.60",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    "School-hours rounds available",
                    "MMMPMMM",
                    21),
            job(
                    0,
                    "Senior care worker",
                    "6136",
                    "QQ1 4AB",
                    "30",
                    "37.5",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI SAT SUN",
                    ContractType.PERMANENT,
                    "27500",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "G",
                    null,
                    "MMPMMMM",
                    28),
            job(
                    0,
                    "Home carer (weekends)",
                    "6135",
                    "QQ2 5BA",
                    "12",
                    "16",
                    WorkingPattern.FIXED_DAYS,
                    "SAT SUN",
                    ContractType.PERMANENT,
                    "13.60",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "F",
                    null,
                    "MMMUMMP",
                    14),
            job(
                    0,
                    "Care coordinator",
                    "4159",
                    "QQ1 4AB",
                    "37.5",
                    null,
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "27000",
                    PayPeriod.YEAR,
                    WorkLocation.HYBRID,
                    "FG",
                    null,
                    "MMMMPMM",
                    30),
            // Brookside Home Care: below the real Living Wage, some zero-hours
            job(
                    1,
                    "Care worker",
                    "6135",
                    "QQ2 7CD",
                    "0",
                    "40",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI SAT SUN",
                    ContractType.ZERO_HOURS,
                    "12.21",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NNPNPUU",
                    10),
            job(
                    1,
                    "Night carer",
                    "6135",
                    "QQ2 7CD",
                    "20",
                    "36",
                    WorkingPattern.SHIFTS,
                    "FRI SAT SUN",
                    ContractType.PERMANENT,
                    "12.60",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "MNPUPPU",
                    18),
            job(
                    1,
                    "Domestic assistant",
                    "9223",
                    "QQ2 7CD",
                    "10",
                    "20",
                    WorkingPattern.FIXED_DAYS,
                    "MON WED FRI",
                    ContractType.TEMPORARY,
                    "12.21",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "PNPUUPU",
                    12),
            // Hillcrest Supermarkets: good retail jobs
            job(
                    2,
                    "Customer assistant",
                    "7111",
                    "QQ3 2EF",
                    "16",
                    "24",
                    WorkingPattern.SHIFTS,
                    "THU FRI SAT SUN",
                    ContractType.PERMANENT,
                    "13.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    "Interview questions in advance, quiet room",
                    "MMMMMMM",
                    20),
            job(
                    2,
                    "Checkout operator",
                    "7112",
                    "QQ3 2EF",
                    "12",
                    "20",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED",
                    ContractType.PERMANENT,
                    "13.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "G",
                    null,
                    "MMPMMMP",
                    25),
            job(
                    2,
                    "Night shelf filler",
                    "9241",
                    "QQ3 6FE",
                    "20",
                    "30",
                    WorkingPattern.SHIFTS,
                    "SUN MON TUE WED",
                    ContractType.PERMANENT,
                    "14.20",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "G",
                    null,
                    "MMNMMMP",
                    16),
            job(
                    2,
                    "Online order picker",
                    "9252",
                    "QQ3 6FE",
                    "16",
                    "30",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI SAT",
                    ContractType.FIXED_TERM,
                    "13.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "G",
                    null,
                    "PMPMMMM",
                    9),
            job(
                    2,
                    "Retail apprentice",
                    "7111",
                    "QQ3 2EF",
                    "30",
                    "30",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.APPRENTICESHIP,
                    "10.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "RG",
                    null,
                    "MNMMMMM",
                    35),
            // QuickDrop Logistics: zero-hours delivery work
            job(
                    3,
                    "Delivery driver",
                    "8214",
                    "QQ4 8GH",
                    "0",
                    "50",
                    WorkingPattern.FLEXIBLE,
                    "MON TUE WED THU FRI SAT SUN",
                    ContractType.ZERO_HOURS,
                    "12.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NNPNPNU",
                    7),
            job(
                    3,
                    "Multi-drop courier",
                    "8214",
                    "QQ4 8GH",
                    "0",
                    null,
                    WorkingPattern.FLEXIBLE,
                    "MON TUE WED THU FRI SAT SUN",
                    ContractType.SELF_EMPLOYED,
                    null,
                    null,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NUPNUNU",
                    14),
            job(
                    3,
                    "Parcel sorter",
                    "9252",
                    "QQ4 8GH",
                    "0",
                    "40",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI",
                    ContractType.ZERO_HOURS,
                    "13.10",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NPPUPPN",
                    5),
            job(
                    3,
                    "Van driver (16 hours)",
                    "8214",
                    "QQ4 8GH",
                    "16",
                    "40",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.45",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "PMPUPPU",
                    21),
            // Moorgate Distribution Centre: warehouse shifts, good adjustments
            job(
                    4,
                    "Warehouse operative",
                    "9252",
                    "QQ5 1JK",
                    "37.5",
                    "40",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "28600",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "G",
                    "Lighter picking duties can be agreed",
                    "MMPMMMM",
                    24),
            job(
                    4,
                    "Picker packer (part time)",
                    "9252",
                    "QQ5 1JK",
                    "16",
                    "24",
                    WorkingPattern.FIXED_DAYS,
                    "SAT SUN",
                    ContractType.PERMANENT,
                    "14.00",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    null,
                    "MMMMMMP",
                    19),
            job(
                    4,
                    "Forklift driver",
                    "8222",
                    "QQ5 1JK",
                    "40",
                    null,
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "31000",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "MMPMPMM",
                    27),
            job(
                    4,
                    "Goods in administrator",
                    "4159",
                    "QQ5 1JK",
                    "22.5",
                    "30",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED",
                    ContractType.PERMANENT,
                    "14.10",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "F",
                    null,
                    "MMMMMPM",
                    22),
            job(
                    4,
                    "Seasonal warehouse operative",
                    "9252",
                    "QQ5 1JK",
                    "30",
                    "40",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI SAT",
                    ContractType.TEMPORARY,
                    "13.45",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "G",
                    null,
                    "NMPMMPM",
                    8),
            // Sparkle Commercial Cleaning: early and late cleaning
            job(
                    5,
                    "Office cleaner (early mornings)",
                    "9223",
                    "QQ6 3LM",
                    "10",
                    "15",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "12.60",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "MNPUPUU",
                    15),
            job(
                    5,
                    "Evening cleaner",
                    "9223",
                    "QQ6 4ML",
                    "0",
                    "20",
                    WorkingPattern.FLEXIBLE,
                    "MON TUE WED THU FRI",
                    ContractType.ZERO_HOURS,
                    "12.21",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NNPUUUU",
                    6),
            job(
                    5,
                    "Cleaning supervisor",
                    "9229",
                    "QQ6 3LM",
                    "25",
                    "30",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.80",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "MMPPMPP",
                    26),
            // The Old Mill Kitchen: variable hours
            job(
                    6,
                    "Kitchen porter",
                    "9263",
                    "QQ7 5NP",
                    "0",
                    "35",
                    WorkingPattern.SHIFTS,
                    "FRI SAT SUN",
                    ContractType.ZERO_HOURS,
                    "11.90",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NNNUPUU",
                    4),
            job(
                    6,
                    "Commis chef",
                    "5434",
                    "QQ7 5NP",
                    "30",
                    "45",
                    WorkingPattern.SHIFTS,
                    "WED THU FRI SAT SUN",
                    ContractType.PERMANENT,
                    "24500",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "MPNUPMU",
                    17),
            job(
                    6,
                    "Waiting staff",
                    "9264",
                    "QQ7 5NP",
                    "8",
                    "25",
                    WorkingPattern.SHIFTS,
                    "FRI SAT SUN",
                    ContractType.TEMPORARY,
                    "12.21",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "PNPUUPU",
                    11),
            // Northmoor Borough Council: ring-fenced, flexible
            job(
                    7,
                    "Administrative assistant",
                    "4159",
                    "QQ1 1AA",
                    "18.5",
                    "37",
                    WorkingPattern.FLEXIBLE,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "26500",
                    PayPeriod.YEAR,
                    WorkLocation.HYBRID,
                    "FRG",
                    "Phased start, written instructions, a workplace buddy",
                    "MMMMMMM",
                    30),
            job(
                    7,
                    "Customer services adviser",
                    "7219",
                    "QQ1 1AA",
                    "22",
                    "37",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "27000",
                    PayPeriod.YEAR,
                    WorkLocation.HYBRID,
                    "FRG",
                    null,
                    "MMMMMMP",
                    28),
            job(
                    7,
                    "Street cleansing operative",
                    "9222",
                    "QQ1 8BB",
                    "37",
                    null,
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "26400",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "RG",
                    null,
                    "MMPMMMM",
                    23),
            job(
                    7,
                    "School crossing patrol",
                    "9232",
                    "QQ2 9CC",
                    "7.5",
                    "10",
                    WorkingPattern.TERM_TIME,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.70",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    null,
                    "MMMMMMU",
                    20),
            job(
                    7,
                    "Receptionist (job share)",
                    "4216",
                    "QQ1 1AA",
                    "18.5",
                    null,
                    WorkingPattern.FIXED_DAYS,
                    "WED THU FRI",
                    ContractType.FIXED_TERM,
                    "13.90",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FR",
                    null,
                    "PMMMMMM",
                    29),
            // Greenway Housing Association
            job(
                    8,
                    "Handyperson",
                    "8159",
                    "QQ8 6QR",
                    "30",
                    "37",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "26500",
                    PayPeriod.YEAR,
                    WorkLocation.ON_SITE,
                    "FG",
                    null,
                    "MMMMMMM",
                    25),
            job(
                    8,
                    "Housing admin apprentice",
                    "4159",
                    "QQ8 6QR",
                    "30",
                    null,
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.APPRENTICESHIP,
                    "13.45",
                    PayPeriod.HOUR,
                    WorkLocation.HYBRID,
                    "FRG",
                    null,
                    "MMMMMMM",
                    33),
            job(
                    8,
                    "Estate cleaner",
                    "9223",
                    "QQ8 7RQ",
                    "20",
                    "25",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU",
                    ContractType.PERMANENT,
                    "13.60",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "F",
                    null,
                    "MMMPMMP",
                    18),
            // Riverside Contact Centre Services
            job(
                    9,
                    "Contact centre adviser",
                    "7219",
                    "QQ9 2ST",
                    "25",
                    "37.5",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI SAT",
                    ContractType.PERMANENT,
                    "23400",
                    PayPeriod.YEAR,
                    WorkLocation.HYBRID,
                    "",
                    null,
                    "MPPNPPP",
                    13),
            job(
                    9,
                    "Customer service agent (temporary)",
                    "7219",
                    "QQ9 2ST",
                    "16",
                    "37.5",
                    WorkingPattern.SHIFTS,
                    "MON TUE WED THU FRI",
                    ContractType.TEMPORARY,
                    "12.40",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "",
                    null,
                    "NNPNPPU",
                    9),
            // Canal Street Cafe Co-operative
            job(
                    10,
                    "Coffee shop assistant",
                    "9266",
                    "QQ7 1UV",
                    "12",
                    "20",
                    WorkingPattern.FIXED_DAYS,
                    "TUE WED THU",
                    ContractType.PERMANENT,
                    "13.50",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    "No till work needed for the baking role",
                    "MMMMMPM",
                    19),
            // Pennine Community Transport
            job(
                    11,
                    "Minibus driver",
                    "8212",
                    "QQ4 3WX",
                    "15",
                    "25",
                    WorkingPattern.FIXED_DAYS,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.75",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FG",
                    "Access to Work support for drivers with a hearing impairment",
                    "MMMMMMM",
                    27),
            job(
                    11,
                    "Passenger assistant (school runs)",
                    "6137",
                    "QQ4 3WX",
                    "10",
                    "12.5",
                    WorkingPattern.TERM_TIME,
                    "MON TUE WED THU FRI",
                    ContractType.PERMANENT,
                    "13.45",
                    PayPeriod.HOUR,
                    WorkLocation.ON_SITE,
                    "FRG",
                    null,
                    "MMMMMMM",
                    22));

    private static DemoVacancy job(
            int employer,
            String title,
            String soc,
            String postcode,
            String min,
            String max,
            WorkingPattern pattern,
            String days,
            ContractType contract,
            String pay,
            PayPeriod period,
            WorkLocation where,
            String offers,
            String adjustments,
            String quality,
            int closesInDays) {
        return new DemoVacancy(
                employer,
                title,
                soc,
                postcode,
                min,
                max,
                pattern,
                days,
                contract,
                pay,
                period,
                where,
                offers,
                adjustments,
                quality,
                closesInDays);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!serviceMode.demoData() || employers.anyRecorded()) {
            return;
        }
        Optional<UUID> provider = directory.organisations().stream()
                .filter(o -> o.name().equals(PROVIDER))
                .map(Organisation::id)
                .findFirst();
        Optional<UUID> officer = provider.flatMap(id -> accounts.list(id).stream()
                .filter(u -> u.username().equals(OFFICER))
                .map(UserAccount::id)
                .findFirst());
        if (provider.isEmpty() || officer.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(provider.get(), officer.get()));
        log.info("Loaded the fictional demo employers and vacancies");
    }

    private void load(UUID provider, UUID officer) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<UUID> ids = new ArrayList<>();
        for (DemoEmployer e : EMPLOYERS) {
            UUID id = employers.create(
                    provider,
                    new EmployerDetails(
                            e.name(),
                            e.size(),
                            e.sector(),
                            e.charter(),
                            e.disabilityConfident(),
                            e.livingWage(),
                            officer,
                            e.notes()),
                    officer);
            employers.addLocation(provider, id, e.location(), e.address(), e.postcode(), officer);
            employers.addContact(provider, id, e.contact(), e.contactTitle(), e.phone(), e.email(), officer);
            for (DemoInteraction i : e.interactions()) {
                employers.recordInteraction(provider, id, today.minusDays(i.daysAgo()), i.kind(), i.summary(), officer);
            }
            ids.add(id);
        }
        List<String> dimensions = referenceData.jobQualityDimensions().stream()
                .map(ReferenceData.JobQualityDimension::code)
                .toList();
        for (DemoVacancy v : VACANCIES) {
            vacancies.create(
                    provider,
                    new VacancyDetails(
                            ids.get(v.employer()),
                            v.title(),
                            v.soc(),
                            v.postcode(),
                            new BigDecimal(v.min()),
                            v.max() == null ? null : new BigDecimal(v.max()),
                            v.pattern(),
                            days(v.days()),
                            v.contract(),
                            v.pay() == null ? null : new BigDecimal(v.pay()),
                            v.period(),
                            today.plusDays(v.closesInDays()),
                            v.where(),
                            v.adjustments(),
                            v.offers().contains("F"),
                            v.offers().contains("R"),
                            v.offers().contains("G")),
                    VacancyStatus.OPEN,
                    quality(dimensions, v.quality()),
                    officer,
                    null);
        }
    }

    private static JobQuality quality(List<String> dimensions, String ratings) {
        Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size() && i < ratings.length(); i++) {
            JobQuality.Rating rating = switch (ratings.charAt(i)) {
                case 'M' -> JobQuality.Rating.MEETS;
                case 'P' -> JobQuality.Rating.PARTLY;
                case 'N' -> JobQuality.Rating.NOT_MET;
                default -> JobQuality.Rating.UNKNOWN;
            };
            assessments.put(dimensions.get(i), new JobQuality.Assessment(rating, null));
        }
        return new JobQuality(assessments);
    }

    private static Set<DayOfWeek> days(String days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days.split(" ")) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(day)) {
                    set.add(d);
                }
            }
        }
        return set;
    }
}
