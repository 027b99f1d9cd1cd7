package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule name the grammar can write ({@link RuleBook#allNames()}: the rule objects and {@link RuleNames}) fires
 * on at least one row of the in-sentence corpus, so no rule is dead or untested; and every rule a row fires is a
 * registered name, so no reading escapes the registry. Several rule objects may write one name, so each rule object
 * of the grammar ({@link RuleBook#allRules()}) must also read something on at least one row.
 */
class RuleNamesTest {

    private static Set<String> fired() throws IOException {
        Fatti fatti = Fatti.withStages(List.of(TemporalAnnotator.italian()));
        Set<String> fired = new TreeSet<>();
        for (TestCorpus.Line row : TestCorpus.lines("/time/news.tsv")) {
            String[] f = row.text().split("\t", -1);
            for (Temporal t : fatti.extract(f[1], NewsTemporalCorpusTest.context(f[0])).mentions(Temporal.class)) {
                fired.add(t.rule());
            }
        }
        return fired;
    }

    @Test
    void everyRuleNameFiresOnSomeCorpusRow() throws IOException {
        Set<String> fired = fired();
        List<String> dead = new ArrayList<>(RuleBook.allNames());
        dead.removeAll(fired);
        assertThat(dead).as("rule names that no row of time/news.tsv fires").isEmpty();
    }

    @Test
    void everyFiredRuleIsRegistered() throws IOException {
        Set<String> unknown = fired();
        unknown.removeAll(RuleBook.allNames());
        assertThat(unknown).as("rules written by the grammar but not registered").isEmpty();
    }

    @Test
    void everyRuleObjectReadsOnSomeCorpusRow() throws IOException {
        Fatti fatti = Fatti.withStages(List.of());
        TimeLexicon lex = TimeLexicon.italian();
        Set<TimeRule> silent = new java.util.LinkedHashSet<>(RuleBook.allRules());
        for (TestCorpus.Line row : TestCorpus.lines("/time/news.tsv")) {
            String[] f = row.text().split("\t", -1);
            Document doc = fatti.prepare(f[1], NewsTemporalCorpusTest.context(f[0]));
            TimeScan scan = new TimeScan(lex, doc, new Annotations(), new Reference(doc.context()));
            for (int i = 0; i < doc.size() && !silent.isEmpty(); i++) {
                int at = i;
                silent.removeIf(r -> r.startsOn(doc.token(at).kind()) && r.read(scan, at) != null);
            }
        }
        assertThat(silent).as("rule objects that read nothing on any row of time/news.tsv").isEmpty();
    }

    @Test
    void familyReadingsWriteRegisteredNames() {
        for (TimeRule r : RuleBook.allRules()) {
            if (r instanceof Reading) {
                assertThat(RuleNames.all()).as(r.name()).containsAll(r.names());
            }
        }
    }

    @Test
    void ruleObjectNamesAreUniqueAndWellFormed() {
        List<String> names = new ArrayList<>();
        for (TimeRule r : RuleBook.NUMERIC) {
            names.addAll(r.names());
        }
        for (TimeRule r : RuleBook.CORE) {
            names.addAll(r.names());
        }
        names.addAll(RuleNames.all());
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> n.matches("time(\\.[a-z0-9]+(-[a-z0-9]+)*)+"), "time.word(-word)*(.word)*");
    }
}
