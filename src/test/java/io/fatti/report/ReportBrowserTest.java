package io.fatti.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.io.Article;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The report in a real browser: Debian's headless Chromium driven through chromedriver. Skips, saying why, where no
 * browser is installed ({@code .ci/run} installs the packages {@code chromium} and {@code chromium-driver}).
 */
@Tag("slow")
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("fatti.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("fatti.chromedriver", "/usr/bin/chromedriver"));

    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no headless browser here: install the Debian packages chromium and chromium-driver ("
                        + CHROMIUM + ", " + DRIVER + ") to run the report's browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path write(String name, String html) throws Exception {
        Path dir = Path.of("target", "report-test");
        Files.createDirectories(dir);
        Path file = dir.resolve(name).toAbsolutePath();
        Files.writeString(file, html);
        return file;
    }

    @Test
    void hoveringAMentionShowsItsValueAndTheSeedScreenshotIsSaved() throws Exception {
        List<Article> seed = HtmlReportTest.read(HtmlReportTest.TestPaths.seed().toString());
        Path page = write("seed.html", HtmlReportTest.page(seed));
        browser.get(page.toUri().toString());
        WebElement money = browser.findElements(By.cssSelector("mark.t-MONEY")).get(0);
        WebElement tip = money.findElement(By.cssSelector("span.tip"));
        assertThat(tip.isDisplayed()).as("tooltip hidden before hover").isFalse();
        new Actions(browser).moveToElement(money).perform();
        assertThat(tip.isDisplayed()).as("tooltip shown on hover").isTrue();
        assertThat(tip.getText()).contains("12220000000").contains("USD");
        // keyboard users: focus shows it too
        new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
        WebElement percent = browser.findElements(By.cssSelector("mark.t-PERCENT")).get(0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", percent);
        assertThat(percent.findElement(By.cssSelector("span.tip")).isDisplayed()).isTrue();
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", percent);
        new Actions(browser).moveToElement(money).perform();
        browser.manage().window().setSize(new Dimension(1280, 900));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Path.of("target", "report-seed.png");
        Files.copy(shot.toPath(), saved, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isGreaterThan(10_000);
    }

    @Test
    void anArticleWithScriptRunsNothing() throws Exception {
        String hostile = "Ricavi per 5 milioni di euro. <script>window.__pwned = 1; alert('x')</script>"
                + "<img src=x onerror=\"window.__pwned = 2\"><svg onload=\"window.__pwned = 3\"></svg>"
                + "<iframe src=\"javascript:parent.__pwned=4\"></iframe> Fine.";
        Path page = write("hostile.html", HtmlReportTest.page(List.of(new Article("x", hostile,
                ArticleContext.undated()))));
        browser.get(page.toUri().toString());
        Object pwned = ((JavascriptExecutor) browser).executeScript("return String(window.__pwned)");
        assertThat(pwned).isEqualTo("undefined");
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(browser.findElements(By.cssSelector("article script, article img, article iframe"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("article div.text")).getText()).contains("<script>");
    }
}
