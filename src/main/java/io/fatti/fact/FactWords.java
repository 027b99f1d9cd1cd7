package io.fatti.fact;

import io.fatti.lexicon.DataFile;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the fact linker reads, from {@code models/fact/} (and the change triggers of {@code models/change/}):
 * who a description refers to, what announces a target, a comparison or a segment. Immutable once built.
 */
final class FactWords {

    /** What a subject word says about the fact's subject. */
    enum SubjectRole { REFERENCE, NAMED, MARKET, SOURCE }

    record SubjectWord(SubjectRole role, String company) {
    }

    /** Where a comparison marker applies. */
    enum MarkerPlace { VALUE, DATE, BOTH }

    private static final class Italian {
        static final FactWords WORDS = new FactWords();
    }

    final PhraseTable<SubjectWord> subjectWords = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> targetCues = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<MarkerPlace> comparisonMarkers = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> yearAgo = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<String> segments = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> notMetrics = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> notPeriods = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> referenceValues = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final Set<String> notSubjects = new HashSet<>();
    final Set<String> countNouns = new HashSet<>();
    /** Legal forms after a company name ("S.p.A.", "Inc."), as written. */
    final Set<String> companyForms = new HashSet<>();
    /** metric -> the unit endings it takes ("capacity" -> watt, byte...). */
    final java.util.Map<String, List<String>> metricUnits = new java.util.HashMap<>();
    final Set<String> sectorWords = new HashSet<>();
    final Set<String> clauseBreaks = new HashSet<>();
    /** Clause breaks that end a clause only after a comma: adverbs ("invece", "però") also stand inside one. */
    final Set<String> clauseBreaksAfterComma = new HashSet<>();
    /** Words announcing a change ("aumento", "salito"): a value right after them (with "di") is the change's size. */
    final PhraseTable<Set<String>> changeWords = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);

    private FactWords() {
        for (DataFile.Line l : DataFile.read("fact/subject-words.tsv")) {
            SubjectRole role = l.enumField(1, SubjectRole.class);
            String company = l.field(2, null);
            if ((role == SubjectRole.NAMED) != (company != null)) {
                throw l.error("a NAMED description (and only it) names its company in a third field");
            }
            subjectWords.add(l.field(0), new SubjectWord(role, company));
        }
        for (DataFile.Line l : DataFile.read("fact/target-cues.tsv")) {
            targetCues.add(l.field(0), Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("fact/comparison-markers.tsv")) {
            comparisonMarkers.add(l.field(0), l.enumField(1, MarkerPlace.class));
        }
        for (DataFile.Line l : DataFile.read("fact/year-ago.tsv")) {
            yearAgo.add(l.field(0), Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("fact/segments.tsv")) {
            if (l.size() != 2) {
                throw l.error("expected phrase and segment");
            }
            segments.add(l.field(0), l.field(1));
        }
        for (DataFile.Line l : DataFile.read("fact/sector-words.tsv")) {
            sectorWords.add(l.field(0).toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.read("fact/clause-breaks.tsv")) {
            String word = l.field(0).toLowerCase(Locale.ROOT);
            String where = l.field(1, "");
            if (where.equals("after-comma")) {
                clauseBreaksAfterComma.add(word);
            } else if (!where.isEmpty()) {
                throw l.error("the second field must be empty or after-comma, not '" + where + "'");
            }
            clauseBreaks.add(word);
        }
        for (DataFile.Line l : DataFile.read("fact/not-metrics.tsv")) {
            notMetrics.add(l.field(0), Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("fact/reference-values.tsv")) {
            referenceValues.add(l.field(0), Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("fact/not-periods.tsv")) {
            notPeriods.add(l.field(0), Boolean.TRUE);
        }
        for (DataFile.Line l : DataFile.read("fact/not-subjects.tsv")) {
            notSubjects.add(l.field(0).toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.read("fact/company-forms.tsv")) {
            companyForms.add(l.field(0));
        }
        for (DataFile.Line l : DataFile.read("fact/count-nouns.tsv")) {
            countNouns.add(l.field(0).toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line l : DataFile.read("fact/metric-units.tsv")) {
            if (l.size() != 2) {
                throw l.error("expected metric and unit endings");
            }
            metricUnits.put(l.field(0), List.of(l.field(1).split("\\s*,\\s*")));
        }
        for (DataFile.Line l : DataFile.read("change/triggers.tsv")) {
            Set<String> sizes = new HashSet<>();
            for (String size : l.field(3, "ANY").split(",")) {
                sizes.add(size.strip());
            }
            if (sizes.remove("ABSOLUTE")) {
                sizes.add("MONEY");
                sizes.add("COUNT");
            }
            changeWords.add(l.field(0), Set.copyOf(sizes));
        }
    }

    static FactWords italian() {
        return Italian.WORDS;
    }

    /** True when some phrase of {@code table} ends at token {@code j}. */
    static boolean endsAt(PhraseTable<?> table, Document doc, int j) {
        return table.endingAt(doc, j) != null;
    }
}
