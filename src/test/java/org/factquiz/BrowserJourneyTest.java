package org.factquiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.factquiz.quiz.ContentPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser app in headless Chromium against the production wiring on a random port: the
 * teacher journey, the student journey (every question kind, reload mid-quiz, results and the
 * highlighted source), flashcards, and an article holding script that must stay inert. Every
 * screen is checked with axe-core and photographed at 375 and 1280 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEACHER_EMAIL = "teacher@example.org";
  private static final String TEACHER_PASSWORD = "teacher-password";
  private static final String ARTICLE = "harbour_wall";

  private Path temp;
  private FactQuiz app;
  private Browser browser;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> accessibility = new ArrayList<>();
  private String classCode;
  private String setId;
  private String quizId;
  private String studentToken;
  private String teacherToken;

  @BeforeAll
  void start() throws IOException {
    Browser.whyNot().ifPresent(reason -> {
      System.err.println(reason);
      Assumptions.abort(reason);
    });
    temp = Files.createTempDirectory("factquiz-browser");
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    for (String name : List.of("harbour_wall.txt", "council_letter.txt")) {
      Files.copy(Path.of("src/test/resources/web-content", name), content.resolve(name));
    }
    ContentPipeline pipeline = new ContentPipeline(new ArticleReader()::read, RuleBasedFactExtractor.create(),
        new EveryKindGenerator(), "browser-test");
    Settings settings = Settings.forTest(temp.resolve("data"), content, Path.of("webapp"));
    app = FactQuiz.start(settings, pipeline, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    browser = Browser.start(app.uri());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** Checks the screen with axe-core and photographs it at both widths. */
  private void check(String screen) {
    List<String> problems = browser.seriousAccessibilityProblems();
    problems.forEach(p -> accessibility.add(screen + ": " + p));
    browser.screenshots(screen);
    assertEquals(List.of(), problems, "axe-core on " + screen);
  }

  private WebElement button(String text) {
    return browser.driver().findElements(By.cssSelector("main button")).stream()
        .filter(b -> b.getText().trim().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no button " + text));
  }

  @Test
  @Order(1)
  void teacherSignsInCreatesAClassAndGeneratesASet() {
    browser.open("/signin");
    browser.screenTitle("Welcome");
    check("signin");
    browser.driver().findElement(By.cssSelector("#signin-form input[type=email]")).sendKeys(TEACHER_EMAIL);
    browser.driver().findElement(By.cssSelector("#signin-form input[type=password]")).sendKeys(TEACHER_PASSWORD, Keys.ENTER);
    browser.screenTitle("Teaching");
    teacherToken = (String) browser.script("return window.localStorage.getItem('factquiz.token')");

    WebElement className = browser.driver().findElement(By.cssSelector("input[name=className]"));
    className.sendKeys("Form 4B", Keys.ENTER);
    browser.waitFor(By.cssSelector(".class-code"));
    classCode = browser.driver().findElement(By.cssSelector(".class-code")).getText().trim();
    assertFalse(classCode.isEmpty());

    WebElement form = browser.driver().findElement(By.id("generate-form"));
    for (WebElement box : form.findElements(By.cssSelector("input[name=articles]"))) {
      if (!box.getDomAttribute("value").equals(ARTICLE) && box.isSelected()) {
        box.click();
      }
    }
    WebElement count = form.findElement(By.cssSelector("input[name=count]"));
    count.clear();
    count.sendKeys("8");
    check("teacher-home");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitForText(By.id("review-title"), "Question 1 of 8");
    setId = browser.driver().getCurrentUrl().replaceAll(".*/teacher/set/", "");
    check("teacher-review");
  }

  @Test
  @Order(2)
  void teacherApprovesEditsAndOpensTheSetAsAQuiz() {
    browser.open("/teacher/set/" + setId);
    browser.waitForText(By.id("review-title"), "Question 1 of 8");
    button("Approve").click();
    browser.waitForText(By.id("review-title"), "Question 2 of 8");
    browser.waitForText(By.cssSelector(".counts"), "1 approved");
    button("Edit").click();
    WebElement stem = browser.waitFor(By.cssSelector(".question-editor textarea"));
    assertEquals("Edit question 2", browser.focused().getText());
    stem.clear();
    stem.sendKeys("Edited: which of these words are in the sentence?");
    check("teacher-edit");
    button("Save new version").click();
    browser.waitForText(By.cssSelector(".review .meta"), "version 2");
    browser.waitForText(By.cssSelector(".review .stem"), "Edited:");
    // the rest of the review by keyboard alone: Tab to Approve and press Enter
    for (int i = 2; i < 8; i++) {
      WebElement approve = button("Approve");
      approve.sendKeys(Keys.ENTER);
      browser.waitForText(By.cssSelector(".counts"), (i) + " approved");
    }
    button("Approve").click();
    browser.waitForText(By.cssSelector(".counts"), "8 approved");

    WebElement form = browser.driver().findElement(By.id("open-quiz-form"));
    WebElement title = form.findElement(By.cssSelector("input[type=text]"));
    title.clear();
    title.sendKeys("Sea wall quiz");
    WebElement attempts = form.findElement(By.cssSelector("input[type=number][min='1'][required]"));
    attempts.clear();
    attempts.sendKeys("2");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement results = browser.waitFor(By.cssSelector("#open-quiz-form .message.success a"));
    quizId = results.getDomProperty("href").replaceAll(".*/teacher/quiz/", "");
  }

  @Test
  @Order(3)
  void teacherDownloadsEveryExportFormat() {
    List<WebElement> buttons = browser.driver().findElements(By.cssSelector("button[data-format]"));
    assertEquals(9, buttons.size());
    for (WebElement b : buttons) {
      b.click();
      browser.waitForText(By.cssSelector("section[aria-labelledby=export-title] .messages"), "Downloaded");
      String message = browser.driver().findElement(By.cssSelector("section[aria-labelledby=export-title] .messages")).getText();
      assertTrue(message.contains("Downloaded"), b.getDomAttribute("data-format") + ": " + message);
      browser.script("document.querySelector('section[aria-labelledby=export-title] .messages').replaceChildren()");
    }
  }

  private JsonNode api(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.uri().resolve(path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue(response.statusCode() < 300, path + " -> " + response.statusCode() + " " + response.body());
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  /** Answers the question on screen with its key (numeric questions wrongly on purpose). */
  private void answer(JsonNode key) {
    WebElement fieldset = browser.waitFor(By.cssSelector("fieldset.question"));
    String kind = fieldset.getDomAttribute("class").replaceAll(".*kind-", "").trim();
    switch (kind) {
      case "single_choice", "true_false", "multiple_response" -> {
        for (JsonNode id : key.path("choices")) {
          fieldset.findElement(By.cssSelector("input[value='" + id.asText() + "']")).click();
        }
      }
      case "cloze", "short_answer" -> fieldset.findElement(By.cssSelector("input[type=text]")).sendKeys(key.path("text").asText());
      case "numeric" -> fieldset.findElement(By.cssSelector("input[type=text]")).sendKeys(
          Long.toString(key.path("number").asLong() + 5), Keys.TAB);
      case "matching" -> key.path("pairs").fields().forEachRemaining(pair -> new Select(fieldset.findElement(
          By.cssSelector("select[data-premise='" + pair.getKey() + "']"))).selectByValue(pair.getValue().asText()));
      case "ordering" -> {
        // keyboard only: bring each item up to its place with its "Move up" button
        List<String> wanted = new ArrayList<>();
        key.path("choices").forEach(c -> wanted.add(c.asText()));
        for (int target = 0; target < wanted.size(); target++) {
          List<WebElement> items = fieldset.findElements(By.cssSelector("li.order-item"));
          int at = 0;
          while (!items.get(at).getDomAttribute("data-id").equals(wanted.get(target))) {
            at++;
          }
          for (int step = at; step > target; step--) {
            WebElement up = browser.driver().findElements(By.cssSelector("fieldset.question li.order-item")).get(step)
                .findElement(By.cssSelector(".move-up"));
            up.sendKeys(Keys.ENTER);
          }
        }
        List<String> shown = fieldset.findElements(By.cssSelector("li.order-item")).stream()
            .map(li -> li.getDomAttribute("data-id")).toList();
        assertEquals(wanted, shown);
      }
      default -> throw new AssertionError("unknown kind " + kind);
    }
    browser.waitForText(By.cssSelector(".save-status"), "saved");
  }

  @Test
  @Order(4)
  void studentJoinsWithTheClassCodeAndStudiesFlashcardsWithTheKeyboard() {
    browser.script("window.localStorage.clear()");
    browser.open("/signin");
    browser.screenTitle("Welcome");
    WebElement join = browser.driver().findElement(By.id("join-form"));
    join.findElement(By.cssSelector("input[name=classCode]")).sendKeys(classCode);
    join.findElement(By.cssSelector("input[name=name]")).sendKeys("Sam Student");
    join.findElement(By.cssSelector("input[type=email]")).sendKeys("sam@example.org");
    join.findElement(By.cssSelector("input[type=password]")).sendKeys("sam-password-1", Keys.ENTER);
    browser.screenTitle("Hello, Sam Student");
    studentToken = (String) browser.script("return window.localStorage.getItem('factquiz.token')");
    check("student-home");

    browser.open("/study?article=" + ARTICLE);
    browser.screenTitle("Study");
    browser.waitFor(By.id("show-answer"));
    WebElement badge = browser.driver().findElement(By.id("due-badge"));
    String firstCard = browser.driver().findElement(By.id("card-title")).getText();
    assertTrue(firstCard.startsWith("Card 1 of "), firstCard);
    int cards = Integer.parseInt(firstCard.replaceAll("Card 1 of (\\d+).*", "$1"));
    assertTrue(cards >= 2, firstCard);
    check("study-front");
    WebElement flip = browser.driver().findElement(By.id("show-answer"));
    flip.sendKeys(Keys.SPACE);
    browser.waitFor(By.cssSelector(".card-back"));
    assertTrue(browser.driver().findElement(By.cssSelector(".card-answer")).getText().startsWith("Answer:"));
    browser.waitFor(By.cssSelector(".card-back .evidence blockquote"));
    check("study-back");
    browser.focused().sendKeys("3");
    browser.waitForText(By.id("card-title"), "Card 2 of " + cards);
    browser.driver().findElement(By.id("show-answer")).sendKeys(Keys.ENTER);
    browser.waitFor(By.cssSelector(".card-back"));
    browser.focused().sendKeys("1");
    browser.waitForText(By.id("card-title"), cards > 2 ? "Card 3 of " + cards : "All done for now");
    assertTrue(badge.isDisplayed() || badge.getText().isEmpty());
    browser.waitFor(By.cssSelector("svg.chart"));
    new Select(browser.driver().findElement(By.id("study-retention"))).selectByValue("0.8");
    browser.waitForText(By.cssSelector("section[aria-labelledby=forecast-title] .messages"), "80 % recall");
  }

  @Test
  @Order(5)
  void studentTakesTheQuizWithEveryKindReloadsAndSeesTheHighlightedSource() throws Exception {
    JsonNode set = api("GET", "/api/question-sets/" + setId, teacherToken, null);
    Map<String, JsonNode> keys = new java.util.HashMap<>();
    set.path("questions").forEach(q -> keys.put(q.path("id").asText(), q.path("key")));

    browser.open("/");
    browser.screenTitle("Hello, Sam Student");
    button("Start").click();
    browser.waitFor(By.cssSelector("fieldset.question"));
    browser.screenTitle("Sea wall quiz");

    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (int i = 0; i < 8; i++) {
      browser.waitForText(By.cssSelector(".question-number"), "Question " + (i + 1) + " of 8");
      WebElement fieldset = browser.driver().findElement(By.cssSelector("fieldset.question"));
      String kind = fieldset.getDomAttribute("class").replaceAll(".*kind-", "").trim();
      kinds.add(kind);
      answer(keys.get(fieldset.getDomAttribute("data-question")));
      check("attempt-" + kind);
      if (i == 3) {
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector(".question-number"), "Question 4 of 8");
        browser.waitForText(By.id("answered-label"), "Answered 4 of 8");
      }
      if (i < 7) {
        button("Next").click();
      }
    }
    assertEquals(8, kinds.size(), kinds.toString());
    button("Submit answers").click();
    browser.screenTitle("Your result");
    browser.waitForText(By.cssSelector(".score"), "You scored 7 out of 8");
    assertEquals(7, browser.driver().findElements(By.cssSelector(".result.outcome-correct")).size());
    WebElement wrong = browser.driver().findElement(By.cssSelector(".result.outcome-incorrect"));
    assertTrue(wrong.getText().contains("Read the sentence again."), wrong.getText());
    check("results");

    wrong.findElement(By.cssSelector("a.evidence-link")).click();
    WebElement mark = browser.waitFor(By.cssSelector("mark.source-highlight"));
    assertEquals(mark, browser.focused());
    assertTrue(browser.driver().findElement(By.cssSelector("main h1")).getText().contains("sea wall"));
    check("reader-highlighted");
    for (String kind : List.of("person", "body", "date")) {
      WebElement marked = browser.driver().findElement(By.cssSelector("article mark.ann." + kind));
      WebElement tip = marked.findElement(By.cssSelector(".tip"));
      assertFalse(tip.isDisplayed());
      browser.script("arguments[0].focus()", marked);
      assertTrue(tip.isDisplayed(), kind + " explained on focus");
      assertFalse(tip.getText().isBlank());
    }
  }

  @Test
  @Order(6)
  void studentSeesProgressTimelineAndReviewsTheMistake() {
    browser.open("/progress");
    browser.screenTitle("My progress");
    browser.waitFor(By.cssSelector("svg.chart"));
    check("progress");

    browser.open("/timeline");
    browser.screenTitle("Timeline");
    check("timeline");

    browser.open("/mistakes");
    browser.screenTitle("Review my mistakes");
    WebElement fieldset = browser.waitFor(By.cssSelector("fieldset.question"));
    assertTrue(fieldset.getDomAttribute("class").contains("kind-"), "a missed fact is asked again");
    check("mistakes");
    button("Check my answers").click();
    browser.waitFor(By.cssSelector(".mistake-feedback .outcome"));
    assertTrue(browser.driver().findElement(By.cssSelector(".mistake-feedback")).getText().contains("Answer:"));
  }

  @Test
  @Order(7)
  void teacherSeesClassResultsWithItemAnalysis() {
    browser.setToken(teacherToken);
    browser.open("/teacher/quiz/" + quizId);
    browser.screenTitle("Results: Sea wall quiz");
    browser.waitForText(By.cssSelector("section[aria-labelledby=students-title] table"), "Sam Student");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("section[aria-labelledby=items-title] tbody tr"));
    assertEquals(8, rows.size());
    check("class-results");
  }

  @Test
  @Order(8)
  void teacherPastesAnArticleAndSeesItsFactsAndQuestions() {
    browser.open("/teacher/paste");
    browser.screenTitle("Add an article");
    check("paste");
    browser.driver().findElement(By.cssSelector("#paste-form input[name=title]")).sendKeys("Bridge repairs approved");
    browser.driver().findElement(By.cssSelector("#paste-form textarea")).sendKeys(
        "Northvale, 9 April 2002 (Valley Post) -- The Northvale Bridge Authority approved repairs on Monday.\n\n"
            + "Engineer Pia Lund said the work \"will keep the bridge open for another fifty years.\"\n");
    browser.driver().findElement(By.cssSelector("#paste-form button[type=submit]")).click();
    browser.waitForText(By.id("paste-result"), "Added: Bridge repairs approved");
    assertTrue(browser.driver().findElement(By.cssSelector(".paste-output")).getText().contains("Questions ("));
    check("paste-result");
  }

  @Test
  @Order(9)
  void articleTextWithScriptAndImageTagsIsShownAsInertText() {
    browser.open("/article/council_letter");
    browser.screenTitle("Council notes");
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertTrue(page.contains("<script>window.__xss = 1</script>"), page);
    assertTrue(page.contains("<img src=x onerror="), page);
    assertEquals(0, browser.driver().findElements(By.cssSelector("main script, main img")).size());
    assertNull(browser.script("return window.__xss === undefined ? null : String(window.__xss)"));
    check("reader-xss");
  }
}
