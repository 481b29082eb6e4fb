package org.factquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;

/**
 * Makes "put these events in order" questions from one article: only happenings whose description
 * stands alone and fits on a line, whose dates do not overlap, with no two items alike, in windows
 * of three to five consecutive dates, so that exactly one order is right.
 */
final class TimelineQuestions {
  private static final EvidenceCheck DATES = new EvidenceCheck();
  private static final java.util.regex.Pattern PRESENT = java.util.regex.Pattern.compile("\\b(?:is|are|am)\\s+\\p{Ll}+ing\\b");
  private static final int ACROSS_PER_ARTICLE = 3;
  private final Drafting d;

  TimelineQuestions(Drafting d) {
    this.d = d;
  }

  /** A timeline item: the event, its date, and the words shown for it. */
  record Item(DatedEvent event, DateValue date, String text) {}

  List<Outcome> make(Template t, ArticleFacts a) {
    if (t.answer() == AnswerSlot.ORDER_ACROSS) {
      return across(t, a);
    }
    List<Item> items = items(a.events());
    List<List<Item>> slots = slotsOf(items);
    int size = Math.max(3, Math.min(t.options(), 5));
    List<Outcome> out = new ArrayList<>();
    int step = size <= 4 ? 1 : 2;
    for (int from = 0; from + size <= slots.size(); from += step) {
      List<Item> chosen = choose(slots.subList(from, from + size), from / step + size);
      if (chosen != null) {
        out.add(Outcome.of(question(t, a, chosen, false)));
      }
    }
    return out;
  }

  /**
   * Timelines across an article and the next two in the corpus: one item from each, dates that do not
   * overlap, no two alike, only past-tense items (a present tense reads as "now" out of its article).
   * Each of this article's items leads at most one question, up to a bound, which keeps it linear.
   */
  private List<Outcome> across(Template t, ArticleFacts a) {
    List<ArticleFacts> next = d.index.following(a.article(), 2);
    if (next.size() < 2) {
      return List.of();
    }
    List<Item> home = told(items(a.events()));
    List<Item> first = told(items(next.get(0).events()));
    List<Item> second = told(items(next.get(1).events()));
    List<Outcome> out = new ArrayList<>();
    int turn = 0;
    for (Item h : home) {
      List<List<Item>> fits = new ArrayList<>();
      for (Item x : first) {
        for (Item y : second) {
          List<Item> three = new ArrayList<>(List.of(h, x, y));
          three.sort(Comparator.comparing((Item i) -> i.date().start()));
          if (three.get(0).date().before(three.get(1).date()) && three.get(1).date().before(three.get(2).date())
              && !TimelineItems.alike(h.text(), x.text()) && !TimelineItems.alike(h.text(), y.text())
              && !TimelineItems.alike(x.text(), y.text())) {
            fits.add(three);
          }
        }
      }
      if (!fits.isEmpty()) {
        out.add(Outcome.of(question(t, a, fits.get(turn++ % fits.size()), true)));
      }
      if (out.size() == ACROSS_PER_ARTICLE) {
        break;
      }
    }
    return out;
  }

  /** Items told in a past tense: "The council is meeting ..." says "today" only inside its own article. */
  private static List<Item> told(List<Item> items) {
    return items.stream().filter(i -> !PRESENT.matcher(i.text()).find()).toList();
  }

  private static String article(Item item) {
    return item.event().evidence().article();
  }

  /** The events fit to be timeline items, sorted by date. */
  static List<Item> items(List<DatedEvent> events) {
    List<Item> items = new ArrayList<>();
    for (DatedEvent e : events) {
      Optional<DateValue> v = DateValue.of(e.when());
      String text = TimelineItems.text(e);
      // an item's date must be stated in its own sentence, not carried over from an earlier one
      if (v.isPresent() && e.evidence() != null && EventQuestions.orderable(v.get()) && text != null
          && DATES.check(new Claim.DateStated(e.evidence(), v.get())) == null) {
        items.add(new Item(e, v.get(), text));
      }
    }
    items.sort(Comparator.comparing((Item x) -> x.date().start()).thenComparing(x -> x.date().end()));
    return items;
  }

  /**
   * Groups the sorted items into slots: items in one slot share their date; every slot lies wholly
   * before the next, and an item overlapping an earlier slot is left out.
   */
  static List<List<Item>> slotsOf(List<Item> sorted) {
    List<List<Item>> slots = new ArrayList<>();
    for (Item x : sorted) {
      List<Item> last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
      if (last != null && last.get(0).date().iso().equals(x.date().iso())) {
        last.add(x);
      } else if (last == null || last.stream().allMatch(y -> y.date().before(x.date()))) {
        slots.add(new ArrayList<>(List.of(x)));
      }
    }
    return slots;
  }

  /** One item from each slot, rotating by {@code turn}, none alike another; null when the slots cannot give that. */
  static List<Item> choose(List<List<Item>> slots, int turn) {
    List<Item> chosen = new ArrayList<>();
    for (List<Item> slot : slots) {
      Item pick = null;
      for (int k = 0; k < slot.size() && pick == null; k++) {
        Item candidate = slot.get((turn + k) % slot.size());
        if (chosen.stream().noneMatch(c -> TimelineItems.alike(c.text(), candidate.text()))) {
          pick = candidate;
        }
      }
      if (pick == null) {
        return null;
      }
      chosen.add(pick);
    }
    return chosen;
  }

  private Candidate question(Template t, ArticleFacts a, List<Item> chronological, boolean cited) {
    List<String> factIds = chronological.stream().map(x -> StableIds.fact(x.event())).toList();
    String groupId = StableIds.group(factIds);
    Random random = d.random(groupId, t);
    List<String> texts = chronological.stream().map(Item::text).toList();
    List<Choice> options = Drafting.choices(texts, random);
    if (options.stream().map(Choice::text).toList().equals(texts)) {
      options = Drafting.choices(texts, new Random(random.nextLong()));
    }
    List<Choice> shown = options;
    List<String> order = texts.stream().map(x -> Drafting.idOf(shown, x)).toList();
    List<Claim> claims = chronological.stream().map(x -> (Claim) new Claim.DateStated(x.event().evidence(), x.date())).toList();
    Evidence evidence = chronological.stream().map(x -> x.event().evidence())
        .filter(e -> e.article().equals(a.article())).findFirst().orElseThrow();
    Map<String, String> slots = d.commonSlots(a, evidence);
    if (cited) {
      List<String> titles = chronological.stream().map(x -> d.index.article(article(x)))
          .map(x -> d.commonSlots(x, null).get("article"))
          .distinct().sorted().toList(); // sorted, so that their order tells nothing of the events' order
      // semicolons: a citation may hold commas ("the article in Monitor, Volume 6, Issue 17")
      slots.put("articles", String.join("; ", titles.subList(0, titles.size() - 1)) + "; and " + titles.get(titles.size() - 1));
    }
    List<String> dated = new ArrayList<>();
    for (Item x : chronological) {
      // "...; then the NATO bombing": a capital that only opened the item is made small after "then"
      String text = dated.isEmpty() ? x.text() : Phrasing.clause(x.text());
      dated.add(text + " (" + x.date().displayFor(x.event().evidence().sentence()) + (cited ? ", " + d.source(d.index.article(article(x))) : "") + ")");
    }
    slots.put("dated_order", String.join("; then ", dated));
    // the sentence that dates each item, so that a computed date ("seven weeks ago") shows its working
    slots.put("cited", Drafting.cited(chronological.stream().map(x -> x.event().evidence()).toList()));
    List<String> people = chronological.stream().flatMap(x -> x.event().people().stream()).distinct().toList();
    List<String> bodies = chronological.stream().flatMap(x -> x.event().bodies().stream()).distinct().toList();
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, null, options, AnswerKey.ofChoices(order),
        null, evidence, a, people, bodies);
    return new Candidate(q, t.answer(), null, claims, List.of());
  }
}
