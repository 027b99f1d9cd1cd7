package io.fatti.tools.ner;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.Entity;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Scores the whole {@link Fatti} pipeline, not the name model alone, on a BIO corpus such as KIND's Wikinews dev set:
 * the sentences are grouped into articles (the corpus has no article marks: an article starts at a headline, a line
 * without a final stop, as {@link BioCorpus} reads it), each article is turned back into running text (tokens joined
 * by the usual Italian spacing, a headline or section title on a line of its own), run through
 * {@link Fatti#extract(String)}, and every ENTITY mention is mapped back to the corpus tokens it covers. A mention
 * whose edge falls inside a token takes the whole token (the tokenisers differ only on a few symbols). PRODUCT
 * mentions count as predictions too: the corpus labels no products, so each is an error against it, as a user
 * reading the output would see it.
 */
public final class PipelineNerEvaluation {

    private PipelineNerEvaluation() {
    }

    /** One article as text, with the character range of every token of every sentence. */
    record Article(String text, List<int[][]> tokenRanges) {
    }

    /**
     * The pipeline's scores: {@code all} counts every ENTITY mention, PRODUCT included; {@code corpusLabels} sets
     * PRODUCT mentions aside, since the corpus has no product label and leaves products unannotated.
     */
    public record Scores(NerScore all, NerScore corpusLabels) {
    }

    public static Scores evaluate(Fatti fatti, List<BioCorpus.Sentence> sentences) {
        return evaluate(fatti, sentences, null);
    }

    /** As above; when {@code errors} is not null, lists each sentence's missed and spurious names there. */
    public static Scores evaluate(Fatti fatti, List<BioCorpus.Sentence> sentences, StringBuilder errors) {
        NerScore all = new NerScore();
        NerScore corpusLabels = new NerScore();
        for (List<BioCorpus.Sentence> doc : EvaluateNer.documents(sentences)) {
            List<List<Span>> predicted = names(fatti, doc);
            for (int i = 0; i < doc.size(); i++) {
                all.add(doc.get(i).names(), predicted.get(i));
                corpusLabels.add(doc.get(i).names(),
                        predicted.get(i).stream().filter(p -> !p.getType().equals("PRODUCT")).toList());
                if (errors != null) {
                    EvaluateNer.listErrors(doc.get(i), predicted.get(i), errors);
                }
            }
        }
        return new Scores(all, corpusLabels);
    }

    /** The pipeline's names in each sentence of one article, as token spans of that sentence. */
    static List<List<Span>> names(Fatti fatti, List<BioCorpus.Sentence> doc) {
        Article article = detokenize(doc);
        Extraction x = fatti.extract(article.text());
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Entity e : x.mentions(Entity.class)) {
            int[] first = tokenAt(article, e.start(), e.end());
            if (first == null) {
                continue;
            }
            int[][] ranges = article.tokenRanges().get(first[0]);
            int last = first[1];
            while (last + 1 < ranges.length && ranges[last + 1][0] < e.end()) {
                last++; // a name never crosses a sentence of the corpus: it is cut at the sentence's end
            }
            out.get(first[0]).add(new Span(first[1], last + 1, e.label().name()));
        }
        return out;
    }

    /** {sentence, token} of the first token overlapping {@code start..end}, or null. */
    private static int[] tokenAt(Article a, int start, int end) {
        for (int s = 0; s < a.tokenRanges().size(); s++) {
            int[][] r = a.tokenRanges().get(s);
            for (int t = 0; t < r.length; t++) {
                if (r[t][1] > start && r[t][0] < end) {
                    return new int[] {s, t};
                }
            }
        }
        return null;
    }

    /**
     * Running text for an article: no space before closing punctuation or after an elided article ("dell'"),
     * quotes glued inside, a line break after a line with no final stop (a headline or a section title), a space
     * between other sentences (the corpus also splits at ":" and ";").
     */
    static Article detokenize(List<BioCorpus.Sentence> doc) {
        StringBuilder sb = new StringBuilder();
        List<int[][]> ranges = new ArrayList<>();
        boolean quoteOpen = false;
        for (int s = 0; s < doc.size(); s++) {
            String[] tokens = doc.get(s).tokens();
            if (s > 0) {
                sb.append(BioCorpus.isHeadline(List.of(doc.get(s - 1).tokens())) ? "\n\n" : " ");
            }
            int[][] r = new int[tokens.length][];
            boolean glueNext = true;
            for (int t = 0; t < tokens.length; t++) {
                String tok = tokens[t];
                boolean quote = tok.equals("\"");
                boolean closingQuote = quote && quoteOpen;
                if (!glueNext && !closesLeft(tok) && !closingQuote) {
                    sb.append(' ');
                }
                r[t] = new int[] {sb.length(), sb.length() + tok.length()};
                sb.append(tok);
                if (quote) {
                    quoteOpen = !quoteOpen;
                }
                glueNext = opensRight(tok) || (quote && quoteOpen);
            }
            ranges.add(r);
        }
        return new Article(sb.toString(), ranges);
    }

    private static boolean closesLeft(String tok) {
        return tok.length() == 1 && ".,;:!?)]»%".indexOf(tok.charAt(0)) >= 0 || tok.equals("...");
    }

    private static boolean opensRight(String tok) {
        return tok.equals("(") || tok.equals("[") || tok.equals("«")
                || tok.length() > 1 && (tok.endsWith("'") || tok.endsWith("’"));
    }
}
