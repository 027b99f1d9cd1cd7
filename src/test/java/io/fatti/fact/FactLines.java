package io.fatti.fact;

import io.fatti.Fatti;
import io.fatti.core.ArticleContext;
import io.fatti.json.ExtractionJson;
import io.fatti.mention.Fact;
import io.fatti.mention.Money;
import java.util.List;

/** The fact-rule tests' view of an article's facts: one line each, subject · metric · value (currency) · period · kind. */
final class FactLines {

    private static final Fatti FATTI = Fatti.italian();

    private FactLines() {
    }

    static List<String> of(String text, String date) {
        return FATTI.extract(text, ArticleContext.parse(date)).facts().stream().map(FactLines::describe).toList();
    }

    static String describe(Fact f) {
        String currency = f.value() instanceof Money m && m.currency() != null ? " " + m.currency() : "";
        return (f.subject() == null ? "-" : f.subject().text()) + " · " + f.metric() + " · "
                + ExtractionJson.plain(f.value().amount().value()) + currency + " · "
                + (f.period() == null ? "-" : f.period().timex()) + " · " + f.kind();
    }
}
