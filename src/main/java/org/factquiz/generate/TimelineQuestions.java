package org.factquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;

/**
 * Makes "put these events in order" questions from one article: events whose dates do not overlap,
 * in windows of three to five consecutive dates, so that exactly one order is right.
 */
final class TimelineQuestions {
  private final Drafting d;

  TimelineQuestions(Drafting d) {
    this.d = d;
  }

  private record Dated(DatedEvent event, DateValue date) {}

  List<Outcome> make(Template t, ArticleFacts a) {
    List<Dated> dated = new ArrayList<>();
    for (DatedEvent e : a.events()) {
      Optional<DateValue> v = DateValue.of(e.when());
      if (v.isPresent() && e.evidence() != null && EventQuestions.orderable(v.get()) && e.what().length() <= EventQuestions.EVENT_MAX
          && Excerpts.fits(e.what(), GroupQuestions.ITEM_MAX)
          && !Pronouns.unresolved(e.what()) && EventQuestions.unfit(e.what()) == null) {
        dated.add(new Dated(e, v.get()));
      }
    }
    dated.sort(Comparator.comparing((Dated x) -> x.date().start()).thenComparing(x -> x.date().end()));
    List<List<Dated>> slots = slotsOf(dated);
    int size = Math.max(3, Math.min(t.options(), 5));
    List<Outcome> out = new ArrayList<>();
    int step = size <= 3 ? 1 : 2;
    for (int from = 0; from + size <= slots.size(); from += step) {
      List<Dated> chosen = new ArrayList<>();
      for (int i = from; i < from + size; i++) {
        List<Dated> slot = slots.get(i);
        chosen.add(slot.get((from / step + size) % slot.size()));
      }
      out.add(Outcome.of(question(t, a, chosen)));
    }
    return out;
  }

  /**
   * Groups the sorted events into slots: events in one slot share dates; every slot lies wholly
   * before the next, and an event overlapping two slots is left out.
   */
  private static List<List<Dated>> slotsOf(List<Dated> sorted) {
    List<List<Dated>> slots = new ArrayList<>();
    for (Dated x : sorted) {
      List<Dated> last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
      if (last != null && last.get(0).date().iso().equals(x.date().iso())) {
        last.add(x);
      } else if (last == null || last.stream().allMatch(y -> y.date().before(x.date()))) {
        slots.add(new ArrayList<>(List.of(x)));
      }
    }
    return slots;
  }

  private Candidate question(Template t, ArticleFacts a, List<Dated> chronological) {
    List<String> factIds = chronological.stream().map(x -> StableIds.fact(x.event())).toList();
    String groupId = StableIds.group(factIds);
    Random random = d.random(groupId, t);
    List<String> texts = chronological.stream().map(x -> Excerpts.trimEnd(Excerpts.of(x.event().what(), GroupQuestions.ITEM_MAX))).toList();
    List<Choice> options = Drafting.choices(texts, random);
    if (options.stream().map(Choice::text).toList().equals(texts)) {
      options = Drafting.choices(texts, new Random(random.nextLong()));
    }
    List<Choice> shown = options;
    List<String> order = texts.stream().map(x -> Drafting.idOf(shown, x)).toList();
    List<Claim> claims = chronological.stream().map(x -> (Claim) new Claim.DateStated(x.event().evidence(), x.date())).toList();
    Map<String, String> slots = d.commonSlots(a, chronological.get(0).event().evidence());
    List<String> people = chronological.stream().flatMap(x -> x.event().people().stream()).distinct().toList();
    List<String> bodies = chronological.stream().flatMap(x -> x.event().bodies().stream()).distinct().toList();
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, null, options, AnswerKey.ofChoices(order),
        null, chronological.get(0).event().evidence(), a, people, bodies);
    return new Candidate(q, t.answer(), null, claims, List.of());
  }
}
