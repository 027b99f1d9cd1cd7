package io.fatti.entity.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.fatti.entity.CuratedNames;
import io.fatti.entity.EntityAnnotator;
import io.fatti.entity.EntityPrecedence;
import io.fatti.mention.Entity;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional entity backend: Stanford CoreNLP's Italian CRF ({@code edu/stanford/nlp/models/ner/italian.crf.ser.gz}
 * from the {@code models-italian} jar) over Fatti's own tokens, merged with the curated names exactly as the default
 * OpenNLP backend is. Built only with {@code mvn -Pcorenlp}; selected with
 * {@code ItalianPipeline.Options.withEntityBackend(CORENLP)} or {@code --entity-backend corenlp}.
 * The CRF classifier is thread-safe for classification; the model loads once per JVM.
 */
public final class CoreNlpEntityAnnotator implements Annotator {

    public static final String MODEL = "edu/stanford/nlp/models/ner/italian.crf.ser.gz";

    private static volatile CRFClassifier<CoreLabel> shared;

    private final CRFClassifier<CoreLabel> crf;
    private final CuratedNames curated;

    private CoreNlpEntityAnnotator(CRFClassifier<CoreLabel> crf, CuratedNames curated) {
        this.crf = crf;
        this.curated = curated;
    }

    /** Called by {@link EntityAnnotator#forBackend} through reflection. */
    public static CoreNlpEntityAnnotator create(CuratedNames curated) {
        return new CoreNlpEntityAnnotator(classifier(), curated);
    }

    static synchronized CRFClassifier<CoreLabel> classifier() {
        if (shared == null) {
            try {
                shared = CRFClassifier.getClassifier(MODEL);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load CoreNLP model " + MODEL + ": " + e, e);
            }
        }
        return shared;
    }

    @Override
    public String name() {
        return "entity-corenlp";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        int n = doc.size();
        int start = 0;
        List<EntityPrecedence.Candidate> chosen = new ArrayList<>();
        while (start < n) {
            int end = start + 1;
            while (end < n && doc.sameSentence(start, end)) {
                end++;
            }
            chosen.addAll(sentence(doc.tokens().subList(start, end), start));
            start = end;
        }
        for (EntityPrecedence.Candidate c : chosen) {
            int last = c.to() - 1;
            if (!found.anyClaimed(c.from(), last)) {
                var sp = doc.tokenSpan(c.from(), last);
                found.add(new Entity(sp, doc.original(sp), c.rule(), c.label()), c.from(), last);
            }
        }
    }

    private List<EntityPrecedence.Candidate> sentence(List<Token> tokens, int offset) {
        List<EntityPrecedence.Candidate> listed = new ArrayList<>();
        for (CuratedNames.Found f : curated.find(tokens)) {
            listed.add(new EntityPrecedence.Candidate(offset + f.from(), offset + f.to(), f.label(),
                    f.withModel() ? "entity.curated-model" : "entity.curated"));
        }
        List<EntityPrecedence.Candidate> predicted = new ArrayList<>();
        String[] labels = classify(tokens.stream().map(Token::text).toArray(String[]::new));
        int i = 0;
        while (i < labels.length) {
            Entity.Label label = label(labels[i]);
            if (label == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && label(labels[j]) == label && !labels[j].startsWith("B-")) {
                j++;
            }
            if (EntityAnnotator.plausible(tokens, i, j)) {
                predicted.add(new EntityPrecedence.Candidate(offset + i, offset + j, label, "entity.corenlp"));
            }
            i = j;
        }
        return EntityPrecedence.merge(listed, predicted);
    }

    /** The CRF's answer for each token ("PER", "B-ORG", "O", ...). */
    public String[] classify(String[] words) {
        List<CoreLabel> sentence = new ArrayList<>(words.length);
        for (String w : words) {
            CoreLabel cl = new CoreLabel();
            cl.setWord(w);
            cl.setOriginalText(w);
            cl.setValue(w);
            sentence.add(cl);
        }
        // classifySentence, not classify: it first derives the word shapes and other features the CRF was trained on.
        List<CoreLabel> out = crf.classifySentence(sentence);
        String[] answers = new String[words.length];
        for (int k = 0; k < answers.length; k++) {
            answers[k] = out.get(k).get(CoreAnnotations.AnswerAnnotation.class);
        }
        return answers;
    }

    private static Entity.Label label(String answer) {
        if (answer == null) {
            return null;
        }
        String t = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(2) : answer;
        return switch (t) {
            case "PER" -> Entity.Label.PER;
            case "ORG" -> Entity.Label.ORG;
            case "LOC" -> Entity.Label.LOC;
            default -> null;
        };
    }
}
