package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes of the seed article (issue 4), on values built by a stand-in value stage. */
class SeedChangesTest {

    static String seed() throws IOException {
        Path p = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval")).resolveSibling("seed")
                .resolve("000_44ab2e7aff044d42.txt");
        String text = Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        return text != null ? text : SEED_EXCERPT;
    }

    /** The seed's sentences with changes, for checkouts without ../shared. */
    private static final String SEED_EXCERPT = "Il gruppo Xiaomi ha annunciato i risultati fiscali relativi al terzo "
            + "trimestre 2021, periodo nel quale le entrate hanno raggiunto quota 12,22 miliardi di dollari, con un "
            + "aumento dell\u20198,2% su base annua.\n\nA trainare la crescita del colosso cinese è stato il settore "
            + "smartphone, capace di fare registrare entrate per 7,48 miliardi di dollari (pari ad un aumento del 4,4% "
            + "su base annua), con un margine di profitto del 12,8%.\n\nMa la crescente popolarità di Xiaomi è "
            + "confermata anche da un altro prestigioso risultato: alla data del 22 novembre 2021 il numero di utenti "
            + "MIUI attivi su base mensile a livello globale ha superato quota 500 milioni, con un aumento di circa "
            + "100 milioni di utenti rispetto all\u2019inizio del 2021 e di questi solo 18,65 milioni arrivano dal "
            + "mercato cinese.";

    @Test
    void seedChangesAttachToTheValuesTheyQualify() throws IOException {
        Fatti fatti = Fatti.withStages(List.of(new HandValues(), new ChangeAnnotator()));
        Extraction x = fatti.extract(seed(), ArticleContext.parse("2021-11"));
        List<String> changed = x.mentions().stream()
                .filter(m -> m instanceof ValueMention v && v.change() != null)
                .map(m -> m.text() + " => " + ChangeCorpusTest.describe(((ValueMention) m).change()))
                .toList();
        assertThat(changed).containsExactly(
                "12,22 miliardi di dollari => UP 8.2 PERCENT YOY",
                "7,48 miliardi di dollari => UP 4.4 PERCENT YOY",
                "500 milioni => UP 100000000 ABSOLUTE _ ref=rispetto all\u2019inizio del 2021 q=APPROX");
    }
}
