package io.fatti.number;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.mention.Qualifier;
import io.fatti.mention.RatePeriod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a number that say what it is: percent signs, qualifiers, range openers and joiners, rate
 * periods, and the words that make a number part of a date or duration. Loaded from {@code models/number/}.
 */
final class ValueWords {

    /** What makes a number a percentage when it follows it → the rule of the percentage ("percent.sign"). */
    final PhraseTable<String> percent = new PhraseTable<>();
    private static final Set<String> PERCENT_KINDS = Set.of("sign", "words", "points");
    final PhraseTable<Qualifier> qualifiers = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    final PhraseTable<Boolean> comparatives = new PhraseTable<>();
    final PhraseTable<Boolean> clockCues = new PhraseTable<>();
    final Set<String> boundJoiners = new HashSet<>();
    final PhraseTable<RatePeriod> rates = new PhraseTable<>();
    final Set<String> articles = new HashSet<>();
    final Set<String> notCounts = new HashSet<>();
    final Set<String> rangeBlockers = new HashSet<>();
    final Set<String> singularArticles = new HashSet<>();
    final Set<String> labelWords = new HashSet<>();
    final Set<String> modelSuffixes = new HashSet<>();
    final PhraseTable<Boolean> notNouns = new PhraseTable<>();
    final Set<String> beforeNouns = new HashSet<>();
    /** Ordinal word → {value, 1 if it needs a determiner before it}. */
    final Map<String, int[]> ordinals = new HashMap<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> feminineDeterminers = new HashSet<>();
    /** Range opener → its joiners: "tra" → {"e"}, "dal" → {"al", "a"}. */
    final Map<String, Set<String>> ranges = new HashMap<>();

    private ValueWords() {
        for (DataFile.Line l : DataFile.read("number/percent.tsv")) {
            String kind = l.field(1);
            if (!PERCENT_KINDS.contains(kind)) {
                throw l.error("'" + kind + "' is not one of " + PERCENT_KINDS);
            }
            percent.add(l.field(0), false, "percent." + kind);
        }
        for (DataFile.Line l : DataFile.read("number/qualifiers.tsv")) {
            qualifiers.add(l.field(0), false, l.enumField(1, Qualifier.class));
        }
        for (DataFile.Line l : DataFile.read("number/qualifiers-after.tsv")) {
            qualifiersAfter.add(l.field(0), false, l.enumField(1, Qualifier.class));
        }
        words("number/bound-joiners.tsv", boundJoiners);
        for (DataFile.Line l : DataFile.read("number/clock-cues.tsv")) {
            clockCues.add(l.field(0), false, Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("number/comparatives.tsv")) {
            comparatives.add(l.field(0), false, Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("number/rates.tsv")) {
            rates.add(l.field(0), false, l.enumField(1, RatePeriod.class));
        }
        words("number/articles.tsv", articles);
        words("number/not-counts.tsv", notCounts);
        words("number/range-blockers.tsv", rangeBlockers);
        words("number/singular-articles.tsv", singularArticles);
        words("number/label-words.tsv", labelWords);
        for (DataFile.Line l : DataFile.read("number/not-nouns.tsv")) {
            notNouns.add(l.field(0), false, Boolean.TRUE);
        }
        words("number/before-nouns.tsv", beforeNouns);
        for (DataFile.Line l : DataFile.read("number/model-suffixes.tsv")) {
            modelSuffixes.add(l.field(0)); // case matters: "Pro" after a number, not "pro"
        }
        for (DataFile.Line l : DataFile.read("number/ordinals.tsv")) {
            int v;
            try {
                v = Integer.parseInt(l.field(1));
            } catch (NumberFormatException e) {
                throw l.error("'" + l.field(1) + "' is not an integer");
            }
            String needs = l.field(2);
            if (!needs.equals("yes") && !needs.equals("no")) {
                throw l.error("third field must be yes or no");
            }
            ordinals.put(l.field(0).toLowerCase(java.util.Locale.ROOT), new int[] {v, needs.equals("yes") ? 1 : 0});
        }
        for (DataFile.Line l : DataFile.read("number/determiners.tsv")) {
            String w = l.field(0).toLowerCase(java.util.Locale.ROOT);
            determiners.add(w);
            if (l.field(1).equals("f")) {
                feminineDeterminers.add(w);
            }
        }
        for (DataFile.Line l : DataFile.read("number/ranges.tsv")) {
            Set<String> joiners = new HashSet<>(List.of(l.field(1).toLowerCase(java.util.Locale.ROOT).split("\\|")));
            if (ranges.put(l.field(0).toLowerCase(java.util.Locale.ROOT), joiners) != null) {
                throw l.error("duplicate range opener");
            }
        }
    }

    private static void words(String file, Set<String> into) {
        for (DataFile.Line l : DataFile.read(file)) {
            into.add(l.field(0).toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final class Holder {
        static final ValueWords ITALIAN = new ValueWords();
    }

    static ValueWords italian() {
        return Holder.ITALIAN;
    }
}
