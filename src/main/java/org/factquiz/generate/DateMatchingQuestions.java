package org.factquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Granularity;

/**
 * Makes "match each event to the date the article gives it": happenings that stand alone (the
 * timeline's items), one per date, each dated in its own sentence to a day, month, season or year
 * (no week-long ranges worked out from "seven weeks ago"), three to four to a question, with one
 * date too many.
 */
final class DateMatchingQuestions {
  private final Drafting d;

  DateMatchingQuestions(Drafting d) {
    this.d = d;
  }

  List<Outcome> make(Template t, ArticleFacts a) {
    List<TimelineQuestions.Item> items = new ArrayList<>();
    for (List<TimelineQuestions.Item> slot : TimelineQuestions.slotsOf(TimelineQuestions.items(a.events()))) {
      TimelineQuestions.Item x = slot.get(0);
      if (x.date().granularity() != Granularity.RANGE && items.stream().noneMatch(i -> i.date().display().equals(x.date().display()))) {
        items.add(x);
      }
    }
    int size = Math.max(3, Math.min(t.options(), 4));
    List<Outcome> out = new ArrayList<>();
    for (int from = 0; from + 3 <= items.size(); from += size) {
      out.add(question(t, a, items.subList(from, Math.min(items.size(), from + size))));
    }
    return out;
  }

  private Outcome question(Template t, ArticleFacts a, List<TimelineQuestions.Item> chunk) {
    String groupId = StableIds.group(chunk.stream().map(x -> StableIds.fact(x.event())).toList());
    Random random = d.random(groupId, t);
    List<Choice> premises = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      premises.add(new Choice(Integer.toString(i + 1), chunk.get(i).text()));
    }
    List<String> dates = new ArrayList<>(chunk.stream().map(x -> x.date().display()).toList());
    List<String> extra = d.picker.dates(chunk.get(0).date(), a.article(), 4, random).stream()
        .filter(v -> chunk.stream().noneMatch(x -> x.date().overlaps(v)) && !dates.contains(v.display()))
        .map(DateValue::display).limit(1).toList();
    if (extra.isEmpty()) {
      return Outcome.none(t, groupId, "no date near these that none of them has");
    }
    dates.addAll(extra);
    List<Choice> options = Drafting.choices(dates, random);
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < chunk.size(); i++) {
      pairs.put(Integer.toString(i + 1), Drafting.idOf(options, chunk.get(i).date().display()));
    }
    List<Claim> claims = chunk.stream().map(x -> (Claim) new Claim.DateStated(x.event().evidence(), x.date())).toList();
    Map<String, String> slots = d.commonSlots(a, chunk.get(0).event().evidence());
    slots.put("cited", Drafting.cited(chunk.stream().map(x -> x.event().evidence()).toList()));
    List<String> people = chunk.stream().flatMap(x -> x.event().people().stream()).distinct().toList();
    List<String> bodies = chunk.stream().flatMap(x -> x.event().bodies().stream()).distinct().toList();
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, premises, options, AnswerKey.ofPairs(pairs),
        null, chunk.get(0).event().evidence(), a, people, bodies);
    return Outcome.of(new Candidate(q, t.answer(), null, claims, extra));
  }
}
