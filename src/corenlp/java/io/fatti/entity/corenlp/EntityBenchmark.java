package io.fatti.entity.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.text.Document;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Side-by-side throughput: the full Fatti pipeline (entities by the default OpenNLP backend) against CoreNLP's Italian
 * NER CRF alone on the same tokens of the same articles ({@code meantime-it/articles.jsonl}), one thread each, after
 * a warm-up. Prints tokens/s for both and the ratio.
 *
 * <pre>java -cp "target/fatti-cli.jar:target/corenlp-lib/*" io.fatti.entity.corenlp.EntityBenchmark
 *     [--input articles.jsonl] [--corenlp-seconds 120]</pre>
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));
        Path file = eval.resolve("meantime-it/articles.jsonl");
        double crfBudget = 120;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--input" -> file = Path.of(args[i + 1]);
                case "--corenlp-seconds" -> crfBudget = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.get("text").asText());
                }
            }
        }
        long t0 = System.nanoTime();
        Fatti fatti = Fatti.italian();
        fatti.extract("Xiaomi ha venduto 10 milioni di telefoni.", ArticleContext.undated());
        long t1 = System.nanoTime();
        CoreNlpEntityAnnotator corenlp = CoreNlpEntityAnnotator.create(io.fatti.entity.CuratedNames.load());
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "load: Fatti %.2f s, CoreNLP Italian CRF %.2f s%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);

        List<String[]> sentences = new ArrayList<>();
        long tokens = 0;
        for (String t : texts) {
            Document doc = fatti.prepare(t, ArticleContext.undated());
            tokens += doc.size();
            int start = 0;
            while (start < doc.size()) {
                int end = start + 1;
                while (end < doc.size() && doc.sameSentence(start, end)) {
                    end++;
                }
                sentences.add(doc.tokens().subList(start, end).stream().map(x -> x.text()).toArray(String[]::new));
                start = end;
            }
        }
        System.out.printf(Locale.ROOT, "text: %d articles, %d sentences, %d tokens (%s)%n", texts.size(),
                sentences.size(), tokens, file);

        int fattiRounds = 5;
        for (String t : texts) { // warm-up
            fatti.extract(t, ArticleContext.undated());
        }
        long a = System.nanoTime();
        int mentions = 0;
        for (int round = 0; round < fattiRounds; round++) {
            for (String t : texts) {
                mentions += fatti.extract(t, ArticleContext.undated()).mentions().size();
            }
        }
        double fattiSeconds = (System.nanoTime() - a) / 1e9;
        double fattiRate = fattiRounds * tokens / fattiSeconds;

        int warm = Math.min(20, sentences.size());
        for (int i = 0; i < warm; i++) {
            corenlp.classify(sentences.get(i));
        }
        long b = System.nanoTime();
        long crfTokens = 0;
        // CoreNLP's CRF runs at about a hundred tokens a second: it takes the sentences in order until its time
        // budget is spent (all 44,864 tokens would take several minutes).
        int crfSentences = 0;
        for (String[] s : sentences) {
            corenlp.classify(s);
            crfTokens += s.length;
            crfSentences++;
            if ((System.nanoTime() - b) / 1e9 > crfBudget) {
                break;
            }
        }
        double crfSeconds = (System.nanoTime() - b) / 1e9;
        double crfRate = crfTokens / crfSeconds;
        System.out.printf(Locale.ROOT, "Fatti full pipeline (OpenNLP entities): %,.0f tokens/s (%d rounds, %.1f s, %d"
                + " mentions/round)%n", fattiRate, fattiRounds, fattiSeconds, mentions / fattiRounds);
        System.out.printf(Locale.ROOT, "CoreNLP Italian NER CRF alone:          %,.0f tokens/s (%d sentences, %d tokens,"
                + " %.1f s)%n", crfRate, crfSentences, crfTokens, crfSeconds);
        System.out.printf(Locale.ROOT, "ratio: %.0fx%n", fattiRate / crfRate);
    }
}
