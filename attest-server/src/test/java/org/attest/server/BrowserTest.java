package org.attest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The application in a real browser: Debian's headless Chromium driven through its chromedriver
 * (no driver is downloaded: the binary and the driver are given, so Selenium Manager never runs).
 * One server and one browser for the class, over a ledger of the demo corpus and a hostile article.
 * Each page is loaded, clicked through, checked for what it must show, and photographed under
 * {@code target/screenshots/}.
 */
class BrowserTest {
  @TempDir static Path dir;
  static Server server;
  static ChromeDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    server = Server.start(new Server.Options(TestLedger.build(dir.resolve("ledger")), "127.0.0.1", 0, null));
    base = "http://127.0.0.1:" + server.port();
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(Path.of("target/screenshots"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  /** Waits (at most ten seconds) until the browser shows what a click asked for. */
  private static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(condition);
  }

  private static void open(String path) {
    browser.get(base + path);
  }

  private static void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target/screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** A whole page in one picture: the window as tall as the page. */
  private static void fullScreenshot(String name) throws IOException {
    Dimension before = browser.manage().window().getSize();
    long height = (Long) browser.executeScript("return Math.min(4000, document.documentElement.scrollHeight)");
    browser.manage().window().setSize(new Dimension(before.getWidth(), (int) height + 140));
    screenshot(name);
    browser.manage().window().setSize(before);
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  @Test
  void theArticlePageMarksTheQuotesWithMattisAsTheirSpeaker() throws IOException {
    open("/");
    browser.findElement(By.linkText("Fewer than 1,000 Islamic State fighters remain (the project's example article)")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/article?id="));
    assertTrue(browser.getCurrentUrl().contains("/article?id="), browser.getCurrentUrl());
    List<WebElement> quotes = browser.findElements(By.cssSelector(".text .q"));
    assertTrue(quotes.size() >= 6, "quotes marked: " + quotes.size());
    WebElement strategy = quotes.stream().filter(q -> q.getText().startsWith("“Our strategy right now")).findFirst().orElseThrow();
    assertTrue(strategy.getAttribute("title").contains("speaker: James Mattis"), strategy.getAttribute("title"));
    long mattis = quotes.stream().filter(q -> q.getAttribute("title").contains("speaker: James Mattis")).count();
    assertTrue(mattis >= 3, "Mattis's quotes: " + mattis);
    // the coalition's emailed statement is not his
    WebElement statement = quotes.stream().filter(q -> q.getText().startsWith("“Due to the commitment")).findFirst().orElseThrow();
    assertFalse(statement.getAttribute("title").contains("Mattis"), statement.getAttribute("title"));
    // speakers' mentions, figures and times are marked too
    assertFalse(browser.findElements(By.cssSelector(".text a.m")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector(".text a.fig")).stream().anyMatch(f -> f.getText().equals("fewer than 1,000")));
    assertTrue(browser.findElements(By.cssSelector(".text a.tm")).stream().anyMatch(f -> f.getText().equals("Three weeks ago")));
    screenshot("article");
    fullScreenshot("article-full");

    // a click on a mark shows its details; the list entry beside is one more click away, and back comes back
    browser.findElements(By.cssSelector(".text a.fig")).get(0).click();
    WebElement card = browser.findElement(By.cssSelector(".card"));
    assertTrue(card.getText().contains("as of"), card.getText());
    screenshot("article-card");
    String before = browser.getCurrentUrl();
    card.findElement(By.tagName("a")).click();
    assertTrue(browser.getCurrentUrl().contains("#ln"), browser.getCurrentUrl());
    browser.navigate().back();
    assertEquals(before, browser.getCurrentUrl());

    // the speaker's name leads to the person's page: offices and quotes
    browser.findElements(By.cssSelector(".lists a.name")).stream().filter(a -> a.getText().equals("James Mattis")).findFirst().orElseThrow().click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/entities/"));
    assertTrue(browser.getCurrentUrl().contains("/entities/"), browser.getCurrentUrl());
    assertEquals("James Mattis", browser.findElement(By.tagName("h1")).getText());
    String page = browser.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("Secretary of Defense") && page.contains("Secretary of State"), page);
    assertTrue(browser.findElements(By.cssSelector("ol.hits li")).size() >= 3);
    fullScreenshot("person");
  }

  @Test
  void theTimelineDrawsTheFightersFiguresWithTheirConflict() throws IOException {
    open("/figures");
    browser.findElement(By.name("subject")).sendKeys("ISIS fighters");
    browser.findElement(By.cssSelector("form.timeline-form button")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("subject="));
    assertTrue(browser.getCurrentUrl().contains("subject=ISIS+fighters"), browser.getCurrentUrl());
    List<WebElement> marks = browser.findElements(By.cssSelector("svg.chart a.mark"));
    assertTrue(marks.size() >= 3, "figures drawn: " + marks.size());
    // "fewer than" is open below: a bar down to the axis with an arrow, an open circle on top
    assertFalse(browser.findElements(By.cssSelector("svg.chart a.mark polygon")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("svg.chart g.conflict")).isEmpty(), "the conflict is marked");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.figures tbody tr"));
    assertEquals(marks.size(), rows.size());
    assertTrue(browser.findElements(By.cssSelector("tr.conflicting")).size() >= 2);
    assertTrue(browser.findElement(By.cssSelector("ul.legend-list")).getText().contains("Reuters"));
    screenshot("timeline");
    fullScreenshot("timeline-full");
  }

  @Test
  void theConflictsShowTheOfficeAndTheWordingSideBySide() throws IOException {
    open("/conflicts");
    WebElement office = browser.findElement(By.cssSelector(".conflict-card.office"));
    assertTrue(office.getText().contains("James Mattis"), office.getText());
    assertTrue(office.getText().contains("Secretary of Defense") && office.getText().contains("Secretary of State"), office.getText());
    WebElement figure = browser.findElement(By.cssSelector(".conflict-card.figure"));
    assertEquals(2, figure.findElements(By.cssSelector(".side")).size());
    WebElement quote = browser.findElement(By.cssSelector(".conflict-card.quote"));
    assertFalse(quote.findElements(By.cssSelector(".diff del")).isEmpty());
    assertFalse(quote.findElements(By.cssSelector(".diff ins")).isEmpty());
    fullScreenshot("conflicts");
    // the filter narrows to one kind, and its evidence opens the article at the span
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("kind"))).selectByValue("office");
    WebElement before = browser.findElement(By.cssSelector(".conflict-card"));
    browser.findElement(By.cssSelector("form.filters button")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before)); // the filtered page, not the old one's cards
    assertTrue(browser.findElements(By.cssSelector(".conflict-card")).stream().allMatch(c -> c.getAttribute("class").contains("office")));
    browser.findElement(By.cssSelector(".conflict-card .side a")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/article"));
    assertFalse(browser.findElements(By.id("at")).isEmpty(), "the article opens at the evidence");
  }

  @Test
  void aSearchFindsTheQuoteWithItsWordsHighlighted() throws IOException {
    open("/");
    WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
    box.sendKeys("accelerate campaign");
    box.submit();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/search"));
    List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
    assertFalse(hits.isEmpty());
    assertTrue(hits.get(0).getText().contains("James Mattis"), hits.get(0).getText());
    List<String> marked = hits.get(0).findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.contains("accelerate") && marked.contains("campaign"), marked.toString());
    screenshot("search");
    String results = browser.getCurrentUrl();
    hits.get(0).findElement(By.linkText("Open the article →")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/article"));
    assertTrue(browser.findElement(By.id("at")).getText().contains("accelerate"));
    browser.navigate().back();
    assertEquals(results, browser.getCurrentUrl());
  }

  @Test
  void theHomePageAndTheExtractPage() throws IOException {
    open("/");
    String main = browser.findElement(By.tagName("main")).getText();
    assertTrue(main.contains("articles") && main.contains("Newest conflicts"), main);
    fullScreenshot("home");
    open("/extract");
    browser.findElement(By.name("text")).sendKeys("“We will not stop,” Defense Secretary James Mattis said on Tuesday. Fewer than 500 fighters remain in Raqqa, "
        + "the coalition said.");
    browser.findElement(By.name("published")).sendKeys("12272017");
    browser.findElement(By.cssSelector("form.extract button")).click();
    waitFor(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(".text .q")));
    WebElement quote = browser.findElement(By.cssSelector(".text .q"));
    assertTrue(quote.getAttribute("title").contains("James Mattis"), quote.getAttribute("title"));
    assertTrue(browser.findElements(By.cssSelector(".text a.fig")).stream().anyMatch(f -> f.getText().equals("Fewer than 500")));
    assertTrue(browser.findElement(By.cssSelector(".lists")).getText().contains("2017-12-26"), "Tuesday resolved against the date given");
    fullScreenshot("extract");
  }

  @Test
  void scriptPayloadsInTitlesNamesQuotesAndUrlsDoNotRun() throws IOException {
    for (String path : new String[] {"/", "/articles", "/article?id=xss1", "/search?q=" + Links.encode("fight <script>window.xss=8</script>"),
        "/figures?subject=" + Links.encode("ISIS fighters\"><img src=x onerror=window.xss=9>"), "/conflicts", "/entities?name=Dillon"}) {
      open(path);
      assertEquals(Boolean.TRUE, script("return typeof window.xss === 'undefined'"), "a payload ran on " + path);
      assertTrue(browser.findElements(By.cssSelector("main script, main img, main b")).isEmpty(), "markup from the data on " + path);
      assertTrue(browser.findElements(By.cssSelector("a[href^='javascript' i]")).isEmpty(), "a javascript: link on " + path);
    }
    open("/article?id=xss1");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<script>window.xss=2</script>"), "the title is shown as written");
    assertTrue(browser.findElement(By.cssSelector(".text")).getText().contains("<img src=x onerror=window.xss=6>"));
    fullScreenshot("hostile");
  }

  @Test
  void onAPhoneTheArticleFitsTheScreen() throws IOException {
    browser.manage().window().setSize(new Dimension(400, 860));
    try {
      open("/article?id=000_a0f3bd66389858e2");
      long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertTrue(overflow <= 1, "wider than the phone by " + overflow + " px");
      screenshot("article-phone");
      open("/figures?subject=ISIS+fighters");
      overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertTrue(overflow <= 1, "the timeline is wider than the phone by " + overflow + " px");
      screenshot("timeline-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }
}
