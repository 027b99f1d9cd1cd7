package io.fatti.tools.ner;

import io.fatti.entity.CuratedNames;
import io.fatti.entity.Gazetteer;
import io.fatti.entity.NameLexicons;
import com.ibm.icu.util.ULocale;
import io.fatti.lexicon.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers, at training time, the name lists the model's dictionary features use: an external organisation list
 * (KIND's Wikipedia ORG list, read from the evaluation folder, never copied into the repository), ICU's Italian
 * country names, and the team's own lists under {@code models/entity/} (places, first names, curated names).
 */
public final class NameListSources {

    /** Longer list names are rare and mostly noise for a per-token feature. */
    private static final int MAX_TOKENS = 8;

    static final int COMMON_MIN = 3;

    private NameListSources() {
    }

    /**
     * @param organisationList an ORG list ("ORG name" a line), or null
     * @param text             running text whose lower-case words (seen at least {@link #COMMON_MIN} times) become
     *                         the common-word list
     */
    public static NameLexicons gather(Path organisationList, List<String[]> text) throws IOException {
        List<Gazetteer.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.Map<String, Integer> lowerCounts = new java.util.HashMap<>();
        for (String[] sentence : text) {
            for (String w : sentence) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lowerCounts.merge(w, 1, Integer::sum);
                }
            }
        }
        lowerCounts.entrySet().stream().filter(e -> e.getValue() >= COMMON_MIN).map(java.util.Map.Entry::getKey)
                .sorted().forEach(w -> entries.add(new Gazetteer.Entry("W", List.of(w), NameLexicons.COMMON_WORDS,
                        false)));
        if (organisationList != null) {
            try (BufferedReader r = Files.newBufferedReader(organisationList, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    // "ORG<TAB>name" or "ORG name": the label, then the name as space-separated tokens
                    int tab = line.indexOf('\t') >= 0 ? line.indexOf('\t') : line.indexOf(' ');
                    if (tab < 0) {
                        continue;
                    }
                    add(entries, seen, "wiki", line.substring(0, tab).strip(), line.substring(tab + 1));
                }
            }
        }
        for (String code : ULocale.getISOCountries()) {
            String name = new ULocale("", code).getDisplayCountry(ULocale.ITALIAN);
            if (!name.equals(code)) {
                add(entries, seen, "places", "LOC", name);
            }
        }
        // ICU's Italian names of the cities that give time zones their names (Parigi, Città del Messico...)
        com.ibm.icu.text.TimeZoneNames zones = com.ibm.icu.text.TimeZoneNames.getInstance(ULocale.ITALIAN);
        for (String id : com.ibm.icu.util.TimeZone.getAvailableIDs(
                com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(id);
            if (city != null) {
                add(entries, seen, "zone-cities", "LOC", city);
            }
        }
        for (DataFile.Line l : DataFile.read("entity/places.tsv")) {
            add(entries, seen, "places", "LOC", l.field(1));
        }
        for (DataFile.Line l : DataFile.read("entity/first-names.txt")) {
            add(entries, seen, "first-names", "PER", l.field(0));
        }
        for (CuratedNames.Name n : CuratedNames.load().names()) {
            add(entries, seen, "curated", n.label().name(), n.text());
        }
        return new NameLexicons(entries);
    }

    private static void add(List<Gazetteer.Entry> entries, Set<String> seen, String source, String label,
            String name) {
        List<String> tokens = Gazetteer.tokenize(name.strip());
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return;
        }
        // A list name starting in lower case would fire on ordinary words.
        if (!Character.isUpperCase(tokens.get(0).codePointAt(0)) && !Character.isDigit(tokens.get(0).charAt(0))
                && !source.equals("curated")) {
            return;
        }
        if (seen.add(source + "\t" + String.join(" ", tokens))) {
            entries.add(new Gazetteer.Entry(label, tokens, source, false));
        }
    }
}
