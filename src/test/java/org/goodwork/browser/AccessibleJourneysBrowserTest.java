package org.goodwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodwork.shared.DemoSignIns;
import org.goodwork.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real journeys in Debian's Chromium: every demo role signs in and visits each page in its
 * navigation, and axe-core checks every page against WCAG 2.2 AA with no violation allowed.
 */
class AccessibleJourneysBrowserTest extends IntegrationTest {

    private static WebDriver browser;
    private static String axeScript;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path projectDir = Path.of(System.getProperty("goodwork.project-dir", "."));
        axeScript = Files.readString(projectDir.resolve("node_modules/axe-core/axe.min.js"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyRoleSignsInAndEveryPageItCanReachHasNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        for (DemoSignIns.DemoSignIn demo : DemoSignIns.ALL) {
            browser.manage().deleteAllCookies();
            open("/sign-in", problems);
            browser.findElement(By.id("username")).sendKeys(demo.username());
            browser.findElement(By.id("password")).sendKeys(DemoSignIns.PASSWORD);
            clickAndWait(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .as(demo.username())
                    .startsWith(demo.role())
                    .contains("Hello");
            check(demo.username() + " home", problems);
            Set<String> links = new LinkedHashSet<>();
            for (WebElement link : browser.findElements(By.cssSelector(".govuk-service-navigation__link[href]"))) {
                links.add(link.getAttribute("href"));
            }
            for (String link : links) {
                browser.get(link);
                check(demo.username() + " " + link, problems);
                followFirst("tbody a.govuk-link", demo.username(), problems);
            }
            clickAndWait(browser.findElement(By.cssSelector(".goodwork-sign-out button")));
            assertThat(browser.getCurrentUrl()).contains("/sign-in?signed-out");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void formsWithErrorsAndThePublicPagesHaveNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        for (String path : List.of("/accessibility", "/privacy", "/how-we-use-your-data", "/data-sources")) {
            open(path, problems);
        }
        open("/no-such-page", problems);
        open("/sign-in", problems);
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not the right password");
        clickAndWait(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
        assertThat(browser.getTitle()).startsWith("Error: ");
        check("sign-in with an error", problems);

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(DemoSignIns.PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
        open("/participants/" + UUID.randomUUID(), problems);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("You do not have permission to see this page");
        open("/admin/organisations/" + UUID.randomUUID(), problems);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        for (String form : List.of(
                "/admin/organisations/new",
                "/admin/users/new",
                "/admin/api-clients/new",
                "/admin/services/import",
                "/admin/postcodes",
                "/account/password")) {
            open(form, problems);
            List<WebElement> submit =
                    browser.findElements(By.cssSelector("main form[method=post] button[type=submit]"));
            assertThat(submit).as("%s: %s", form, browser.getTitle()).isNotEmpty();
            clickAndWait(submit.get(0));
            assertThat(browser.getTitle()).as(form).startsWith("Error: ");
            assertThat(browser.switchTo().activeElement().getAttribute("class"))
                    .as(form)
                    .contains("govuk-error-summary");
            check(form + " with errors", problems);
        }

        signInAs("commissioner");
        open("/programmes/HIW/outcomes", problems);
        replace("jobOutcome", "a lot");
        continueFrom("outcome prices");
        assertThat(browser.getTitle()).startsWith("Error: ");
        check("outcome rules and prices with errors", problems);
        open("/programmes/HIW/claims", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void someoneReferringThemselvesMeetsNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        open("/sign-in", problems);
        clickAndWait(browser.findElement(By.linkText("Refer yourself for support")));
        check("self-referral start", problems);
        clickAndWait(browser.findElement(By.cssSelector("a.govuk-button--start[href='/refer-yourself/HIW/name']")));
        check("self-referral name", problems);
        continueFrom("name");
        assertThat(browser.getTitle()).startsWith("Error: ");
        check("self-referral name with errors", problems);
        browser.findElement(By.id("givenName")).sendKeys("Rowan");
        browser.findElement(By.id("familyName")).sendKeys("Browser-Tested");
        continueFrom("name");
        check("self-referral date of birth", problems);
        browser.findElement(By.id("day")).sendKeys("14");
        browser.findElement(By.id("month")).sendKeys("6");
        browser.findElement(By.id("year")).sendKeys("1990");
        continueFrom("date of birth");
        check("self-referral postcode", problems);
        browser.findElement(By.id("postcode")).sendKeys("QQ1 2AB");
        continueFrom("postcode");
        check("self-referral contact", problems);
        browser.findElement(By.id("email")).sendKeys("rowan@example.org");
        continueFrom("contact");
        check("self-referral reason", problems);
        browser.findElement(By.id("reason")).sendKeys("Finding work that fits around my caring");
        continueFrom("reason");
        check("self-referral consent", problems);
        browser.findElement(By.cssSelector("label[for=consent]")).click();
        continueFrom("consent");
        check("self-referral check answers", problems);
        continueFrom("check answers");
        assertThat(browser.findElement(By.cssSelector(".govuk-panel__title")).getText())
                .isEqualTo("Referral sent");
        check("self-referral confirmation", problems);

        // The team leader triages the self-referral and accepts it onto a keyworker's caseload.
        signInAs("teamleader");
        open("/referrals", problems);
        clickAndWait(browser.findElement(By.partialLinkText("Browser-Tested")));
        check("triage of a self-referral", problems);
        browser.findElement(By.xpath("//label[normalize-space()='Tom Ellis']")).click();
        browser.findElement(By.id("overLimitReason")).sendKeys("Tom already supports their sister");
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Accept referral']")));
        check("queue after accepting a self-referral", problems);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Rowan Browser-Tested has been accepted and allocated to Tom Ellis");
        assertThat(problems).isEmpty();
    }

    @Test
    void aReferralIsTriagedStartedPlannedAndClosedWithNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        signInAs("teamleader");
        open("/referrals/new", problems);
        new Select(browser.findElement(By.id("programme"))).selectByValue("HIW");
        new Select(browser.findElement(By.id("source"))).selectByValue("GP");
        browser.findElement(By.id("givenName")).sendKeys("Journey");
        browser.findElement(By.id("familyName")).sendKeys("Browserson");
        browser.findElement(By.id("dobDay")).sendKeys("3");
        browser.findElement(By.id("dobMonth")).sendKeys("9");
        browser.findElement(By.id("dobYear")).sendKeys("1984");
        browser.findElement(By.id("phone")).sendKeys("01632 960555");
        browser.findElement(By.cssSelector("label[for=consentToContact]")).click();
        continueFrom("referral");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Journey Browserson");
        check("triage", problems);
        browser.findElement(By.xpath("//label[normalize-space()='Grace Nwosu']"))
                .click();
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Accept referral']")));
        check("queue after accepting", problems);
        open("/participants?q=Browserson", problems);
        clickAndWait(browser.findElement(By.linkText("Journey Browserson")));
        clickAndWait(browser.findElement(By.partialLinkText("Everything we hold")));
        check("subject access page", problems);
        clickAndWait(browser.findElement(By.linkText("Back to the record")));
        clickAndWait(browser.findElement(By.linkText("Household")));
        check("household overview", problems);

        signInAs("grace.nwosu");
        open("/participants?q=Browserson", problems);
        clickAndWait(browser.findElement(By.linkText("Journey Browserson")));
        check("record", problems);
        clickAndWait(browser.findElement(By.linkText("Record their start")));
        check("start", problems);
        continueFrom("start");
        clickAndWait(browser.findElement(By.linkText("Change circumstances")));
        check("circumstances", problems);
        browser.findElement(By.id("aspirations")).sendKeys("Work in a garden centre");
        continueFrom("circumstances");
        check("circumstances summary", problems);
        clickAndWait(browser.findElement(By.linkText("Plan")));
        check("plan", problems);
        clickAndWait(browser.findElement(By.linkText("Add an action")));
        check("new action", problems);
        browser.findElement(By.id("description")).clear();
        continueFrom("empty action");
        check("new action with errors", problems);
        browser.findElement(By.xpath("//label[normalize-space()='Work and skills']"))
                .click();
        browser.findElement(By.id("description")).sendKeys("Visit two garden centres to ask about work");
        continueFrom("action");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Visit two garden centres");
        clickAndWait(browser.findElement(By.linkText("Budget")));
        check("budget", problems);
        new Select(browser.findElement(By.id("category"))).selectByValue("TRAVEL");
        browser.findElement(By.id("amount")).sendKeys("12.40");
        browser.findElement(By.id("description")).sendKeys("Bus fare to the garden centre");
        continueFrom("budget spend");
        check("budget after spending", problems);
        clickAndWait(browser.findElement(By.linkText("Plan")));
        clickAndWait(browser.findElement(By.linkText("Their copy to print")));
        check("printable plan", problems);
        clickAndWait(browser.findElement(By.linkText("Back to the plan")));
        clickAndWait(browser.findElement(By.linkText("Consent")));
        browser.findElement(By.id("sharedWith")).sendKeys("Northmoor Money Advice");
        browser.findElement(By.id("purpose")).sendKeys("Debt advice referral");
        LocalDate today = LocalDate.now();
        browser.findElement(By.id("dateDay")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.findElement(By.id("dateMonth")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.findElement(By.id("dateYear")).sendKeys(String.valueOf(today.getYear()));
        continueFrom("consent");
        check("consent", problems);
        clickAndWait(browser.findElement(By.linkText("Contacts")));
        check("contacts", problems);
        new Select(browser.findElement(By.id("type"))).selectByValue("PHONE");
        browser.findElement(By.id("duration")).sendKeys("20");
        continueFrom("contact");
        clickAndWait(browser.findElement(By.linkText("Progress")));
        check("progress", problems);
        clickAndWait(browser.findElement(By.linkText("Record a baseline")));
        check("baseline", problems);
        for (WebElement five : browser.findElements(By.cssSelector("input[type=radio][value='5']"))) {
            browser.findElement(By.cssSelector("label[for='" + five.getAttribute("id") + "']"))
                    .click();
        }
        continueFrom("baseline");
        check("progress with a baseline", problems);
        clickAndWait(browser.findElement(By.linkText("Partners")));
        check("partner referrals", problems);
        new Select(browser.findElement(By.id("partner"))).selectByVisibleText("Northmoor Money Advice");
        browser.findElement(By.xpath("//label[normalize-space()='Northmoor Money Advice']"))
                .click();
        browser.findElement(By.id("whatIsShared")).sendKeys("Would like help with rent arrears");
        continueFrom("partner referral");
        check("partner referral sent", problems);

        signInAs("partner");
        open("/partner-referrals", problems);
        clickAndWait(browser.findElement(By.cssSelector("tbody a")));
        check("partner's view of the referral", problems);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Journey Browserson");
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Accept referral']")));
        check("partner accepted", problems);

        signInAs("grace.nwosu");
        open("/participants?q=Browserson", problems);
        clickAndWait(browser.findElement(By.linkText("Journey Browserson")));
        clickAndWait(browser.findElement(By.linkText("Partners")));
        assertThat(browser.findElement(By.cssSelector("tbody .govuk-tag")).getText())
                .isEqualTo("Accepted");
        clickAndWait(browser.findElement(By.linkText("Activities")));
        check("activities", problems);
        new Select(browser.findElement(By.id("type"))).selectByValue("COURSE");
        browser.findElement(By.id("description")).sendKeys("Horticulture taster course");
        browser.findElement(By.id("hours")).sendKeys("6");
        browser.findElement(By.xpath("//label[normalize-space()='Yes']")).click();
        continueFrom("activity");
        check("activities after recording one", problems);
        clickAndWait(browser.findElement(By.partialLinkText("Mark completed")));
        check("activity completion", problems);
        continueFrom("activity completion");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Counts as training");
        clickAndWait(browser.findElement(By.linkText("Moving on")));
        check("moving-on plan", problems);
        browser.findElement(By.xpath("//label[normalize-space()='Check in after support ends']"))
                .click();
        LocalDate inAMonth = today.plusMonths(1);
        browser.findElement(By.id("plannedDay")).sendKeys(String.valueOf(inAMonth.getDayOfMonth()));
        browser.findElement(By.id("plannedMonth")).sendKeys(String.valueOf(inAMonth.getMonthValue()));
        browser.findElement(By.id("plannedYear")).sendKeys(String.valueOf(inAMonth.getYear()));
        browser.findElement(By.id("description")).sendKeys("A call to see how the new job is going");
        continueFrom("moving-on step");
        check("moving-on plan with a step", problems);
        clickAndWait(browser.findElement(By.linkText("Overview")));
        clickAndWait(browser.findElement(By.linkText("Record that they are leaving")));
        check("leaving", problems);
        browser.findElement(By.xpath("//label[normalize-space()='In paid employment']"))
                .click();
        continueFrom("leaving");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Left the programme");
        clickAndWait(browser.findElement(By.linkText("Timeline")));
        check("timeline", problems);
        assertThat(browser.findElements(By.cssSelector(".moj-timeline__item"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void anEmployerAndAVacancyAreRecordedAndAssessedWithNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        signInAs("employer.officer");
        open("/employers/new", problems);
        continueFrom("empty employer");
        assertThat(browser.getTitle()).startsWith("Error: ");
        check("new employer with errors", problems);
        browser.findElement(By.id("name")).sendKeys("Browserbridge Florists");
        browser.findElement(By.xpath("//label[normalize-space()='Micro (1 to 9 employees)']"))
                .click();
        new Select(browser.findElement(By.id("sector"))).selectByValue("G");
        browser.findElement(By.xpath("//label[normalize-space()='Level 1: Disability Confident Committed']"))
                .click();
        new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText("Chris Doyle");
        continueFrom("employer");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Browserbridge Florists");
        check("employer", problems);
        clickAndWait(browser.findElement(By.linkText("Record an interaction")));
        check("new interaction", problems);
        browser.findElement(By.xpath("//label[normalize-space()='Job carving']"))
                .click();
        browser.findElement(By.id("summary")).sendKeys("Carved a flower-prep role with no customer contact");
        continueFrom("interaction");
        check("employer with an interaction", problems);

        clickAndWait(browser.findElement(By.partialLinkText("Add a vacancy")));
        check("new vacancy", problems);
        browser.findElement(By.id("title")).sendKeys("Florist");
        clickAndWait(browser.findElement(By.cssSelector("button[name=find]")));
        check("vacancy with occupations found", problems);
        browser.findElement(By.cssSelector("label[for=socCode]")).click();
        browser.findElement(By.id("minWeeklyHours")).sendKeys("16");
        browser.findElement(By.id("payAmount")).sendKeys("12.50");
        browser.findElement(By.xpath("//label[normalize-space()='Zero hours']")).click();
        browser.findElement(By.xpath("//label[normalize-space()='Fixed days and times']"))
                .click();
        browser.findElement(By.xpath("//label[normalize-space()='On site']")).click();
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Save as draft']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Florist");
        check("vacancy with warnings", problems);
        clickAndWait(browser.findElement(By.linkText("Assess job quality")));
        check("job quality form", problems);
        for (WebElement partly : browser.findElements(By.cssSelector("input[type=radio][value=PARTLY]"))) {
            browser.findElement(By.cssSelector("label[for='" + partly.getAttribute("id") + "']"))
                    .click();
        }
        continueFrom("job quality");
        assertThat(browser.findElement(By.cssSelector(".goodwork-job-quality-band"))
                        .getText())
                .isEqualTo("Fair");
        check("vacancy with its job quality", problems);
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Open to applicants']")));
        clickAndWait(browser.findElement(By.linkText("People who fit, and the shortlist")));
        check("people who fit a vacancy", problems);

        // A keyworker matches someone on their caseload, they apply and start, and stay in work.
        signInAs("keyworker");
        open("/participants", problems);
        clickAndWait(browser.findElement(By.cssSelector("main tbody a")));
        clickAndWait(browser.findElement(By.linkText("Job matches")));
        check("job matches", problems);
        clickAndWait(browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Add to applications')]")));
        check("applications", problems);
        new Select(browser.findElement(By.cssSelector("select[name=stage]"))).selectByValue("STARTED");
        clickAndWait(browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Save stage')]")));
        check("application started", problems);
        clickAndWait(browser.findElement(By.linkText("Record the job start")));
        check("job start from an application", problems);
        LocalDate started = LocalDate.now().minusDays(100);
        replace("startDay", String.valueOf(started.getDayOfMonth()));
        replace("startMonth", String.valueOf(started.getMonthValue()));
        replace("startYear", String.valueOf(started.getYear()));
        replace("weeklyHours", "30");
        replace("hourlyPay", "13.50");
        if (browser.findElements(By.cssSelector("input[name=contractType]:checked"))
                .isEmpty()) {
            browser.findElement(By.xpath("//label[normalize-space()='Permanent']"))
                    .click();
        }
        continueFrom("job start");
        check("job", problems);
        clickAndWait(browser.findElement(By.linkText("Assess job quality")));
        check("job quality of a job start", problems);
        clickAndWait(browser.findElement(By.linkText("Back")));
        clickAndWait(browser.findElement(By.linkText("Contacts")));
        new Select(browser.findElement(By.id("type"))).selectByValue("IN_WORK");
        continueFrom("in-work contact");
        clickAndWait(browser.findElement(By.linkText("Work")));
        check("work and outcomes", problems);
        assertThat(browser.findElements(By.cssSelector(".govuk-summary-list__row")))
                .map(WebElement::getText)
                .anySatisfy(row -> assertThat(row)
                        .contains("Sustained employment, 13 weeks")
                        .contains("Achieved"));
        assertThat(problems).isEmpty();
    }

    private static void replace(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + port + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoSignIns.PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")));
    }

    private static void continueFrom(String page) {
        List<WebElement> submit = browser.findElements(By.cssSelector("main form[method=post] button[type=submit]"));
        assertThat(submit).as(page).hasSize(1);
        clickAndWait(submit.get(0));
    }

    /** Clicks and waits for the next page, so nothing is read from the page being left. */
    private static void clickAndWait(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.goodworkPageBeingLeft = true");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.goodworkPageBeingLeft === undefined"
                                + " && document.readyState === 'complete'")));
    }

    private void open(String path, List<String> problems) {
        browser.get("http://127.0.0.1:" + port + path);
        check(path, problems);
    }

    private void followFirst(String selector, String who, List<String> problems) {
        List<WebElement> links = browser.findElements(By.cssSelector(selector));
        if (!links.isEmpty()) {
            String href = links.get(0).getAttribute("href");
            browser.get(href);
            check(who + " " + href, problems);
            browser.navigate().back();
        }
    }

    @SuppressWarnings("unchecked")
    private void check(String where, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeScript);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        for (Object violation : (List<Object>) result) {
            problems.add(where + " -> " + violation);
        }
    }
}
